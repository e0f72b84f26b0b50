import { BooleanField, DataTable, List, NumberField, SearchInput, SelectInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../labels';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="level" source="level" choices={enumChoices('AgencyLevel')} />,
];

export const AgencyList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="level">
        <EnumField source="level" enumName="AgencyLevel" />
      </DataTable.Col>
      <DataTable.Col source="region" disableSort />
      <DataTable.Col source="qualificationConfirmed" disableSort field={BooleanField} />
      <DataTable.NumberCol source="officerCount" disableSort field={NumberField} />
      <DataTable.Col source="supervisionPhone" disableSort />
    </DataTable>
  </List>
);
