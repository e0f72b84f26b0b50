/**
 * One 案卷抽查批次 (003 第15条): the quarter, scope, seed (with how the same seed draws the same sample), candidates,
 * reviewers; the sampled case files with their 回避, the automatic check (violations in red), each reviewer's score
 * (the caller's own sheet scored from here), result and finding; once concluded, the agencies with findings and
 * their 监督意见书 (issued from here).
 */
import { Alert, Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useState, type ReactNode } from 'react';
import { Link, ListButton, ReferenceField, Show, TextField, TopToolbar, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { DeadlineChip } from '../common/DeadlineChip';
import { SectionTitle } from '../common/SectionTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import { enumKey } from '../labels';
import { CheckDialog, ConcludeDialog, IssueOpinionDialog, ScoreDialog } from './ReviewDialogs';
import type { ReviewBatchRecord, ReviewFile, ReviewSheetRecord } from './types';

const chinaTime = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

const Title = () => {
  const record = useRecordContext<ReviewBatchRecord>();
  return <span>{record?.title ?? ''}</span>;
};

const BatchActions = () => {
  const record = useRecordContext<ReviewBatchRecord>();
  const translate = useTranslate();
  const [open, setOpen] = useState<'check' | 'conclude' | null>(null);
  const actions = record?.availableActions ?? [];
  return (
    <TopToolbar>
      {record && actions.includes('CHECK') && (
        <Button size="small" variant="outlined" onClick={() => setOpen('check')} data-testid="run-check">
          {translate('jiandu.reviews.check')}
        </Button>
      )}
      {record && actions.includes('CONCLUDE') && (
        <Button size="small" variant="contained" onClick={() => setOpen('conclude')} data-testid="conclude">
          {translate('jiandu.reviews.conclude')}
        </Button>
      )}
      <ListButton />
      {record && open === 'check' && <CheckDialog batch={record} onClose={() => setOpen(null)} />}
      {record && open === 'conclude' && <ConcludeDialog batch={record} onClose={() => setOpen(null)} />}
    </TopToolbar>
  );
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

const Overview = ({ b }: { b: ReviewBatchRecord }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid="batch-overview">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h1">
          {b.title}
        </Typography>
        <Chip size="small" label={translate(enumKey('ReviewBatchStatus', b.status))} color={b.status === 'CONCLUDED' ? 'success' : 'default'} />
      </Stack>
      <Line label="jiandu.reviews.scope">
        <ReferenceField record={b} source="agencyId" reference="agencies" link="show" />
      </Line>
      <Line label="jiandu.reviews.period">
        {b.quarterLabel}（{b.periodFrom} — {b.periodTo}）
      </Line>
      <Line label="jiandu.reviews.criteria">
        {translate('jiandu.reviews.criteria_version', { version: b.criteria.version, title: b.criteria.title, total: b.criteria.total, below: b.criteria.findingBelow })}
      </Line>
      <Line label="jiandu.reviews.seed">
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Box component="span" sx={{ fontWeight: 600, letterSpacing: '0.02em', bgcolor: 'action.hover', px: 1, borderRadius: 1 }} data-testid="batch-seed">
            {b.seed}
          </Box>
          <Typography variant="caption" color="text.secondary">
            {translate(b.seedGiven ? 'jiandu.reviews.seed_given' : 'jiandu.reviews.seed_generated')}
          </Typography>
          {b.sampleReproducible ? (
            <Chip size="small" color="success" variant="outlined" icon={<CheckCircleIcon />} label={translate('jiandu.reviews.reproducible')} data-testid="sample-reproducible" />
          ) : (
            <Chip size="small" color="error" label={translate('jiandu.reviews.not_reproducible')} />
          )}
        </Stack>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5, mb: 0 }}>
          {translate('jiandu.reviews.seed_explained', { n: b.sampleSize })}
        </Typography>
      </Line>
      <Line label="resources.reviews.fields.candidateCount">
        <span data-testid="batch-candidates">{translate('jiandu.reviews.candidates', { candidates: b.candidateCount, sample: b.sampleSize, from: b.periodFrom, to: b.periodTo })}</span>
      </Line>
      <Line label="jiandu.reviews.sample_policy">{b.samplePolicy}</Line>
      <Line label="jiandu.reviews.reviewers">
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {b.reviewers.map((r) => (
            <Chip key={r.officerId} size="small" label={r.certificateNumber ? `${r.name}（${r.certificateNumber}）` : r.name} />
          ))}
        </Stack>
      </Line>
      <Line label="jiandu.reviews.checked_at">{b.checkedAt ? <DateTimeField record={b} source="checkedAt" /> : translate('jiandu.reviews.never_checked')}</Line>
    </Paper>
  );
};

