/**
 * On the case page: the 监督通知书 that concern the case (`EnforcementCase.notices`, paged, with their countdown
 * chips), and the mark a 监督决定书 left on its decision (`EnforcementCase.correction`: 撤销 / 确认违法 / 确认无效,
 * 004 第二十五条 — its publication withdrawn, and it cannot be published).
 */
import { Alert, AlertTitle, Box, Link as MuiLink, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { DeadlineChips } from '../common/DeadlineChip';
import type { JianduDataProvider } from '../dataProvider';
import { enumKey } from '../labels';
import { NoticeFlags, NoticeStatusChip } from './NoticeChips';

const useCaseNotices = (caseId: string) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  return useQuery({ queryKey: ['cases', 'notices', { id: caseId }], queryFn: () => dataProvider.caseNotices({ id: caseId, offset: 0, limit: 50 }), retry: false });
};

export const CaseCorrectionBanner = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const c = useCaseNotices(caseId).data?.correction;
  if (!c) return null;
  return (
    <Alert severity="error" sx={{ mb: 1 }} data-testid="case-correction" data-kind={c.kind}>
      <AlertTitle>{translate('jiandu.notices.correction_title', { kind: translate(enumKey('CaseCorrectionKind', c.kind)) })}</AlertTitle>
      {translate('jiandu.notices.correction_body', { body: c.issuingBody, number: c.decisionNumber, on: c.decidedOn })}{' '}
      <MuiLink component={Link} to={`/supervision-decisions/${c.decisionId}/show`}>
        {translate('jiandu.notices.open_decision')}
      </MuiLink>
      <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
        {c.reason}
      </Typography>
    </Alert>
  );
};

export const CaseNoticesPanel = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const query = useCaseNotices(caseId);
  if (query.isPending) return <LinearProgress />;
  const notices = query.data?.notices;
  if (!notices || notices.total === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 2 }} data-testid="case-notices-empty">
        {translate('jiandu.notices.none_for_case')}
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto' }} data-testid="case-notices">
      <Table size="small" aria-label={translate('resources.notices.name', { smart_count: 2 })}>
        <TableHead>
          <TableRow>
            {['number', 'status', 'issuedOn', 'deadlines'].map((k) => (
              <TableCell key={k}>{translate(`resources.notices.fields.${k}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {notices.items.map((n) => (
            <TableRow key={n.id} data-testid="case-notice">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <MuiLink component={Link} to={`/notices/${n.id}/show`}>
                  {n.number}
                </MuiLink>
              </TableCell>
              <TableCell>
                <NoticeStatusChip status={n.status} /> <NoticeFlags overdue={n.overdue} objectionPending={n.objectionPending} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{n.issuedOn}</TableCell>
              <TableCell>
                <DeadlineChips deadlines={n.deadlines} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
