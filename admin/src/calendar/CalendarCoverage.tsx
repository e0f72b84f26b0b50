import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useApiQuery } from '../common/useApiQuery';
import { CalendarYearsQuery } from '../dataProvider/calendar';

/** How far the statutory calendar reaches: deadlines past it are 暂定 until that year is entered. */
export const CalendarCoverage = () => {
  const translate = useTranslate();
  const { data } = useApiQuery(CalendarYearsQuery, {});
  if (!data) return null;
  const { coveredFrom, coveredTo, packageLabel } = data.calendarYears;
  return (
    <Alert severity="info" sx={{ mb: 1 }} data-testid="calendar-coverage">
      {translate('jiandu.calendar.coverage', { from: coveredFrom, to: coveredTo, package: packageLabel, next: Number(coveredTo.slice(0, 4)) + 1 })}
    </Alert>
  );
};
