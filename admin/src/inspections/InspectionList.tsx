import { Stack, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateInput,
  FilterButton,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useHasRole } from '../common/roles';
import type { InspectionRowFragment } from '../gql/graphql';
import { enumChoices } from '../labels';
import { InspectionStatusChip } from './InspectionStatusChip';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('InspectionStatus')} alwaysOn sx={{ minWidth: 160 }} />,
  <DateInput key="dateFrom" source="dateFrom" />,
  <DateInput key="dateTo" source="dateTo" />,
];

/** Planning is for supervisors (`planInspection`); the server refuses anyone else anyway. */
const Actions = () => {
  const supervisor = useHasRole('SUPERVISOR');
  return (
    <TopToolbar>
      <FilterButton />
      {supervisor && <CreateButton />}
    </TopToolbar>
  );
};

const When = () => {
  const r = useRecordContext<InspectionRowFragment>();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack>
      <span>{r.date}</span>
      <Typography variant="caption" color="text.secondary">
        {r.startTime ? `${r.startTime}${r.endTime ? `–${r.endTime}` : ''}` : translate('jiandu.onsite.inspections.whole_day')}
      </Typography>
    </Stack>
  );
};

const Supervisors = () => {
  const r = useRecordContext<InspectionRowFragment>();
  if (!r) return null;
  return <>{r.supervisors.map((s) => s.officerName ?? s.officerId).join('、')}</>;
};

const Status = () => {
  const r = useRecordContext<InspectionRowFragment>();
  return r ? <InspectionStatusChip status={r.status} /> : null;
};

export const InspectionList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'date', order: 'DESC' }} actions={<Actions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="date">
        <When />
      </DataTable.Col>
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} />
      </DataTable.Col>
      <DataTable.Col source="place" disableSort />
      <DataTable.Col source="supervisors" disableSort>
        <Supervisors />
      </DataTable.Col>
      <DataTable.Col source="status">
        <Status />
      </DataTable.Col>
    </DataTable>
  </List>
);
