/**
 * 投诉举报工作台: by default the complaints still being handled, oldest first (what waits longest comes first);
 * filters by status, agency, officer, case, handler, date received, repeat complainants and text; paged by the
 * API. The complainant is shown as the server sends him (masked unless the caller handles the complaint).
 */
import { Box, Stack } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { useHasRole } from '../common/roles';
import { REF_PROJECTION } from '../dataProvider';
import { enumChoices } from '../labels';
import { ComplaintStatusChip, RepeatChip } from './ComplaintChips';
import type { ComplaintRow } from './types';

const bySearch = (search: string) => ({ search });
const byNumber = (search: string) => ({ search });

/** 办理中 / 已办结 (including 不予受理); empty: all. */
const OPEN_CHOICES = [
  { id: 'true', name: 'jiandu.complaints.open_true' },
  { id: 'false', name: 'jiandu.complaints.open_false' },
];

const filters = (supervisor: boolean) => [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="open" source="open" choices={OPEN_CHOICES} alwaysOn emptyText="jiandu.complaints.open_all" sx={{ minWidth: 140 }} />,
  <SelectInput key="status" source="status" choices={enumChoices('ComplaintStatus')} alwaysOn sx={{ minWidth: 160 }} />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
    <AutocompleteInput filterToQuery={bySearch} sx={{ minWidth: 220 }} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
  <ReferenceInput key="officerId" source="officerId" reference="officers" queryOptions={{ meta: REF_PROJECTION }}>
    <AutocompleteInput filterToQuery={bySearch} sx={{ minWidth: 200 }} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
  <ReferenceInput key="handlerId" source="handlerId" reference="officers" filter={{ duty: 'SUPERVISION' }} queryOptions={{ meta: REF_PROJECTION }}>
    <AutocompleteInput filterToQuery={bySearch} sx={{ minWidth: 200 }} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
  <ReferenceInput key="caseId" source="caseId" reference="cases">
    <AutocompleteInput filterToQuery={byNumber} optionText="number" sx={{ minWidth: 200 }} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
  <DateInput key="receivedFrom" source="receivedFrom" />,
  <DateInput key="receivedTo" source="receivedTo" />,
  ...(supervisor ? [<BooleanInput key="repeatOnly" source="repeatOnly" />] : []),
];

/** Registering a complaint is for supervisors (`createComplaint`); the server refuses anyone else anyway. */
const ComplaintListActions = () => {
  const supervisor = useHasRole('SUPERVISOR');
  return (
    <TopToolbar>
      <FilterButton />
      {supervisor && <CreateButton label="jiandu.complaints.register" />}
      <ExportButton />
    </TopToolbar>
  );
};

const Complainant = ({ record }: { record: ComplaintRow }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
      <span>{record.anonymous ? translate('jiandu.complaints.anonymous') : (record.complainantName ?? '—')}</span>
      <RepeatChip count={record.sameComplainantCount} compact />
    </Stack>
  );
};

/** Long content in two lines at most (the page has it whole). */
const Clamped = ({ text }: { text: string }) => (
  <Box component="span" title={text} sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 280 }}>
    {text}
  </Box>
);

export const ComplaintList = () => {
  const supervisor = useHasRole('SUPERVISOR');
  return (
    <List
      filters={filters(supervisor)}
      filterDefaultValues={{ open: 'true' }}
      perPage={25}
      sort={{ field: 'receivedAt', order: 'ASC' }}
      actions={<ComplaintListActions />}
      title="jiandu.complaints.workbench"
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="number" sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="receivedAt" field={DateTimeField} sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="status" render={(r: ComplaintRow) => <ComplaintStatusChip status={r.status} />} />
        <DataTable.Col source="channel" disableSort>
          <EnumField source="channel" enumName="ComplaintChannel" />
        </DataTable.Col>
        <DataTable.Col source="complainantName" disableSort render={(r: ComplaintRow) => <Complainant record={r} />} />
        <DataTable.Col source="agencyId" disableSort>
          <ReferenceField source="agencyId" reference="agencies" link={false} />
        </DataTable.Col>
        <DataTable.Col source="officerId" disableSort>
          <ReferenceField source="officerId" reference="officers" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="handlerName" disableSort render={(r: ComplaintRow) => r.handlerName ?? '—'} />
        <DataTable.Col source="caseId" disableSort sx={{ whiteSpace: 'nowrap' }}>
          <ReferenceField source="caseId" reference="cases" link="show" emptyText="—">
            <TextField source="number" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="content" disableSort render={(r: ComplaintRow) => <Clamped text={r.content} />} />
      </DataTable>
    </List>
  );
};
