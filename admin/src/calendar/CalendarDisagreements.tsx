import { Alert, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CalendarYearRecord } from '../dataProvider/calendar';
import { enumKey } from '../labels';

/** Dates on which the entered arrangement and the package disagree (the package stays in force for its years). */
export const CalendarDisagreements = () => {
  const record = useRecordContext<CalendarYearRecord>();
  const translate = useTranslate();
  if (!record || record.source !== 'BOTH') return null;
  if (record.disagreements.length === 0) {
    return (
      <Alert severity="success" sx={{ my: 1 }}>
        {translate('jiandu.calendar.agrees')}
      </Alert>
    );
  }
  return (
    <>
      <Alert severity="warning" sx={{ my: 1 }} data-testid="calendar-disagreements">
        {translate('jiandu.calendar.disagrees', { smart_count: record.disagreements.length })}
      </Alert>
      <Table size="small" sx={{ maxWidth: 520 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('jiandu.calendar.col.date')}</TableCell>
            <TableCell>{translate('jiandu.calendar.col.entered')}</TableCell>
            <TableCell>{translate('jiandu.calendar.col.package')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.disagreements.map((d) => (
            <TableRow key={d.date}>
              <TableCell>{d.date}</TableCell>
              <TableCell>{translate(enumKey('CalendarDayKind', d.entered))}</TableCell>
              <TableCell>{translate(enumKey('CalendarDayKind', d.package))}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
