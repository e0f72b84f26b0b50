import {
  BooleanField,
  DataTable,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextArrayField,
  TextField,
  useRecordContext,
} from 'react-admin';
import { CertificateStatusField } from '../certificates/CertificateStatusChip';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { showQueryOptions } from '../common/showQueryOptions';
import type { AgencyQuery } from '../gql/graphql';

type AgencyRecord = AgencyQuery['agency'];

const AgencyTitle = () => {
  const record = useRecordContext<AgencyRecord>();
  return <span>{record?.name ?? ''}</span>;
};

export const AgencyShow = () => (
  <Show queryOptions={showQueryOptions} title={<AgencyTitle />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="jiandu.agencies.profile">
        <TextField source="name" />
        <TextField source="unifiedCode" emptyText="—" />
        <EnumField source="level" enumName="AgencyLevel" />
        <ReferenceField source="parentId" reference="agencies" link="show" emptyText="—" />
        <TextField source="region" />
        <TextArrayField source="fields" />
        <TextField source="enforcementUnit" emptyText="—" />
        <TextField source="supervisionUnit" emptyText="—" />
        <TextField source="supervisionPhone" emptyText="—" />
        <BooleanField source="qualificationConfirmed" />
        <DateTimeField source="qualificationConfirmedAt" emptyText="—" />
        <TextField source="qualificationConfirmedBy" emptyText="—" />
        <DateTimeField source="publishedAt" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.agencies.officers" path="officers">
        <ReferenceManyField reference="officers" target="agencyId" sort={{ field: 'listSeq', order: 'ASC' }} perPage={25} pagination={<Pagination />} label={false}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="listSeq" />
            <DataTable.Col source="name" />
            <DataTable.Col source="post" disableSort />
            <DataTable.Col source="employmentStatus" disableSort>
              <EnumField source="employmentStatus" enumName="EmploymentStatus" />
            </DataTable.Col>
            <DataTable.Col source="certificate.number" disableSort />
            <DataTable.Col source="certificate.status" disableSort>
              <CertificateStatusField source="certificate.status" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.agencies.matters" path="matters">
        <ReferenceManyField reference="matters" target="agencyId" sort={{ field: 'listSeq', order: 'ASC' }} perPage={25} pagination={<Pagination />} label={false}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="listSeq" />
            <DataTable.Col source="category">
              <EnumField source="category" enumName="MatterCategory" />
            </DataTable.Col>
            <DataTable.Col source="name" />
            <DataTable.Col source="legalBasis" disableSort />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
