import { Alert } from '@mui/material';
import { ArrayInput, DateInput, NumberInput, required, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';

/** The seven statutory holidays, in calendar order: a new year's form starts with one row each. */
export const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

/**
 * One year's arrangement as the 国务院办公厅 notice lists it: each holiday with its first and last day off
 * (weekend days within the run included), the weekend days worked instead (调休上班), and the notice.
 */
export const CalendarYearInputs = ({ create = false }: { create?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <NumberInput source="year" validate={required()} disabled={!create} min={2004} step={1} />
      <TextInput source="notice" validate={required()} fullWidth helperText="jiandu.calendar.notice_helper" />
      <ArrayInput source="holidays" helperText="jiandu.calendar.holidays_helper">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="name" label="resources.calendar.fields.name" validate={required()} helperText={false} sx={{ width: 120 }} />
          <DateInput source="from" label="resources.calendar.fields.from" validate={required()} helperText={false} />
          <DateInput source="to" label="resources.calendar.fields.to" validate={required()} helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="makeUpDayRows" helperText="jiandu.calendar.make_up_helper">
        <SimpleFormIterator inline disableReordering>
          <DateInput source="date" label="resources.calendar.fields.date" validate={required()} helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <Alert severity="info" sx={{ mt: 1 }}>
        {translate('jiandu.calendar.recount_hint')}
      </Alert>
    </>
  );
};
