import AddIcon from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import {
  BooleanField,
  DataTable,
  EditButton,
  ListButton,
  ListContextProvider,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  useList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { CertificateStatusField } from '../certificates/CertificateStatusChip';
import { ChangeLog } from '../common/ChangeLog';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { RecordNameTitle } from '../common/RecordNameTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import type { AgencyQuery } from '../gql/graphql';
import { AgencyQualificationButtons } from './AgencyActions';
import { AgencyCases } from './AgencyCases';
import { AgencyFiguresCard } from './AgencyFigures';
import { AgencyPolicies } from './AgencyPolicies';
import { MajorReviewCatalogue } from '../matters/MajorReviewCatalogue';

type AgencyRecord = AgencyQuery['agency'];

/** 新建下级执法主体: the create form, starting under this agency. */
const CreateChildButton = () => {
  const record = useRecordContext<AgencyRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button component={Link} to={`/agencies/create?parentId=${encodeURIComponent(record.id)}`} size="small" startIcon={<AddIcon />}>
      {translate('jiandu.agencies.create_child')}
    </Button>
  );
};

/** 新增执法事项: the create form, with this agency (keepers only; the server checks 004 第十条). */
const CreateMatterButton = () => {
  const record = useRecordContext<AgencyRecord>();
  const translate = useTranslate();
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  if (!record || !mayKeep) return null;
  return (
    <Button component={Link} to={`/matters/create?agencyId=${encodeURIComponent(record.id)}`} size="small" startIcon={<AddIcon />} sx={{ mt: 1 }}>
      {translate('jiandu.matters.create_for_agency')}
    </Button>
  );
};

const AgencyShowActions = () => {
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      <AgencyQualificationButtons />
      {mayKeep && <CreateChildButton />}
      {mayKeep && <EditButton />}
      <ListButton />
    </TopToolbar>
  );
};

/** The direct sub-units (`children`), each a link to its own page. */
const Children = () => {
  const record = useRecordContext<AgencyRecord>();
  const list = useList({ data: record?.children?.items ?? [], resource: 'agencies' });
  return (
    <ListContextProvider value={list}>
      <DataTable rowClick="show" bulkActionButtons={false} resource="agencies" empty={<EmptyChildren />}>
        <DataTable.Col source="name" />
        <DataTable.Col source="level">
          <EnumField source="level" enumName="AgencyLevel" />
        </DataTable.Col>
        <DataTable.Col source="region" />
        <DataTable.Col source="qualificationConfirmed" field={BooleanField} />
        <DataTable.NumberCol source="officerCount" field={NumberField} />
      </DataTable>
    </ListContextProvider>
  );
};

/** 变更记录: who changed this agency, when, which fields. */
const AgencyChangeLog = () => {
  const record = useRecordContext<AgencyRecord>();
  return record ? <ChangeLog resource="agencies" id={record.id} /> : null;
};

const EmptyChildren = () => {
  const translate = useTranslate();
  return <span>{translate('jiandu.agencies.no_children')}</span>;
};

export const AgencyShow = () => (
  <Show queryOptions={showQueryOptions} title={<RecordNameTitle />} actions={<AgencyShowActions />} aside={<AgencyFiguresCard />}>
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
      <TabbedShowLayout.Tab label="jiandu.agencies.children" path="children">
        <Children />
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
      <TabbedShowLayout.Tab label="jiandu.case_lists.agency_tab" path="cases">
        <AgencyCases />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.agencies.policies" path="policies">
        <AgencyPolicies />
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
        <CreateMatterButton />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.matters.catalogue" path="major-review">
        <MajorReviewCatalogue />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.change_log.tab" path="changelog">
        <AgencyChangeLog />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
