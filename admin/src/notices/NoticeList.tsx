/**
 * 监督通知书 list (004 第二十三条、第二十四条): newest first; status chips, the deadlines as countdown chips (yellow
 * before, red after — the server's `daysLeft`, never the browser's clock), and filters by status, overdue, ground,
 * agency and issue date.
 */
import {
  AutocompleteInput, CreateButton, DataTable, DateInput, FilterButton, List, NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput, SelectInput, TopToolbar,
} from 'react-admin';
import { DeadlineChips } from '../common/DeadlineChip';
import { EnumField } from '../common/EnumField';
import { useHasRole } from '../common/roles';
import { REF_PROJECTION } from '../dataProvider';
import { enumChoices } from '../labels';
import { NoticeFlags, NoticeStatusChip } from './NoticeChips';
import type { NoticeRow } from './types';

const bySearch = (search: string) => ({ search });

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('NoticeStatus')} alwaysOn sx={{ minWidth: 160 }} />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn sx={{ minWidth: 140 }} />,
  <SelectInput key="ground" source="ground" choices={enumChoices('NoticeGround')} sx={{ minWidth: 260 }} />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
    <AutocompleteInput filterToQuery={bySearch} sx={{ minWidth: 240 }} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
  <DateInput key="issuedFrom" source="issuedFrom" />,
  <DateInput key="issuedTo" source="issuedTo" />,
];

const NoticeListActions = () => {
  // Issuing is for supervisors (004 第二十三条); the server checks it again.
  const mayIssue = useHasRole('SUPERVISOR');
  return (
    <TopToolbar>
      <FilterButton />
      {mayIssue && <CreateButton label="jiandu.notices.issue" />}
    </TopToolbar>
  );
};

export const NoticeList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'issuedAt', order: 'DESC' }} actions={<NoticeListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} />
      </DataTable.Col>
      <DataTable.Col source="grounds" disableSort sx={{ maxWidth: 300 }}>
        <EnumField source="grounds" enumName="NoticeGround" chips />
      </DataTable.Col>
      <DataTable.Col source="status" render={(r: NoticeRow) => <NoticeStatusChip status={r.status} />} />
      <DataTable.Col source="issuedOn" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="receivedOn" disableSort sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="deadlines" disableSort render={(r: NoticeRow) => <DeadlineChips deadlines={r.deadlines} />} />
      <DataTable.Col source="overdue" disableSort render={(r: NoticeRow) => <NoticeFlags overdue={r.overdue} objectionPending={r.objectionPending} reportedLate={r.reportedLate} />} />
    </DataTable>
  </List>
);