const Recusals = ({ file }: { file: ReviewFile }) => {
  const translate = useTranslate();
  if (!file.recusals.length) return <Typography variant="body2" color="text.secondary">{translate('jiandu.reviews.no_recusal')}</Typography>;
  return (
    <Stack spacing={0.5}>
      {file.recusals.map((r) => (
        <Tooltip key={r.officerId} title={r.rule}>
          <Chip size="small" variant="outlined" label={`${r.name}：${translate(enumKey('ReviewRecusalReason', r.reason))}`} data-testid="recusal" />
        </Tooltip>
      ))}
    </Stack>
  );
};

const Check = ({ file }: { file: ReviewFile }) => {
  const translate = useTranslate();
  const c = file.check;
  if (!c) return <Typography variant="body2" color="text.secondary">{translate('jiandu.reviews.check_pending')}</Typography>;
  const unattributed = c.unattributedSteps ? ` ${translate('jiandu.reviews.unattributed', { smart_count: c.unattributedSteps })}` : '';
  if (!c.violations.length) {
    return (
      <Typography variant="body2" color="success.main" data-testid="check-clean">
        {translate('jiandu.reviews.check_clean', { smart_count: c.checkedSteps })}
        {unattributed}
      </Typography>
    );
  }
  return (
    <Box data-testid="check-violations" sx={{ color: 'error.main' }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate('jiandu.reviews.check_violations', { smart_count: c.violations.length })}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {c.violations.map((v) => (
          <li key={v.stepId}>
            <Typography variant="caption" data-testid="violation">
              {translate('jiandu.reviews.violation', {
                what: v.what,
                officer: v.officerName,
                at: chinaTime(v.at),
                status: v.reason ? translate(enumKey('EntitlementRefusal', v.reason)) : v.status ?? '',
              })}
            </Typography>
          </li>
        ))}
      </Box>
    </Box>
  );
};

