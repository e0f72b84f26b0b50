import {
  BooleanField,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import type { Role } from '../gql/graphql';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../labels';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('ComplaintStatus')} alwaysOn sx={{ minWidth: 180 }} />,
];

/** Registering a complaint is for supervisors (`createComplaint`); the server refuses anyone else anyway. */
const ComplaintListActions = () => {
  const { permissions } = usePermissions<Role[]>();
  return (
    <TopToolbar>
      <FilterButton />
      {permissions?.includes('SUPERVISOR') && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
};

export const ComplaintList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'receivedAt', order: 'DESC' }} actions={<ComplaintListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="receivedAt" field={DateTimeField} />
      <DataTable.Col source="channel" disableSort>
        <EnumField source="channel" enumName="ComplaintChannel" />
      </DataTable.Col>
      <DataTable.Col source="anonymous" disableSort field={BooleanField} />
      <DataTable.Col source="complainantName" disableSort />
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} />
      </DataTable.Col>
      <DataTable.Col source="officerId" disableSort>
        <ReferenceField source="officerId" reference="officers" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="content" disableSort sx={{ maxWidth: 360 }} />
      <DataTable.Col source="status">
        <EnumField source="status" enumName="ComplaintStatus" />
      </DataTable.Col>
    </DataTable>
  </List>
);
