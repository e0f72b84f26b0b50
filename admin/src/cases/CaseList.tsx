import { AutocompleteInput, BooleanInput, CreateButton, DataTable, List, NumberInput, ReferenceInput, SearchInput, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { useHasRole } from '../common/roles';
import { REF_PROJECTION } from '../dataProvider';
import { enumChoices } from '../labels';
import { getSession } from '../session';
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

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="stage" source="stage" choices={enumChoices('CaseStage')} alwaysOn sx={{ minWidth: 160 }} />,
  <BooleanInput key="major" source="major" alwaysOn />,
  <SelectInput key="category" source="category" choices={enumChoices('MatterCategory')} sx={{ minWidth: 180 }} />,
  <HandlerFilter key="handlerId" source="handlerId" alwaysOn />,
  <NumberInput key="year" source="year" step={1} sx={{ width: 120 }} />,
];

const CaseListActions = () => {
  // Only officers register cases (they must be among its handlers); the server checks it again.
  const mayRegister = useHasRole('OFFICER');
  return <TopToolbar>{mayRegister && <CreateButton label="jiandu.cases.register" />}</TopToolbar>;
};

const Lead = ({ record }: { record: CaseRow }) => {
  const translate = useTranslate();
  const lead = record.handlers.find((h) => h.lead && !h.releasedAt);
  return <>{lead?.officerName ?? translate('jiandu.common.none')}</>;
};

/** 案件列表: newest registration first; filters by stage, major, category, handler and year; paged by the API. */
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
    </DataTable>
  </List>
);
