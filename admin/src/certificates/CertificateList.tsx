import { DataTable, List, ReferenceField, SearchInput, SelectInput, TextArrayField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../labels';
import { CertificateStatusField } from './CertificateStatusChip';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('CertificateStatus')} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="kind" source="kind" choices={enumChoices('CertificateKind')} />,
];

export const CertificateList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'number', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="kind" disableSort>
        <EnumField source="kind" enumName="CertificateKind" />
      </DataTable.Col>
      <DataTable.Col source="officerId" disableSort>
        <ReferenceField source="officerId" reference="officers" link="show" />
      </DataTable.Col>
      <DataTable.Col source="fields" disableSort field={TextArrayField} />
      <DataTable.Col source="region" disableSort />
      <DataTable.Col source="issuedOn" />
      <DataTable.Col source="validUntil" />
      <DataTable.Col source="status" disableSort>
        <CertificateStatusField source="status" />
      </DataTable.Col>
    </DataTable>
  </List>
);
