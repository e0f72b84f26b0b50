/**
 * 法制审核待办 (004 第十六条): the cases waiting for a legal review opinion in the caller's scope, oldest
 * submission first, with how long each has waited; a row opens the case page, where REVIEW is offered to a
 * legal reviewer who never handled the case (agency administrators and supervisors see the queue read-only).
 */
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ListContextProvider, Pagination, Title, useCreatePath, useDataProvider, useList, useTranslate, type ListControllerResult } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { DateTimeField } from '../common/DateTimeField';
import { useToday } from '../common/useToday';
import type { JianduDataProvider } from '../dataProvider';
import { MajorChip } from './CaseChips';

/** The date (China) of an instant, YYYY-MM-DD. */
const chinaDate = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Natural days from the submission's date to today by the server's clock. */
export function daysWaiting(submittedAt: string | null | undefined, today: string | undefined): number | null {
  if (!submittedAt || !today) return null;
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${chinaDate(submittedAt)}T00:00:00Z`)) / 86_400_000));
}

export const LegalReviewQueue = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const today = useToday();
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const query = useQuery({
    queryKey: ['cases', 'legalReviewQueue', { page, perPage }],
    queryFn: () => dataProvider.legalReviewQueue({ offset: (page - 1) * perPage, limit: perPage }),
    placeholderData: keepPreviousData,
  });
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  const list = useList({ data: items, perPage: Math.max(items.length, 1) });
  const context = {
    ...list,
    page,
    perPage,
    total,
    setPage,
    setPerPage: (n: number) => {
      setPerPage(n);
      setPage(1);
    },
    hasPreviousPage: page > 1,
    hasNextPage: page * perPage < total,
    isPending: false,
    isFetching: query.isFetching,
  } as ListControllerResult;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="jiandu.cases.queue.title" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('jiandu.cases.queue.subtitle')}
      </Typography>
      {query.isError ? (
        <Typography color="error">{(query.error as Error).message}</Typography>
      ) : !query.isPending && total === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2 }} data-testid="review-queue-empty">
          {translate('jiandu.cases.queue.empty')}
        </Typography>
      ) : (
        <>
          <Table size="small" aria-label={translate('jiandu.cases.queue.title')}>
            <TableHead>
              <TableRow>
                {['number', 'cause', 'matter', 'party', 'major', 'submittedAt', 'waiting'].map((c) => (
                  <TableCell key={c}>{translate(`jiandu.cases.queue.${c}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((c) => {
                const days = daysWaiting(c.reviewSubmittedAt, today);
                return (
                  <TableRow
                    key={c.id}
                    hover
                    data-testid="review-queue-row"
                    sx={{ cursor: 'pointer' }}
                    onClick={() => navigate(createPath({ resource: 'cases', id: c.id, type: 'show' }))}
                  >
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{c.number}</TableCell>
                    <TableCell>{c.cause}</TableCell>
                    <TableCell>{c.matter.name}</TableCell>
                    <TableCell>{c.parties[0]?.name ?? '—'}</TableCell>
                    <TableCell>
                      <MajorChip major={c.major} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <DateTimeField record={c} source="reviewSubmittedAt" />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{days == null ? '—' : days === 0 ? translate('jiandu.cases.queue.today') : translate('jiandu.cases.queue.days', { days })}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <ListContextProvider value={context}>
            <Pagination rowsPerPageOptions={[10, 25, 50]} />
          </ListContextProvider>
        </>
      )}
    </Box>
  );
};
