/**
 * 投诉举报 tab of a case (`EnforcementCase.complaints`, contributed by supervision): the complaints that name the
 * case and that the caller may see, newest first, paged by the API; each opens its complaint page. A caller who
 * may read no complaint sees the empty state.
 */
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, ListContextProvider, Pagination, useCreatePath, useDataProvider, useList, useTranslate, type ListControllerResult } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import type { JianduDataProvider } from '../dataProvider';
import { ComplaintStatusChip, RepeatChip } from './ComplaintChips';

export const CaseComplaints = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(10);
  const query = useQuery({
    queryKey: ['cases', 'complaints', { caseId, page, perPage }],
    queryFn: () => dataProvider.caseComplaints({ id: caseId, offset: (page - 1) * perPage, limit: perPage }),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  const list = useList({ data: items, perPage: Math.max(items.length, 1) });
  if (query.isPending) return null;
  if (query.isError || total === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 2 }} data-testid="case-complaints-empty">
        {translate('jiandu.complaints.none_on_case')}
      </Typography>
    );
  }
  const context = {
    ...list, page, perPage, total, setPage,
    setPerPage: (n: number) => {
      setPerPage(n);
      setPage(1);
    },
    hasPreviousPage: page > 1, hasNextPage: page * perPage < total, isPending: false, isFetching: query.isFetching,
  } as ListControllerResult;
  const f = (k: string) => translate(`resources.complaints.fields.${k}`);
  return (
    <Box data-testid="case-complaints">
      <Table size="small" aria-label={translate('jiandu.complaints.on_case')}>
        <TableHead>
          <TableRow>
            {['number', 'receivedAt', 'status', 'complainantName', 'handlerName', 'content'].map((c) => (
              <TableCell key={c}>{f(c)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((c) => (
            <TableRow key={c.id} data-testid="case-complaint">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Link to={createPath({ resource: 'complaints', id: c.id, type: 'show' })}>{c.number}</Link>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <DateTimeField record={c} source="receivedAt" />
              </TableCell>
              <TableCell>
                <ComplaintStatusChip status={c.status} />
              </TableCell>
              <TableCell>
                {c.anonymous ? translate('jiandu.complaints.anonymous') : (c.complainantName ?? '—')} <RepeatChip count={c.sameComplainantCount} compact />
              </TableCell>
              <TableCell>{c.handlerName ?? '—'}</TableCell>
              <TableCell sx={{ maxWidth: 360 }}>{c.content}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ListContextProvider value={context}>
        <Pagination rowsPerPageOptions={[10, 25, 50]} />
      </ListContextProvider>
    </Box>
  );
};
