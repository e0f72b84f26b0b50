import { Alert, Box, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, ListButton, ReferenceField, Show, TopToolbar, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { DeadlineChip } from '../common/DeadlineChip';
import { SectionTitle } from '../common/SectionTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import { enumKey } from '../labels';
import type { OpinionRecord } from '../reviews/types';
import { OpinionActions } from './OpinionActions';

const Title = () => {
  const o = useRecordContext<OpinionRecord>();
  return <span>{o ? `${o.title} ${o.number}` : ''}</span>;
};

const Line = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '140px 1fr' }, gap: 1, py: 0.5 }}>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Box sx={{ typography: 'body2' }}>{children}</Box>
    </Box>
  );
};

const Reports = ({ o }: { o: OpinionRecord }) => {
  const translate = useTranslate();
  if (!o.reports.length) return <Typography variant="body2" color="text.secondary">{translate('jiandu.opinions.no_reports')}</Typography>;
  return (
    <Stack spacing={1.5} data-testid="opinion-reports">
      {o.reports.map((r) => (
        <Box key={r.reportedAt} sx={{ borderLeft: 3, borderColor: r.accepted == null ? 'warning.main' : r.accepted ? 'success.main' : 'error.main', pl: 1.5 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('jiandu.opinions.reported', { by: r.reportedBy, on: r.reportedOn })}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {r.text}
          </Typography>
          <Typography variant="caption" sx={{ color: r.accepted == null ? 'warning.main' : r.accepted ? 'success.main' : 'error.main' }}>
            {r.accepted == null
              ? translate('jiandu.opinions.verdict_pending')
              : r.accepted
                ? translate('jiandu.opinions.verdict_accepted', { by: r.decidedBy ?? '' })
                : translate('jiandu.opinions.verdict_rejected', { by: r.decidedBy ?? '', note: r.note ?? '' })}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};

const OpinionPage = () => {
  const o = useRecordContext<OpinionRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!o) return null;
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="h6" component="h1" data-testid="opinion-number">
            {o.title} {o.number}
          </Typography>
          <Chip size="small" label={translate(enumKey('SupervisionOpinionStatus', o.status))} color={o.status === 'MENDED' ? 'success' : o.status === 'REPORTED' ? 'warning' : 'default'} data-testid="opinion-status" />
          <DeadlineChip deadline={o.deadline} />
          {o.unmended && <Chip size="small" color="error" label={translate('jiandu.opinions.unmended')} />}
        </Stack>
        <OpinionActions />
        {o.escalatedToNoticeId && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            <Link to={`/notices/${o.escalatedToNoticeId}/show`}>{translate('jiandu.opinions.escalated', { number: o.escalatedNoticeNumber ?? '' })}</Link>
          </Alert>
        )}
        <Box sx={{ mt: 1 }}>
          <Line label="resources.opinions.fields.agencyId">
            <ReferenceField record={o} source="agencyId" reference="agencies" link="show" />
          </Line>
          <Line label="resources.opinions.fields.issuerName">{o.issuerName}</Line>
          <Line label="resources.opinions.fields.issuedOn">
            {o.issuedOn} · {o.issuedBy}
          </Line>
          <Line label="jiandu.opinions.batch">{o.batch ? <Link to={createPath({ resource: 'reviews', id: o.batch.id, type: 'show' })}>{o.batch.title}</Link> : '—'}</Line>
        </Box>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SectionTitle label="jiandu.opinions.findings" />
        <Table size="small" data-testid="opinion-findings">
          <TableHead>
            <TableRow>
              <TableCell>{translate('jiandu.reviews.col.case')}</TableCell>
              <TableCell>{translate('jiandu.reviews.col.result')}</TableCell>
              <TableCell>{translate('jiandu.reviews.col.finding')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {o.findings.map((f) => (
              <TableRow key={f.reviewId}>
                <TableCell>
                  <Link to={createPath({ resource: 'cases', id: f.caseId, type: 'show' })}>{f.caseNumber}</Link>
                </TableCell>
                <TableCell>{f.result ?? '—'}</TableCell>
                <TableCell>{f.reasons.join('；')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <SectionTitle label="jiandu.opinions.requirements" />
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="opinion-requirements">
          {o.requirements}
        </Typography>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SectionTitle label="jiandu.opinions.reports" />
        <Reports o={o} />
      </Paper>
    </Box>
  );
};

export const OpinionShow = () => (
  <Show queryOptions={showQueryOptions} title={<Title />} actions={<TopToolbar><ListButton /></TopToolbar>}>
    <OpinionPage />
  </Show>
);
