import { Box, Chip, Paper, Stack, Step, StepLabel, Stepper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, Link, ListButton, Show, TabbedShowLayout, TopToolbar, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { ChangeLog } from '../common/ChangeLog';
import { DateTimeField } from '../common/DateTimeField';
import { SectionTitle } from '../common/SectionTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import { enumKey } from '../labels';
import { CaseActionButtons } from './CaseActions';
import { MajorChip, StageChip } from './CaseChips';
import { CaseRecordTab } from './CaseRecordTab';
import { CasePublicityPanel } from './CasePublicityPanel';
import { CaseChallengesPanel } from './CaseChallengesPanel';
import type { CaseRecord } from './types';
import { CaseComplaints } from '../complaints/CaseComplaints';
import { CaseCorrectionBanner, CaseNoticesPanel, IssueNoticeButton } from '../notices';

const CaseTitle = () => {
  const record = useRecordContext<CaseRecord>();
  return <span>{record?.number ?? ''}</span>;
};

const CaseShowActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
    <CaseActionButtons />
    <IssueNoticeButton from="case" />
    <ListButton />
  </TopToolbar>
);

/** Number, stage, major chip with its grounds; below it the stage stepper over the case's own path. */
const CaseHeader = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const active = record.stage === 'CLOSED' ? record.path.length : record.path.indexOf(record.stage);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }} useFlexGap>
        <Typography variant="h6" component="h1" data-testid="case-number">
          {record.number}
        </Typography>
        <StageChip stage={record.stage} />
        <MajorChip major={record.major} grounds={record.majorGrounds} basis={record.majorBasis} />
        <Typography variant="body2" color="text.secondary">
          {record.cause}
        </Typography>
      </Stack>
      {/* 000 二(四): the stages this case passes through; done ones checked, the current one active */}
      <Stepper activeStep={active} alternativeLabel data-testid="case-stepper">
        {record.path.map((s, i) => (
          <Step key={s} completed={i < active} data-stage={s} data-active={i === active ? 'true' : undefined}>
            <StepLabel>{translate(enumKey('CaseStage', s))}</StepLabel>
          </Step>
        ))}
      </Stepper>
    </Paper>
  );
};

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Labeled label={label}>
    <Typography component="span" variant="body2">
      {children}
    </Typography>
  </Labeled>
);

