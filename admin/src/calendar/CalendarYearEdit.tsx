import { Create, Edit, SaveButton, SimpleForm, Toolbar, useNotify, useRedirect } from 'react-admin';
import { showQueryOptions } from '../common/showQueryOptions';
import { useEditRefusal } from '../common/serverErrors';
import type { CalendarYearRecord } from '../dataProvider/calendar';
import { CalendarDisagreements } from './CalendarDisagreements';
import { CalendarYearInputs, HOLIDAY_NAMES } from './CalendarYearInputs';

const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** After a save: which year, and how many stored provisional deadlines were recounted. */
function useSaved() {
  const notify = useNotify();
  const redirect = useRedirect();
  return (data: CalendarYearRecord) => {
    notify('jiandu.calendar.saved', { type: 'success', messageArgs: { year: data.year, smart_count: data.recomputedCount ?? 0 } });
    redirect('show', 'calendar', data.id);
  };
}

/** Correcting an entered year sends the version seen; a stale one is refused and the form reloads. */
export const CalendarYearEdit = () => {
  const onError = useEditRefusal();
  const onSuccess = useSaved();
  return (
    <Edit queryOptions={showQueryOptions} mutationMode="pessimistic" mutationOptions={{ onError, onSuccess }}>
      <SimpleForm sx={{ maxWidth: 820 }} toolbar={<EditToolbar />}>
        <CalendarDisagreements />
        <CalendarYearInputs />
      </SimpleForm>
    </Edit>
  );
};

export const CalendarYearCreate = () => {
  const onSuccess = useSaved();
  return (
    <Create mutationOptions={{ onSuccess }}>
      <SimpleForm
        sx={{ maxWidth: 820 }}
        defaultValues={{ notice: '', holidays: HOLIDAY_NAMES.map((name) => ({ name, from: '', to: '' })), makeUpDayRows: [] }}
      >
        <CalendarYearInputs create />
      </SimpleForm>
    </Create>
  );
};