const Scores = ({ file, batch, onScore }: { file: ReviewFile; batch: ReviewBatchRecord; onScore(sheet: ReviewSheetRecord): void }) => {
  const translate = useTranslate();
  const open = batch.status === 'OPEN';
  return (
    <Stack spacing={0.5}>
      {file.sheets.map((s) => (
        <Stack key={s.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Tooltip title={s.scores.filter((x) => x.note).map((x) => `${batch.criteria.items.find((c) => c.code === x.code)?.name ?? x.code} ${x.score}：${x.note}`).join('；')}>
            <Typography variant="body2" data-testid="sheet-total" sx={{ whiteSpace: 'nowrap' }}>
              {s.reviewerName}：{s.total ?? translate('jiandu.reviews.not_scored')}
            </Typography>
          </Tooltip>
          {s.mine && open && (
            <Button size="small" onClick={() => onScore(s)} data-testid="score-mine">
              {translate(s.total == null ? 'jiandu.reviews.score_mine' : 'jiandu.reviews.rescore_mine')}
            </Button>
          )}
        </Stack>
      ))}
    </Stack>
  );
};

const Finding = ({ file }: { file: ReviewFile }) => {
  const translate = useTranslate();
  if (file.finding == null) return <Chip size="small" label={translate('jiandu.reviews.finding_pending')} />;
  if (!file.finding) return <Chip size="small" color="success" variant="outlined" label={translate('jiandu.reviews.finding_no')} data-testid="finding" data-finding="false" />;
  return (
    <Tooltip title={file.findingReasons.map((r) => r.text).join('；')}>
      <Chip size="small" color="error" label={translate('jiandu.reviews.finding_yes')} data-testid="finding" data-finding="true" />
    </Tooltip>
  );
};

const Files = ({ b }: { b: ReviewBatchRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [scoring, setScoring] = useState<{ file: ReviewFile; sheet: ReviewSheetRecord } | null>(null);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <SectionTitle label="jiandu.reviews.files" />
      <Table size="small" data-testid="review-files">
        <TableHead>
          <TableRow>
            {(['position', 'case', 'agency', 'recusals', 'check', 'scores', 'result', 'finding'] as const).map((c) => (
              <TableCell key={c}>{translate(`jiandu.reviews.col.${c}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {b.files.map((f) => (
            <TableRow key={f.id} data-testid="review-file" data-case-id={f.caseId} sx={{ verticalAlign: 'top' }}>
              <TableCell>{f.position}</TableCell>
              <TableCell>
                <Link to={createPath({ resource: 'cases', id: f.caseId, type: 'show' })} sx={{ whiteSpace: 'nowrap' }}>
                  {f.caseNumber}
                </Link>
              </TableCell>
              <TableCell>
                <ReferenceField record={f} source="agencyId" reference="agencies" link={false} />
              </TableCell>
              <TableCell>
                <Recusals file={f} />
              </TableCell>
              <TableCell sx={{ maxWidth: 340 }}>
                <Check file={f} />
              </TableCell>
              <TableCell>
                <Scores file={f} batch={b} onScore={(sheet) => setScoring({ file: f, sheet })} />
              </TableCell>
              <TableCell data-testid="file-result">{f.result ?? '—'}</TableCell>
              <TableCell>
                <Finding file={f} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {scoring && <ScoreDialog file={scoring.file} sheet={scoring.sheet} criteria={b.criteria} onClose={() => setScoring(null)} />}
    </Paper>
  );
};

const Findings = ({ b }: { b: ReviewBatchRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [issuing, setIssuing] = useState<string | null>(null);
  const supervises = b.availableActions.includes('ISSUE_OPINION');
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="review-findings">
      <SectionTitle label="jiandu.reviews.findings" />
      {b.status !== 'CONCLUDED' ? (
        <Alert severity="info">{translate('jiandu.reviews.findings_pending')}</Alert>
      ) : !b.findingAgencyIds.length ? (
        <Alert severity="success">{translate('jiandu.reviews.no_findings')}</Alert>
      ) : (
        <Stack spacing={2}>
          {b.findingAgencyIds.map((agencyId) => {
            const opinion = b.opinions.find((o) => o.agencyId === agencyId);
            const files = b.files.filter((f) => f.agencyId === agencyId && f.finding);
            return (
              <Box key={agencyId} data-testid="finding-agency" data-agency-id={agencyId} sx={{ borderLeft: 3, borderColor: 'error.main', pl: 2 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                  <Typography variant="subtitle1" component="span">
                    <ReferenceField record={{ agencyId }} source="agencyId" reference="agencies" link={false}>
                      <TextField source="name" />
                    </ReferenceField>
                  </Typography>
                  {opinion ? (
                    <>
                      <Link to={createPath({ resource: 'opinions', id: opinion.id, type: 'show' })} data-testid="opinion-link">
                        {translate('jiandu.reviews.opinion_issued', { number: opinion.number })}
                      </Link>
                      <DeadlineChip deadline={opinion.deadline} />
                    </>
                  ) : (
                    supervises && (
                      <Button size="small" variant="contained" color="error" onClick={() => setIssuing(agencyId)} data-testid="issue-opinion">
                        {translate('jiandu.reviews.issue_opinion')}
                      </Button>
                    )
                  )}
                </Stack>
                <Box component="ul" sx={{ mt: 0.5, mb: 0, pl: 2.5 }}>
                  {files.map((f) => (
                    <li key={f.id}>
                      <Typography variant="body2">
                        {f.caseNumber}（{f.result ?? '—'}）：{f.findingReasons.map((r) => r.text).join('；')}
                      </Typography>
                    </li>
                  ))}
                </Box>
              </Box>
            );
          })}
        </Stack>
      )}
      {issuing && <IssueDialogWithName batch={b} agencyId={issuing} onClose={() => setIssuing(null)} />}
    </Paper>
  );
};

/** The issue dialog, titled with the agency's name as personnel gives it. */
const IssueDialogWithName = ({ batch, agencyId, onClose }: { batch: ReviewBatchRecord; agencyId: string; onClose(): void }) => (
  <ReferenceField record={{ agencyId }} source="agencyId" reference="agencies" link={false}>
    <AgencyNamed>{(name) => <IssueOpinionDialog batch={batch} agencyId={agencyId} agencyName={name} onClose={onClose} />}</AgencyNamed>
  </ReferenceField>
);

const AgencyNamed = ({ children }: { children(name: string): ReactNode }) => {
  const agency = useRecordContext<{ name?: string }>();
  return <>{children(agency?.name ?? '')}</>;
};

const BatchPage = () => {
  const b = useRecordContext<ReviewBatchRecord>();
  if (!b) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Overview b={b} />
      <Files b={b} />
      <Findings b={b} />
    </Box>
  );
};

export const ReviewBatchShow = () => (
  <Show queryOptions={showQueryOptions} title={<Title />} actions={<BatchActions />}>
    <BatchPage />
  </Show>
);
