/**
 * A page of cases (number, cause, stage, registration date, the officer's 主办 chip when given) with a stage
 * filter and paging, for the case lists on an officer's and an agency's page. Each number links to the
 * case page (`/cases/:id/show`). The caller supplies the read (`load`) and any extra filter inputs.
 */
import { Box, Chip, LinearProgress, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { CaseListRowFragment, CaseStage } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';
import { refusalMessage } from './serverErrors';

export interface CasePage {
  total: number;
  items: CaseListRowFragment[];
}

const PAGE_SIZES = [10, 25, 50];

export const CaseRowsTable = ({
  queryKey,
  load,
  officerId,
  extraFilter,
  testId,
}: {
  /** Identifies the list for react-query (the filter and page are added). */
  queryKey: unknown[];
  load(params: { offset: number; limit: number; stage: CaseStage | null }): Promise<CasePage>;
  /** Whose 主办/协办 chip to show (an officer's list). */
  officerId?: string;
  /** Other filter inputs (and their state) kept by the caller; changing them should reset the page. */
  extraFilter?: ReactNode;
  testId: string;
}) => {
  const translate = useTranslate();
  const [stage, setStage] = useState<CaseStage | ''>('');
  const [page, setPage] = useState(0);
  const [limit, setLimit] = useState(10);
  const query = useQuery({
    queryKey: [...queryKey, { stage, page, limit }],
    queryFn: () => load({ offset: page * limit, limit, stage: stage || null }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  return (
    <Box data-testid={testId}>
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <TextField
          select
          size="small"
          label={translate('jiandu.case_lists.stage')}
          value={stage}
          onChange={(e) => {
            setStage(e.target.value as CaseStage | '');
            setPage(0);
          }}
          fullWidth={false}
          sx={{ width: 180 }}
        >
          <MenuItem value="">{translate('jiandu.case_lists.all_stages')}</MenuItem>
          {enumChoices('CaseStage').map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate(c.name)}
            </MenuItem>
          ))}
        </TextField>
        {extraFilter}
      </Stack>
      {query.isFetching && <LinearProgress sx={{ mb: 1 }} />}
      {query.isError ? (
        <Typography color="error">{translate(refusalMessage(query.error), { _: refusalMessage(query.error) })}</Typography>
      ) : data && data.items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('jiandu.case_lists.empty')}
        </Typography>
      ) : data ? (
        <>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('jiandu.case_lists.number')}</TableCell>
                <TableCell>{translate('jiandu.case_lists.cause')}</TableCell>
                <TableCell>{translate('jiandu.case_lists.stage')}</TableCell>
                <TableCell>{translate('jiandu.case_lists.registered_on')}</TableCell>
                {officerId && <TableCell>{translate('jiandu.case_lists.role')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.items.map((c) => {
                const mine = officerId ? c.handlers.find((h) => h.officerId === officerId) : undefined;
                return (
                  <TableRow key={c.id} data-testid="case-row" hover>
                    <TableCell>
                      <Link to={`/cases/${encodeURIComponent(c.id)}/show`}>{c.number}</Link>
                    </TableCell>
                    <TableCell>{c.cause}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        <span>{translate(enumKey('CaseStage', c.stage))}</span>
                        {c.underChallenge && <Chip size="small" color="warning" label={translate('jiandu.challenges.under_challenge')} />}
                      </Stack>
                    </TableCell>
                    <TableCell>{c.registeredOn}</TableCell>
                    {officerId && (
                      <TableCell>
                        {mine && (
                          <Stack direction="row" spacing={0.5} useFlexGap>
                            <Chip size="small" color={mine.lead ? 'primary' : 'default'} label={translate(mine.lead ? 'jiandu.case_lists.lead' : 'jiandu.case_lists.assist')} />
                            {mine.releasedAt && <Chip size="small" variant="outlined" label={translate('jiandu.case_lists.released')} />}
                          </Stack>
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={data.total}
            page={page}
            onPageChange={(_, p) => setPage(p)}
            rowsPerPage={limit}
            rowsPerPageOptions={PAGE_SIZES}
            onRowsPerPageChange={(e) => {
              setLimit(Number(e.target.value));
              setPage(0);
            }}
            labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
            labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
          />
        </>
      ) : null}
    </Box>
  );
};
