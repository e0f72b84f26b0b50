/**
 * 处理记录 of an officer (`Officer.sanctions`, 004 第三十三条): the sanctions on him the caller may read, newest first,
 * paged by the API, each with its effect on the certificate; refreshed while one is still 待生效. 提出处理 opens the
 * dialog for him (supervisors).
 */
import { Box, Link, Table, TableBody, TableCell, TableHead, TableRow, TablePagination, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { JianduDataProvider } from '../dataProvider';
import { enumKey } from '../labels';
import { IssueSanctionButton } from './IssueSanctionDialog';
import { SanctionEffectChip } from './SanctionEffectChip';

export const OfficerSanctions = ({ officerId }: { officerId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const [page, setPage] = useState(0);
  const perPage = 10;
  const query = useQuery({
    queryKey: ['officers', 'sanctions', { id: officerId, page }],
    queryFn: () => dataProvider.officerSanctions({ id: officerId, offset: page * perPage, limit: perPage }),
    placeholderData: keepPreviousData,
    retry: false,
    refetchInterval: (q) => (q.state.data?.items.some((s) => s.effect?.state === 'PENDING') ? 2000 : false),
  });
  const items = query.data?.items ?? [];
  return (
    <Box data-testid="officer-sanctions">
      <Box sx={{ textAlign: 'right', mb: 1 }}>
        <IssueSanctionButton officerId={officerId} />
      </Box>
      {query.isPending ? null : items.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
          {translate('jiandu.sanctions.empty')}
        </Typography>
      ) : (
        <>
          <Table size="small" aria-label={translate('jiandu.sanctions.tab')}>
            <TableHead>
              <TableRow>
                {['number', 'issuedOn', 'kind', 'ground', 'effectiveOn', 'effect'].map((f) => (
                  <TableCell key={f}>{translate(`resources.sanctions.fields.${f}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((s) => (
                <TableRow key={s.id} data-testid="officer-sanction-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Link component={RouterLink} to={`/sanctions/${s.id}/show`}>
                      {s.number}
                    </Link>
                  </TableCell>
                  <TableCell>{s.issuedOn}</TableCell>
                  <TableCell>{translate(enumKey('SanctionKind', s.kind))}</TableCell>
                  <TableCell sx={{ maxWidth: 280 }}>{translate(enumKey('SanctionGround', s.ground))}</TableCell>
                  <TableCell>{s.effectiveOn}</TableCell>
                  <TableCell>
                    <SanctionEffectChip effect={s.effect} kind={s.kind} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {(query.data?.total ?? 0) > perPage && (
            <TablePagination component="div" count={query.data?.total ?? 0} page={page} onPageChange={(_, p) => setPage(p)} rowsPerPage={perPage} rowsPerPageOptions={[perPage]} />
          )}
        </>
      )}
    </Box>
  );
};
