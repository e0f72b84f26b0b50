import { Chip, Stack } from '@mui/material';
import { ArrayField, DataTable, EditButton, FunctionField, Labeled, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { useHasRole } from '../common/roles';
import type { CalendarYearRecord } from '../dataProvider/calendar';
import { CalendarDisagreements } from './CalendarDisagreements';

const Actions = () => <TopToolbar>{useHasRole('SYSTEM_ADMIN') && <EditButton />}</TopToolbar>;

const Dates = ({ dates }: { dates: readonly string[] | null | undefined }) => (
  <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
    {(dates ?? []).map((d) => (
      <Chip key={d} size="small" label={d} />
    ))}
  </Stack>
);

export const CalendarYearShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="year" />
      <EnumField source="source" enumName="CalendarDataSource" />
      <EnumField source="inForce" enumName="CalendarDataSource" />
      <TextField source="notice" emptyText="—" />
      <ArrayField source="holidays">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="from" />
          <DataTable.Col source="to" />
        </DataTable>
      </ArrayField>
      <FunctionField source="makeUpDays" render={(r: CalendarYearRecord) => <Dates dates={r.makeUpDays} />} />
      <Labeled label="resources.calendar.fields.disagreements">
        <CalendarDisagreements />
      </Labeled>
      <FunctionField source="packageDaysOff" render={(r: CalendarYearRecord) => <Dates dates={r.packageDaysOff} />} />
      <FunctionField source="packageMakeUpDays" render={(r: CalendarYearRecord) => <Dates dates={r.packageMakeUpDays} />} />
      <TextField source="enteredBy" emptyText="—" />
      <DateTimeField source="enteredAt" />
    </SimpleShowLayout>
  </Show>
);
