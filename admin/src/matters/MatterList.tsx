import { DataTable, List, ReferenceField, SearchInput, SelectInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../labels';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="category" source="category" choices={enumChoices('MatterCategory')} alwaysOn sx={{ minWidth: 180 }} />,
];

export const MatterList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'listSeq', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="listSeq" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="category" sx={{ whiteSpace: 'nowrap' }}>
        <EnumField source="category" enumName="MatterCategory" />
      </DataTable.Col>
      <DataTable.Col source="name" sx={{ maxWidth: 480 }} />
      <DataTable.Col source="legalBasis" disableSort sx={{ maxWidth: 420 }} />
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);
