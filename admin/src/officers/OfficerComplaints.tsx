import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';

/** The complaints about the officer that the caller may see. */
export const Complaints = () => (
  <ReferenceManyField reference="complaints" target="officerId" sort={{ field: 'receivedAt', order: 'DESC' }} perPage={10} pagination={<Pagination />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="receivedAt" field={DateTimeField} />
      <DataTable.Col source="channel" disableSort>
        <EnumField source="channel" enumName="ComplaintChannel" />
      </DataTable.Col>
      <DataTable.Col source="content" disableSort />
      <DataTable.Col source="status">
        <EnumField source="status" enumName="ComplaintStatus" />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);
