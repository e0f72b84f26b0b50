import { Chip } from '@mui/material';
import { CreateButton, DataTable, List, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { useHasRole } from '../common/roles';
import type { CalendarYearRecord } from '../dataProvider/calendar';
import { CalendarCoverage } from './CalendarCoverage';

const Actions = () => {
  const isAdmin = useHasRole('SYSTEM_ADMIN');
  return <TopToolbar>{isAdmin && <CreateButton label="jiandu.calendar.enter_year" />}</TopToolbar>;
};

const DisagreementCount = () => {
  const record = useRecordContext<CalendarYearRecord>();
  const translate = useTranslate();
  if (!record || record.source !== 'BOTH') return null;
  const n = record.disagreements.length;
  return <Chip size="small" color={n ? 'warning' : 'success'} label={n ? translate('jiandu.calendar.disagrees_short', { smart_count: n }) : translate('jiandu.calendar.agrees_short')} />;
};

/** Every year the statutory calendar knows, newest first: its source and whether entry and package agree. */
export const CalendarYearList = () => {
  const isAdmin = useHasRole('SYSTEM_ADMIN');
  return (
    <List actions={<Actions />} perPage={50} exporter={false} empty={false}>
      <CalendarCoverage />
      <DataTable rowClick={isAdmin ? 'edit' : 'show'} bulkActionButtons={false}>
        <DataTable.Col source="year" disableSort />
        <DataTable.Col source="source" disableSort>
          <EnumField source="source" enumName="CalendarDataSource" />
        </DataTable.Col>
        <DataTable.Col source="inForce" disableSort>
          <EnumField source="inForce" enumName="CalendarDataSource" />
        </DataTable.Col>
        <DataTable.Col source="notice" disableSort />
        <DataTable.Col source="disagreements" disableSort>
          <DisagreementCount />
        </DataTable.Col>
        <DataTable.Col source="enteredBy" disableSort />
      </DataTable>
    </List>
  );
};