const Overview = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  const f = (k: string) => `resources.cases.fields.${k}`;
  const none = translate('jiandu.common.none');
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Field label={f('matterId')}>
          <Link to={createPath({ resource: 'matters', id: record.matterId, type: 'show' })}>{record.matter.name}</Link>
        </Field>
        <Field label={f('category')}>{translate(enumKey('MatterCategory', record.category))}</Field>
        <Field label={f('registeredOn')}>{record.registeredOn}</Field>
        <Field label={f('field')}>{record.field ?? none}</Field>
        <Field label={f('proposedFineYuan')}>{record.proposedFineYuan != null ? translate('jiandu.cases.yuan', { amount: record.proposedFineYuan }) : none}</Field>
        <Field label={f('hearingHeld')}>{translate(`ra.boolean.${record.hearingHeld}`)}</Field>
      </Stack>
      <Field label={f('cause')}>{record.cause}</Field>
      {record.major && (
        <Field label={f('majorGrounds')}>
          <Stack spacing={0.5} component="span" sx={{ display: 'flex' }}>
            {record.majorGrounds.map((g) => (
              <span key={g}>{translate(enumKey('MajorGround', g))}</span>
            ))}
            {record.majorBasis && <span>{record.majorBasis}</span>}
          </Stack>
        </Field>
      )}

      <Box>
        <SectionTitle label={f('parties')} />
        <Table size="small" aria-label={translate(f('parties'))}>
          <TableHead>
            <TableRow>
              {['partyKind', 'partyName', 'partyIdNumber', 'partyAddress', 'partyPhone'].map((c) => (
                <TableCell key={c}>{translate(f(c))}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {record.parties.map((p) => (
              <TableRow key={p.id} data-testid="case-party">
                <TableCell>{translate(enumKey('PartyKind', p.kind))}</TableCell>
                <TableCell>{p.name}</TableCell>
                <TableCell>{p.idNumber ?? none}</TableCell>
                <TableCell>{p.address ?? none}</TableCell>
                <TableCell>{p.phone ?? none}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>

      <Box>
        <SectionTitle label={f('handlers')} />
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {record.handlers.map((h) => (
            <Chip
              key={h.id}
              data-testid="case-handler"
              variant={h.releasedAt ? 'outlined' : 'filled'}
              color={h.lead && !h.releasedAt ? 'primary' : 'default'}
              sx={h.releasedAt ? { opacity: 0.55, textDecoration: 'line-through' } : undefined}
              label={`${h.officerName}${h.lead ? translate('jiandu.cases.lead_mark') : ''}${h.certificateNumber ? ` · ${h.certificateNumber}` : ''}${h.releasedAt ? translate('jiandu.cases.released_mark') : ''}`}
            />
          ))}
        </Stack>
      </Box>

      {record.decidedOn && (
        <Box data-testid="case-decision">
          <SectionTitle label="jiandu.cases.decision" />
          <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Field label={f('decisionKinds')}>{record.decisionKinds.map((k) => translate(enumKey('DecisionKind', k))).join('、')}</Field>
            <Field label={f('fineYuan')}>{record.fineYuan != null ? translate('jiandu.cases.yuan', { amount: record.fineYuan }) : none}</Field>
            <Field label={f('decidedOn')}>{record.decidedOn}</Field>
            <Field label={f('servedOn')}>{record.servedOn ?? none}</Field>
            <Field label={f('executedOn')}>{record.executedOn ?? none}</Field>
            <Labeled label={f('closedAt')}>
              <DateTimeField record={record} source="closedAt" emptyText={none} />
            </Labeled>
          </Stack>
          <Field label={f('decisionContent')}>
            <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
              {record.decisionContent}
            </Box>
          </Field>
        </Box>
      )}
    </Stack>
  );
};

const Transitions = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const stage = (s: string | null | undefined) => (s ? translate(enumKey('CaseStage', s)) : '—');
  return (
    <Table size="small" aria-label={translate('jiandu.cases.tab.transitions')}>
      <TableHead>
        <TableRow>
          {['at', 'from', 'to', 'actor', 'note'].map((c) => (
            <TableCell key={c}>{translate(`jiandu.cases.transition.${c}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {record.transitions.map((t) => (
          <TableRow key={t.id} data-testid="case-transition">
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <DateTimeField record={t} source="at" />
            </TableCell>
            <TableCell>{stage(t.fromStage)}</TableCell>
            <TableCell>{stage(t.toStage)}</TableCell>
            <TableCell>{t.actorName}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{t.note ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const LegalReviews = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.legalReviews.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
        {translate(record.major ? 'jiandu.cases.no_reviews_yet' : 'jiandu.cases.no_review_needed')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={translate('jiandu.cases.tab.reviews')}>
      <TableHead>
        <TableRow>
          {['round', 'submittedAt', 'submittedBy', 'outcome', 'opinion', 'reviewer', 'reviewedAt'].map((c) => (
            <TableCell key={c}>{translate(`jiandu.cases.review.${c}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {record.legalReviews.map((r) => (
          <TableRow key={r.id} data-testid="case-review-round">
            <TableCell>{r.round}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <DateTimeField record={r} source="submittedAt" />
            </TableCell>
            <TableCell>{r.submittedBy}</TableCell>
            <TableCell>{r.outcome ? translate(enumKey('LegalReviewOutcome', r.outcome)) : translate('jiandu.cases.review.waiting')}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{r.opinion ?? ''}</TableCell>
            <TableCell>{r.reviewerName ?? ''}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <DateTimeField record={r} source="reviewedAt" emptyText="" />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** 全过程记录 (004 第十五条): its current handlers add entries (the server's RECORD action). */
const CaseRecordSection = () => {
  const record = useRecordContext<CaseRecord>();
  return record ? <CaseRecordTab caseId={record.id} canRecord={record.availableActions.includes('RECORD')} /> : null;
};

/** 公示 and 备案 of the decision (002; 004 第十四条, 第十九条): nothing before the case is decided. */
const CasePublicity = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.decidedOn ? <CasePublicityPanel caseId={record.id} /> : <Typography color="text.secondary">{translate('jiandu.cases.not_decided')}</Typography>;
};

/** 复议/诉讼 against the decision (003 第16条; 004 第二十五条). */
const CaseChallenges = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.decidedOn ? <CaseChallengesPanel caseId={record.id} /> : <Typography color="text.secondary">{translate('jiandu.cases.not_decided')}</Typography>;
};

/** 投诉举报 naming this case (004 第八条; supervision's EnforcementCase.complaints). */
const CaseComplaintsTab = () => {
  const record = useRecordContext<CaseRecord>();
  return record ? <CaseComplaints caseId={record.id} /> : null;
};
/** 监督通知书 about the case (004 第二十三条) and the 监督决定书 mark on its decision (004 第二十五条). */
const CaseNotices = () => {
  const record = useRecordContext<CaseRecord>();
  return record ? <CaseNoticesPanel caseId={record.id} /> : null;
};
const CaseCorrection = () => {
  const record = useRecordContext<CaseRecord>();
  return record ? <CaseCorrectionBanner caseId={record.id} /> : null;
};

const CaseChangeLog = () => {
  const record = useRecordContext<CaseRecord>();
  return record ? <ChangeLog resource="cases" id={record.id} /> : null;
};

/** The case page: header and stepper, then 概况, 流转记录, 法制审核, 全过程记录 (slot), 变更记录. */
export const CaseShow = () => (
  <Show queryOptions={showQueryOptions} title={<CaseTitle />} actions={<CaseShowActions />}>
    <CaseHeader />
    <CaseCorrection />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="jiandu.cases.tab.overview">
        <Overview />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.cases.tab.transitions" path="transitions">
        <Transitions />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.cases.tab.reviews" path="reviews">
        <LegalReviews />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.cases.tab.record" path="record">
        <CaseRecordSection />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.cases.tab.publicity" path="publicity">
        <CasePublicity />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.cases.tab.challenges" path="challenges">
        <CaseChallenges />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.complaints.tab.on_case" path="complaints">
        <CaseComplaintsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.notices.tab.case_notices" path="notices">
        <CaseNotices />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.change_log.tab" path="changelog">
        <CaseChangeLog />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
