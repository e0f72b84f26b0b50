/**
 * The 监督决定书 page (004 第二十五条): its type, the notice it follows and the case it concerns (links), the facts and
 * reasons, and — for 撤销 / 确认违法 / 确认无效 — its effect on the case as cases reported it (APPLIED: the case's
 * decision is marked and its publication withdrawn), with a link to the case; 打印 opens the official document.
 */
import { Alert, AlertTitle, Link as MuiLink, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, ListButton, Show, TabbedShowLayout, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { ChangeLog } from '../common/ChangeLog';
import { DateTimeField } from '../common/DateTimeField';
import { showQueryOptions } from '../common/showQueryOptions';
import { enumKey } from '../labels';
import { EffectChip } from '../notices/NoticeChips';
import { PrintButton } from '../notices/NoticeShow';
import type { DecisionRecord } from '../notices/types';

const Title = () => {
  const record = useRecordContext<DecisionRecord>();
  return <span>{record?.number ?? ''}</span>;
};

const Actions = () => {
  const record = useRecordContext<DecisionRecord>();
  return (
    <TopToolbar>
      {record && <PrintButton to={`/supervision-decisions/${record.id}/print`} label="jiandu.supervision_decisions.print_view" />}
      <ListButton />
    </TopToolbar>
  );
};

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Labeled label={label}>
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Typography>
  </Labeled>
);
const f = (k: string) => `resources.supervision-decisions.fields.${k}`;

/** What the decision did to the case (cases' answer to `case-decision.corrected`). */
const Effect = () => {
  const d = useRecordContext<DecisionRecord>();
  const translate = useTranslate();
  if (!d?.effect) return null;
  const e = d.effect;
  const severity = e.state === 'APPLIED' ? 'success' : e.state === 'PENDING' ? 'warning' : 'error';
  return (
    <Alert severity={severity} data-testid="decision-effect-panel" data-state={e.state}>
      <AlertTitle>
        {translate('jiandu.supervision_decisions.effect_title')}：{translate(enumKey('DecisionEffectState', e.state))}
      </AlertTitle>
      {e.state === 'APPLIED' && (
        <Typography variant="body2">
          {translate(e.publicationWithdrawn ? 'jiandu.supervision_decisions.applied_withdrawn' : 'jiandu.supervision_decisions.applied', { case: d.case?.number ?? '' })}
        </Typography>
      )}
      {e.state === 'PENDING' && <Typography variant="body2">{translate('jiandu.supervision_decisions.pending')}</Typography>}
      {e.reason && <Typography variant="body2">{e.reason}</Typography>}
      {e.appliedAt && (
        <Typography variant="caption" color="text.secondary" component="div">
          <DateTimeField record={e} source="appliedAt" />
        </Typography>
      )}
      {d.case && (
        <MuiLink component={Link} to={`/cases/${d.case.id}/show`} data-testid="decision-case-link">
          {translate('jiandu.supervision_decisions.open_case', { number: d.case.number })}
        </MuiLink>
      )}
    </Alert>
  );
};

const Overview = () => {
  const d = useRecordContext<DecisionRecord>();
  const translate = useTranslate();
  if (!d) return null;
  const none = translate('jiandu.common.none');
  return (
    <Stack spacing={2}>
      <Effect />
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Field label={f('agencyId')}>{d.agency.name}</Field>
        <Field label={f('noticeId')}>
          <MuiLink component={Link} to={`/notices/${d.notice.id}/show`}>
            {d.notice.number}
          </MuiLink>
        </Field>
        <Field label={f('caseId')}>
          {d.case ? (
            <MuiLink component={Link} to={`/cases/${d.case.id}/show`}>
              {d.case.number}
            </MuiLink>
          ) : (
            none
          )}
        </Field>
        <Field label={f('decidedOn')}>{d.decidedOn}</Field>
        <Field label={f('issuerName')}>{d.issuerName}</Field>
        <Field label={f('issuedBy')}>{d.issuedBy}</Field>
        {d.performBy && <Field label={f('performBy')}>{d.performBy}</Field>}
      </Stack>
      <Field label={f('reasons')}>{d.reasons}</Field>
      <Field label={f('requirement')}>{d.requirement ?? none}</Field>
    </Stack>
  );
};

const Header = () => {
  const d = useRecordContext<DecisionRecord>();
  const translate = useTranslate();
  if (!d) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="h6" component="h1" data-testid="decision-number">
          {d.number}
        </Typography>
        <Typography variant="subtitle1">{translate(enumKey('SupervisionDecisionType', d.type))}</Typography>
        {d.effect && <EffectChip state={d.effect.state} />}
      </Stack>
    </Paper>
  );
};

const DecisionChangeLog = () => {
  const d = useRecordContext<DecisionRecord>();
  return d ? <ChangeLog resource="supervision-decisions" id={d.id} /> : null;
};

export const DecisionShow = () => (
  <Show queryOptions={showQueryOptions} title={<Title />} actions={<Actions />}>
    <Header />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="jiandu.notices.tab.overview">
        <Overview />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.change_log.tab" path="changelog">
        <DecisionChangeLog />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
