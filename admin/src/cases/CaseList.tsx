import { Stack, Typography } from '@mui/material';
import { AutocompleteInput, BooleanInput, CreateButton, DataTable, FilterButton, List, NumberInput, ReferenceInput, SearchInput, SelectInput, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { useHasRole } from '../common/roles';
import { REF_PROJECTION } from '../dataProvider';
import { enumChoices } from '../labels';
import { getSession } from '../session';
import type { DueState } from '../gql/graphql';
import { DueStateChip } from '../publicity/DueState';
import { MajorChip, StageChip } from './CaseChips';
import type { CaseRow } from './types';

const bySearch = (search: string) => ({ search });

/** The officer picker of the 承办人 filter: officers of the caller's agency (and below); everyone's for tree-wide roles. */
const HandlerFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const agencyId = getSession()?.user.agencyId ?? undefined;
  return (
    <ReferenceInput {...props} reference="officers" filter={agencyId ? { agencyId } : {}} queryOptions={{ meta: REF_PROJECTION }}>
      <AutocompleteInput filterToQuery={bySearch} sx={{ minWidth: 200 }} noOptionsText="jiandu.common.no_options" />
    </ReferenceInput>
  );
};

/** A due-state choice shown as the lists show the state: its colour is its meaning (yellow due soon, red overdue). */
const DueStateChoice = () => {
  const choice = useRecordContext<{ id: DueState }>();
  return choice ? <DueStateChip state={choice.id} /> : null;
};

/** 公示 (002 （二）3) or 备案 (004 第十九条) deadline filter: the server picks the cases by their row's state today. */
const dueFilter = (source: 'publicityDue' | 'filingDue') => (
  <SelectInput key={source} source={source} choices={enumChoices('DueState')} optionText={<DueStateChoice />} alwaysOn sx={{ minWidth: 140 }} />
);

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="stage" source="stage" choices={enumChoices('CaseStage')} alwaysOn sx={{ minWidth: 160 }} />,
  <BooleanInput key="major" source="major" alwaysOn />,
  <SelectInput key="category" source="category" choices={enumChoices('MatterCategory')} sx={{ minWidth: 180 }} />,
  <HandlerFilter key="handlerId" source="handlerId" alwaysOn />,
  <NumberInput key="year" source="year" step={1} sx={{ width: 120 }} />,
  dueFilter('publicityDue'),
  dueFilter('filingDue'),
];

const CaseListActions = () => {
  // Only officers register cases (they must be among its handlers); the server checks it again.
  const mayRegister = useHasRole('OFFICER');
  // FilterButton: the filters that are not always on (category, year) are added from it.
  return (
    <TopToolbar>
      <FilterButton />
      {mayRegister && <CreateButton label="jiandu.cases.register" />}
    </TopToolbar>
  );
};

const Lead = ({ record }: { record: CaseRow }) => {
  const translate = useTranslate();
  const lead = record.handlers.find((h) => h.lead && !h.releasedAt);
  return <>{lead?.officerName ?? translate('jiandu.common.none')}</>;
};

/** A deadline cell: its state as a chip (yellow due soon, red overdue, late flagged) over its due date; — when none. */
const DeadlineCell = ({ deadline, testId }: { deadline: { dueOn: string; dueState: DueState; late: boolean } | null | undefined; testId: string }) =>
  deadline ? (
    <Stack spacing={0.25} data-testid={testId} data-state={deadline.dueState} sx={{ alignItems: 'flex-start' }}>
      <DueStateChip state={deadline.dueState} late={deadline.late} />
      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {deadline.dueOn}
      </Typography>
    </Stack>
  ) : (
    <>—</>
  );

/** 案件列表: newest registration first; filters by stage, major, category, handler, year and the 公示/备案 deadline's state; paged by the API. */
export const CaseList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'registeredAt', order: 'DESC' }} actions={<CaseListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="cause" disableSort sx={{ maxWidth: 320 }} />
      <DataTable.Col source="matterId" disableSort sx={{ maxWidth: 280 }} render={(r: CaseRow) => r.matter.name} />
      <DataTable.Col source="parties" disableSort render={(r: CaseRow) => r.parties[0]?.name ?? '—'} />
      <DataTable.Col source="stage" disableSort render={(r: CaseRow) => <StageChip stage={r.stage} />} />
      <DataTable.Col source="major" disableSort render={(r: CaseRow) => <MajorChip major={r.major} />} />
      <DataTable.Col source="handlers" label="resources.cases.fields.leadOfficerId" disableSort render={(r: CaseRow) => <Lead record={r} />} />
      <DataTable.Col source="category" disableSort>
        <EnumField source="category" enumName="MatterCategory" />
      </DataTable.Col>
      <DataTable.Col source="registeredOn" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="publicityDue" disableSort render={(r: CaseRow) => <DeadlineCell deadline={r.publication} testId="case-publicity-due" />} />
      <DataTable.Col source="filingDue" disableSort render={(r: CaseRow) => <DeadlineCell deadline={r.filing} testId="case-filing-due" />} />
    </DataTable>
  </List>
);
