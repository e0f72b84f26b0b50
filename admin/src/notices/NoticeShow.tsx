/**
 * The notice page (004 第二十三条 – 第二十五条): number, status and the deadlines as countdown chips in the header;
 * the actions the server allows; tabs for 概况 (grounds, facts, requirement, the related cases and complaints as
 * links), 办理经过 (every dated step, with who), 监督决定书 and 变更记录; 打印 opens the official document.
 */
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Chip, Link as MuiLink, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, ListButton, Show, TabbedShowLayout, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { ChangeLog } from '../common/ChangeLog';
import { DeadlineChips } from '../common/DeadlineChip';
import { DateTimeField } from '../common/DateTimeField';
import { SectionTitle } from '../common/SectionTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import { enumKey } from '../labels';
import { NoticeActionButtons } from './NoticeActions';
import { EffectChip, NoticeFlags, NoticeStatusChip } from './NoticeChips';
import type { NoticeRecord } from './types';

const NoticeTitle = () => {
  const record = useRecordContext<NoticeRecord>();
  return <span>{record?.number ?? ''}</span>;
};

export const PrintButton = ({ to, label = 'jiandu.notices.print_view' }: { to: string; label?: string }) => {
  const translate = useTranslate();
  return (
    <Button component={Link} to={to} size="small" startIcon={<PrintIcon />} data-testid="open-print">
      {translate(label)}
    </Button>
  );
};

const NoticeShowActions = () => {
  const record = useRecordContext<NoticeRecord>();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      <NoticeActionButtons />
      {record && <PrintButton to={`/notices/${record.id}/print`} />}
      <ListButton />
    </TopToolbar>
  );
};

const NoticeHeader = () => {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }} useFlexGap>
        <Typography variant="h6" component="h1" data-testid="notice-number">
          {record.number}
        </Typography>
        <NoticeStatusChip status={record.status} />
        <NoticeFlags overdue={record.overdue} objectionPending={record.objectionPending} reportedLate={record.reportedLate} />
        <Typography variant="body2" color="text.secondary">
          {translate('jiandu.notices.to_agency', { agency: record.agency.name, issuer: record.issuerName })}
        </Typography>
      </Stack>
      {record.deadlines.length > 0 ? (
        <Box data-testid="notice-deadlines">
          <DeadlineChips deadlines={record.deadlines} />
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate(record.status === 'ISSUED' ? 'jiandu.notices.no_clock_yet' : 'jiandu.notices.no_deadlines')}
        </Typography>
      )}
      {record.decisionBlocker === null && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="notice-unrectified">
          {translate(record.status === 'NOT_ACCEPTED' ? 'jiandu.notices.unrectified_refused' : 'jiandu.notices.unrectified_overdue')}
        </Alert>
      )}
    </Paper>
  );
};

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Labeled label={label}>
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Typography>
  </Labeled>
);

const f = (k: string) => `resources.notices.fields.${k}`;

const Overview = () => {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const none = translate('jiandu.common.none');
  const cases = record.cases.map((c, i) => c ?? { id: record.caseIds[i]!, number: translate('jiandu.notices.case_hidden'), cause: '', stage: null, decidedOn: null });
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Field label={f('agencyId')}>
          <MuiLink component={Link} to={`/agencies/${record.agencyId}/show`}>
            {record.agency.name}
          </MuiLink>
        </Field>
        <Field label={f('issuerName')}>{record.issuerName}</Field>
        <Field label={f('issuedOn')}>{record.issuedOn}</Field>
        <Field label={f('issuedBy')}>{record.issuedBy}</Field>
        <Field label={f('receivedOn')}>{record.receivedOn ?? none}</Field>
      </Stack>
      <Field label={f('grounds')}>
        <Stack component="span" spacing={0.5} sx={{ display: 'flex' }} data-testid="notice-grounds">
          {record.grounds.map((g) => (
            <span key={g}>{translate(enumKey('NoticeGround', g))}</span>
          ))}
        </Stack>
      </Field>
      <Field label={f('facts')}>{record.facts}</Field>
      <Field label={f('requirement')}>{record.requirement}</Field>
      <Box>
        <SectionTitle label={f('caseIds')} />
        {cases.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {none}
          </Typography>
        ) : (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {cases.map((c) => (
              <Chip key={c.id} component={Link} to={`/cases/${c.id}/show`} clickable label={c.cause ? `${c.number}　${c.cause}` : c.number} data-testid="notice-case" />
            ))}
          </Stack>
        )}
      </Box>
      <Box>
        <SectionTitle label={f('complaintIds')} />
        {record.complaints.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {none}
          </Typography>
        ) : (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {record.complaints.map((c) => (
              <Chip key={c.id} component={Link} to={`/complaints/${c.id}/show`} clickable label={c.number} data-testid="notice-complaint" />
            ))}
          </Stack>
        )}
      </Box>
      {record.sourceOpinionId && <Field label={f('sourceOpinionId')}>{record.sourceOpinionId}</Field>}
      {record.decisionBlocker && (
        <Typography variant="body2" color="text.secondary">
          {translate('jiandu.notices.decision_not_yet', { why: record.decisionBlocker })}
        </Typography>
      )}
    </Stack>
  );
};

