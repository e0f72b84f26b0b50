import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import type { JianduDataProvider } from '../dataProvider';

/** How far the statutory calendar reaches: deadlines past it are 暂定 until that year is entered. */
export const CalendarCoverage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const { data } = useQuery({ queryKey: ['jiandu', 'calendarCoverage'], queryFn: () => dataProvider.calendarCoverage({}), staleTime: 60_000 });
  if (!data) return null;
  const { coveredFrom, coveredTo, packageLabel } = data;
  return (
    <Alert severity="info" sx={{ mb: 1 }} data-testid="calendar-coverage">
      {translate('jiandu.calendar.coverage', { from: coveredFrom, to: coveredTo, package: packageLabel, next: Number(coveredTo.slice(0, 4)) + 1 })}
    </Alert>
  );
};
