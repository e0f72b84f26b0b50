/**
 * 决定公示 (002 （二）3 事后公开; 004 第十四条): the publications of the decisions of the cases the caller may read,
 * earliest due date first — the overdue and due-soon work list. Each row links to its case, and carries the act
 * due on it: 预览并公示 while pending, 撤回公示 once published.
 */
import { Stack } from '@mui/material';
import { AutocompleteInput, DataTable, List, ReferenceInput, SearchInput, SelectInput, useRecordContext } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { REF_PROJECTION } from '../dataProvider';
import type { PublicationRowFragment } from '../gql/graphql';
import { enumChoices } from '../labels';
import { CaseLink } from './CaseLink';
import { DueDateField, DueStateField } from './DueState';
import { PublishButton, WithdrawButton } from './PublicityActions';

const bySearch = (search: string) => ({ search });

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="dueState" source="dueState" choices={enumChoices('DueState')} alwaysOn sx={{ minWidth: 150 }} />,
  <SelectInput key="status" source="status" choices={enumChoices('PublicationStatus')} alwaysOn sx={{ minWidth: 150 }} />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }} alwaysOn>
    <AutocompleteInput filterToQuery={bySearch} sx={{ minWidth: 240 }} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
];

const RowActions = (_: { label?: string }) => {
  const record = useRecordContext<PublicationRowFragment>();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1}>
      <PublishButton publication={record} />
      <WithdrawButton publication={record} />
    </Stack>
  );
};

export const PublicationList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'dueOn', order: 'ASC' }} actions={false}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="caseNumber">
        <CaseLink />
      </DataTable.Col>
      <DataTable.Col source="matterName" disableSort sx={{ maxWidth: 320 }} />
      <DataTable.Col source="category" disableSort sx={{ whiteSpace: 'nowrap' }}>
        <EnumField source="category" enumName="MatterCategory" />
      </DataTable.Col>
      <DataTable.Col source="decidedOn" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="dueOn">
        <DueDateField />
      </DataTable.Col>
      <DataTable.Col source="dueState" disableSort>
        <DueStateField />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort sx={{ whiteSpace: 'nowrap' }}>
        <EnumField source="status" enumName="PublicationStatus" />
      </DataTable.Col>
      <DataTable.Col source="publishedOn" disableSort sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col label="jiandu.publicity.actions" disableSort>
        <RowActions />
      </DataTable.Col>
    </DataTable>
  </List>
);