interface Step {
  on: string;
  at?: string | null;
  what: string;
  who?: string | null;
  detail?: string | null;
  late?: boolean;
}

/** Every dated step of the notice, in order (004 第二十四条). */
const Timeline = () => {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const t = (k: string, o?: Record<string, unknown>) => translate(`jiandu.notices.timeline.${k}`, o);
  const steps: Step[] = [{ on: record.issuedOn, at: record.issuedAt, what: t('issued'), who: record.issuedBy }];
  if (record.receivedOn) steps.push({ on: record.receivedOn, at: record.receiptRecordedAt, what: t('received'), who: record.receiptRecordedBy, detail: t('received_detail', { due: record.rectificationDeadline?.dueOn ?? '', objection: record.objectionDeadline?.dueOn ?? '' }) });
  if (record.objectedOn) steps.push({ on: record.objectedOn, at: record.objectedAt, what: t('objected'), who: record.objectedBy, detail: record.objectionReason });
  if (record.answeredOn) steps.push({ on: record.answeredOn, at: record.answeredAt, what: t('answered', { outcome: translate(enumKey('ObjectionOutcome', record.objectionOutcome ?? '')) }), who: record.answeredBy, detail: record.answer, late: record.answerDeadline?.late });
  if (record.reportedOn) steps.push({ on: record.reportedOn, at: record.reportedAt, what: t('reported'), who: record.reportedBy, detail: record.report, late: record.reportedLate });
  if (record.verifiedOn) steps.push({ on: record.verifiedOn, at: record.verifiedAt, what: t(record.status === 'ACCEPTED' ? 'accepted' : 'not_accepted'), who: record.verifiedBy, detail: record.verification });
  for (const d of record.decisions) steps.push({ on: d.decidedOn, at: d.issuedAt, what: t('decision', { number: d.number, type: translate(enumKey('SupervisionDecisionType', d.type)) }), who: d.issuedBy });
  steps.sort((a, b) => (a.at ?? a.on).localeCompare(b.at ?? b.on));
  return (
    <Stack component="ol" spacing={0} sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="notice-timeline">
      {steps.map((s, i) => (
        <Box component="li" key={i} sx={{ display: 'flex', gap: 2, pb: 2, borderLeft: '2px solid', borderColor: 'divider', pl: 2, ml: 1, position: 'relative' }}>
          <Box sx={{ position: 'absolute', left: -7, top: 4, width: 12, height: 12, borderRadius: '50%', bgcolor: s.late ? 'error.main' : 'primary.main' }} />
          <Box sx={{ minWidth: 110 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {s.on}
            </Typography>
            {s.at && (
              <Typography variant="caption" color="text.secondary">
                <DateTimeField record={s} source="at" />
              </Typography>
            )}
          </Box>
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {s.what}
              {s.late && <Chip size="small" color="error" variant="outlined" label={translate('jiandu.publicity.late')} sx={{ ml: 1 }} />}
            </Typography>
            {s.who && (
              <Typography variant="caption" color="text.secondary">
                {s.who}
              </Typography>
            )}
            {s.detail && (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
                {s.detail}
              </Typography>
            )}
          </Box>
        </Box>
      ))}
    </Stack>
  );
};

const Decisions = () => {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.decisions.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
        {translate('jiandu.notices.no_decisions')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={translate('jiandu.notices.tab.decisions')}>
      <TableHead>
        <TableRow>
          {['number', 'type', 'decidedOn', 'effect'].map((c) => (
            <TableCell key={c}>{translate(`resources.supervision-decisions.fields.${c}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {record.decisions.map((d) => (
          <TableRow key={d.id} data-testid="notice-decision">
            <TableCell>
              <MuiLink component={Link} to={`/supervision-decisions/${d.id}/show`}>
                {d.number}
              </MuiLink>
            </TableCell>
            <TableCell>{translate(enumKey('SupervisionDecisionType', d.type))}</TableCell>
            <TableCell>{d.decidedOn}</TableCell>
            <TableCell>{d.effect ? <EffectChip state={d.effect.state} /> : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const NoticeChangeLog = () => {
  const record = useRecordContext<NoticeRecord>();
  return record ? <ChangeLog resource="notices" id={record.id} /> : null;
};

export const NoticeShow = () => (
  <Show queryOptions={showQueryOptions} title={<NoticeTitle />} actions={<NoticeShowActions />}>
    <NoticeHeader />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="jiandu.notices.tab.overview">
        <Overview />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.notices.tab.timeline" path="timeline">
        <Timeline />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.notices.tab.decisions" path="decisions">
        <Decisions />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.change_log.tab" path="changelog">
        <NoticeChangeLog />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
