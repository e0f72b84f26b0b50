/**
 * The officer's records, as tabs of the officer page: 人员变动 (with the report deadline and the late flag),
 * this year's trainings against the required hours (003 第3条: 60 学时), qualification exams (003 第4条),
 * who viewed the full ID number, and the 变更记录 of the profile (common/ChangeLog). Recording a training or an
 * exam is a dialog each.
 */
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  BooleanInput,
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useDataProvider,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ProvisionalChip } from '../certificates/CertificateHistory';
import { ActionDialog } from '../common/ActionDialog';
import { ChangeLog } from '../common/ChangeLog';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { useToday } from '../common/useToday';
import { optionalText, requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { OfficerQuery, TrainingType } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';
import { Complaints } from './OfficerComplaints';
import { OfficerCases, useOfficerCaseCount } from './OfficerCases';
import { OfficerSanctions } from '../sanctions/OfficerSanctions';

type OfficerRecord = OfficerQuery['officer'];

const DEFAULT_TRAINING_HOURS = 60;

const useDateTime = () => {
  const [locale] = useLocaleState();
  return (iso: string) =>
    new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Shanghai',
    });
};

const Head = ({ labels }: { labels: string[] }) => {
  const translate = useTranslate();
  return (
    <TableHead>
      <TableRow>
        {labels.map((l) => (
          <TableCell key={l}>{translate(l)}</TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
};

const Empty = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate(label)}
    </Typography>
  );
};

const ChangesTab = ({ officer }: { officer: OfficerRecord }) => {
  const translate = useTranslate();
  if (officer.employmentChanges.length === 0) return <Empty label="jiandu.officers.no_changes" />;
  return (
    <Table size="small" aria-label={translate('jiandu.officers.tabs.changes')}>
      <Head
        labels={[
          'jiandu.officers.change_col.change',
          'jiandu.officers.effective_on',
          'jiandu.officers.change_col.reported_on',
          'jiandu.officers.change_col.report_due',
          'jiandu.officers.change_col.late',
          'jiandu.certificates.reason',
          'jiandu.officers.change_col.recorded_by',
        ]}
      />
      <TableBody>
        {officer.employmentChanges.map((c) => (
          <TableRow key={c.id}>
            <TableCell>
              {translate(enumKey('EmploymentStatus', c.fromStatus))} → {translate(enumKey('EmploymentStatus', c.toStatus))}
            </TableCell>
            <TableCell>{c.effectiveOn}</TableCell>
            <TableCell>{c.reportedOn}</TableCell>
            <TableCell title={c.rule}>
              {c.reportDueOn}
              {c.provisional && <ProvisionalChip />}
            </TableCell>
            <TableCell>
              {c.late ? <Chip size="small" color="error" label={translate('jiandu.officers.late')} /> : <Chip size="small" variant="outlined" color="success" label={translate('jiandu.officers.on_time')} />}
            </TableCell>
            <TableCell>{c.reason ?? '—'}</TableCell>
            <TableCell>{c.recordedBy ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

interface TrainingValues {
  type: TrainingType;
  title: string;
  trainedOn: string;
  hours: number | null;
  provider: string;
}

/** The hours of one training the server accepts (training.service: 0.5 to 100). */
const HOURS_RANGE = 'resources.officers.actions.hours_range';

const TrainingDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const today = useToday();
  return (
    <ActionDialog<TrainingValues, unknown>
      onClose={onClose}
      title="jiandu.officers.training_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.record"
      defaultValues={today ? { type: 'PUBLIC_LAW', title: '', trainedOn: today, hours: null, provider: '' } : undefined}
      mutationFn={(v) =>
        dataProvider.recordTraining({
          input: { officerId: officer.id, type: v.type, title: text(v.title), trainedOn: v.trainedOn, hours: Number(v.hours), provider: optionalText(v.provider) },
        })
      }
      success="jiandu.officers.training_recorded"
    >
      <SelectInput source="type" label="jiandu.officers.training_col.type" choices={enumChoices('TrainingType')} validate={required()} fullWidth />
      <TextInput source="title" label="jiandu.officers.training_col.title" validate={requiredText()} fullWidth autoFocus />
      <Stack direction="row" spacing={2}>
        <DateInput source="trainedOn" label="jiandu.officers.training_col.date" validate={required()} />
        <NumberInput
          source="hours"
          label="jiandu.officers.training_col.hours"
          validate={[required(), minValue(0.5, HOURS_RANGE), maxValue(100, HOURS_RANGE)]}
          helperText="jiandu.officers.hours_helper"
          step={0.5}
        />
      </Stack>
      <TextInput source="provider" label="jiandu.officers.training_col.provider" fullWidth />
    </ActionDialog>
  );
};

const TrainingsTab = ({ officer }: { officer: OfficerRecord }) => {
  const translate = useTranslate();
  const mayRecord = useHasRole('AGENCY_ADMIN', 'CERT_ADMIN');
  const [open, setOpen] = useState(false);
  const required = officer.agency.policies.find((p) => p.key === 'TRAINING_HOURS_PER_YEAR')?.value ?? DEFAULT_TRAINING_HOURS;
  const year = useToday()?.slice(0, 4);
  const enough = officer.trainingHours >= required;
  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 1 }}>
        <Box sx={{ flex: 1 }} data-testid="training-total">
          <Typography variant="subtitle2" color={enough ? 'success.main' : 'error.main'}>
            {translate('jiandu.officers.training_total', { hours: officer.trainingHours, required, year: year ?? '' })}
          </Typography>
          <LinearProgress variant="determinate" value={Math.min(100, (officer.trainingHours / required) * 100)} color={enough ? 'success' : 'error'} sx={{ mt: 0.5, maxWidth: 360 }} />
        </Box>
        {mayRecord && (
          <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
            {translate('jiandu.officers.add_training')}
          </Button>
        )}
      </Stack>
      {officer.trainings.length === 0 ? (
        <Empty label="jiandu.officers.no_trainings" />
      ) : (
        <Table size="small" aria-label={translate('jiandu.officers.tabs.trainings')}>
          <Head
            labels={[
              'jiandu.officers.training_col.date',
              'jiandu.officers.training_col.type',
              'jiandu.officers.training_col.title',
              'jiandu.officers.training_col.hours',
              'jiandu.officers.training_col.provider',
              'jiandu.officers.change_col.recorded_by',
            ]}
          />
          <TableBody>
            {officer.trainings.map((t) => (
              <TableRow key={t.id}>
                <TableCell>{t.trainedOn}</TableCell>
                <TableCell>{translate(enumKey('TrainingType', t.type))}</TableCell>
                <TableCell>{t.title}</TableCell>
                <TableCell>{t.hours}</TableCell>
                <TableCell>{t.provider ?? '—'}</TableCell>
                <TableCell>{t.recordedBy ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {open && <TrainingDialog officer={officer} onClose={() => setOpen(false)} />}
    </Box>
  );
};

interface ExamValues {
  examName: string;
  examOn: string;
  passed: boolean;
  score: number | null;
}

const SCORE_RANGE = 'resources.officers.actions.score_range';

const ExamDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const today = useToday();
  return (
    <ActionDialog<ExamValues, unknown>
      onClose={onClose}
      title="jiandu.officers.exam_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.record"
      defaultValues={today ? { examName: translate('jiandu.officers.exam_default_name'), examOn: today, passed: true, score: null } : undefined}
      mutationFn={(v) =>
        dataProvider.recordExam({
          input: { officerId: officer.id, examName: text(v.examName), examOn: v.examOn, passed: v.passed, score: v.score == null ? null : Number(v.score) },
        })
      }
      success="jiandu.officers.exam_recorded"
    >
      <TextInput source="examName" label="jiandu.officers.exam_col.name" validate={requiredText()} fullWidth />
      <Stack direction="row" spacing={2}>
        <DateInput source="examOn" label="jiandu.officers.exam_col.date" validate={required()} />
        <NumberInput source="score" label="jiandu.officers.exam_col.score" validate={[minValue(0, SCORE_RANGE), maxValue(100, SCORE_RANGE)]} helperText="jiandu.officers.score_helper" />
      </Stack>
      <BooleanInput source="passed" label="jiandu.officers.exam_col.passed" />
    </ActionDialog>
  );
};

const ExamsTab = ({ officer }: { officer: OfficerRecord }) => {
  const translate = useTranslate();
  const mayRecord = useHasRole('AGENCY_ADMIN', 'CERT_ADMIN');
  const [open, setOpen] = useState(false);
  return (
    <Box>
      {mayRecord && (
        <Box sx={{ textAlign: 'right', mb: 1 }}>
          <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
            {translate('jiandu.officers.add_exam')}
          </Button>
        </Box>
      )}
      {officer.exams.length === 0 ? (
        <Empty label="jiandu.officers.no_exams" />
      ) : (
        <Table size="small" aria-label={translate('jiandu.officers.tabs.exams')}>
          <Head labels={['jiandu.officers.exam_col.date', 'jiandu.officers.exam_col.name', 'jiandu.officers.exam_col.score', 'jiandu.officers.exam_col.passed', 'jiandu.officers.change_col.recorded_by']} />
          <TableBody>
            {officer.exams.map((x) => (
              <TableRow key={x.id}>
                <TableCell>{x.examOn}</TableCell>
                <TableCell>{x.examName}</TableCell>
                <TableCell>{x.score ?? '—'}</TableCell>
                <TableCell>
                  <Chip size="small" color={x.passed ? 'success' : 'error'} variant={x.passed ? 'outlined' : 'filled'} label={translate(x.passed ? 'jiandu.officers.passed' : 'jiandu.officers.failed')} />
                </TableCell>
                <TableCell>{x.recordedBy ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {open && <ExamDialog officer={officer} onClose={() => setOpen(false)} />}
    </Box>
  );
};

const AccessesTab = ({ officer }: { officer: OfficerRecord }) => {
  const translate = useTranslate();
  const dateTime = useDateTime();
  const views = officer.idNumberViews;
  if (!views || views.items.length === 0) return <Empty label="jiandu.officers.no_accesses" />;
  return (
    <>
      <Table size="small" aria-label={translate('jiandu.officers.tabs.accesses')}>
        <Head labels={['jiandu.officers.access_col.viewed_at', 'jiandu.officers.access_col.viewer', 'jiandu.officers.access_col.field', 'jiandu.officers.access_col.reason']} />
        <TableBody>
          {views.items.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{dateTime(a.viewedAt)}</TableCell>
              <TableCell>{a.viewerName}</TableCell>
              <TableCell>{a.field === 'idNumber' ? translate('jiandu.officers.full_id_number') : a.field}</TableCell>
              <TableCell>{a.reason ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {views.total > views.items.length && (
        <Typography variant="caption" color="text.secondary" sx={{ p: 1, display: 'block' }}>
          {translate('jiandu.officers.accesses_total', { total: views.total, shown: views.items.length })}
        </Typography>
      )}
    </>
  );
};

type TabKey = 'changes' | 'trainings' | 'exams' | 'cases' | 'complaints' | 'accesses' | 'changelog' | 'sanctions';

export const OfficerRecords = () => {
  const officer = useRecordContext<OfficerRecord>();
  const translate = useTranslate();
  const isAdmin = useHasRole(...RECORD_KEEPERS);
  const [tab, setTab] = useState<TabKey>('changes');
  const caseCount = useOfficerCaseCount(officer?.id);
  if (!officer) return null;
  const tabs: { key: TabKey; label: string; labelArgs?: Record<string, unknown>; body: ReactNode }[] = [
    { key: 'changes', label: 'jiandu.officers.tabs.changes', body: <ChangesTab officer={officer} /> },
    { key: 'trainings', label: 'jiandu.officers.tabs.trainings', body: <TrainingsTab officer={officer} /> },
    { key: 'exams', label: 'jiandu.officers.tabs.exams', body: <ExamsTab officer={officer} /> },
    {
      key: 'cases',
      label: caseCount === undefined ? 'jiandu.case_lists.officer_tab' : 'jiandu.case_lists.officer_tab_count',
      labelArgs: { count: caseCount },
      body: <OfficerCases officerId={officer.id} />,
    },
    { key: 'complaints', label: 'jiandu.officers.complaints', body: <Complaints /> },
    { key: 'sanctions', label: 'jiandu.sanctions.tab', body: <OfficerSanctions officerId={officer.id} /> },
  ];
  if (isAdmin) tabs.push({ key: 'accesses', label: 'jiandu.officers.tabs.accesses', body: <AccessesTab officer={officer} /> });
  tabs.push({ key: 'changelog', label: 'jiandu.change_log.tab', body: <ChangeLog resource="officers" id={officer.id} /> });
  const current = tabs.find((t) => t.key === tab) ?? tabs[0]!;
  return (
    <Card variant="outlined">
      <Tabs value={current.key} onChange={(_, v: TabKey) => setTab(v)} variant="scrollable" sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}>
        {tabs.map((t) => (
          <Tab key={t.key} value={t.key} label={translate(t.label, t.labelArgs)} id={`officer-tab-${t.key}`} aria-controls={`officer-tabpanel-${t.key}`} />
        ))}
      </Tabs>
      <CardContent role="tabpanel" id={`officer-tabpanel-${current.key}`} aria-labelledby={`officer-tab-${current.key}`}>
        {current.body}
      </CardContent>
    </Card>
  );
};
