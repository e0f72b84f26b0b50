/**
 * 重大执法决定备案 (004 第十九条): the filings of the major decisions of the cases the caller may read, earliest due
 * date first, each with its deadline, the rule and where its period came from, and 登记备案 while not filed; above
 * the list, the filing period in force for the caller's agency (editable by its administrators).
 */
import { Box } from '@mui/material';
import { AutocompleteInput, DataTable, List, ReferenceInput, SearchInput, SelectInput, useRecordContext } from 'react-admin';
import { REF_PROJECTION } from '../dataProvider';
import type { FilingRowFragment } from '../gql/graphql';
import { enumChoices } from '../labels';
import { CaseLink } from './CaseLink';
import { DueDateField, DueStateField } from './DueState';
import { FilingPolicySection } from './FilingPolicySection';
import { RecordFilingButton } from './PublicityActions';

const bySearch = (search: string) => ({ search });

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="dueState" source="dueState" choices={enumChoices('DueState')} alwaysOn sx={{ minWidth: 150 }} />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }} alwaysOn>
    <AutocompleteInput filterToQuery={bySearch} sx={{ minWidth: 240 }} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
];

const RowActions = (_: { label?: string }) => {
  const record = useRecordContext<FilingRowFragment>();
  return record ? <RecordFilingButton filing={record} /> : null;
};

export const FilingList = () => (
  <Box>
    <FilingPolicySection />
    <List filters={filters} perPage={25} sort={{ field: 'dueOn', order: 'ASC' }} actions={false}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="caseNumber">
          <CaseLink />
        </DataTable.Col>
        <DataTable.Col source="decidedOn" sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="dueOn">
          <DueDateField />
        </DataTable.Col>
        <DataTable.Col source="dueState" disableSort>
          <DueStateField />
        </DataTable.Col>
        <DataTable.Col source="rule" disableSort sx={{ maxWidth: 320 }} />
        <DataTable.Col source="periodSource" disableSort />
        <DataTable.Col source="filedOn" disableSort sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col label="jiandu.publicity.actions" disableSort>
          <RowActions />
        </DataTable.Col>
      </DataTable>
    </List>
  </Box>
);
