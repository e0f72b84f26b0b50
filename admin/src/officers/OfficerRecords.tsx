/**
 * The officer's records, as tabs of the officer page: 人员变动 (with the report deadline and the late flag),
 * this year's trainings against the required hours (003 第3条: 60 学时), qualification exams (003 第4条),
 * and who viewed the full ID number. Recording a training or an exam is a dialog each.
 */
import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { ProvisionalChip } from '../certificates/CertificateHistory';
import { CommandDialog } from '../common/CommandDialog';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { useToday } from '../common/useApiQuery';
import { useCommand } from '../common/useCommand';
import { fieldErrors } from '../dataProvider/client';
import { RecordExam, RecordTraining } from '../dataProvider/officers';
import type { OfficerQuery, TrainingType } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';
import { Complaints } from './OfficerComplaints';

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

const TrainingDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const translate = useTranslate();
  const today = useToday();
  const [type, setType] = useState<TrainingType>('PUBLIC_LAW');
  const [title, setTitle] = useState('');
  const [trainedOn, setTrainedOn] = useState('');
  const [hours, setHours] = useState('');
  const [provider, setProvider] = useState('');
  const [touched, setTouched] = useState(false);
  const command = useCommand(RecordTraining, { success: 'jiandu.officers.training_recorded' });
  useEffect(() => {
    if (today) setTrainedOn((d) => d || today);
  }, [today]);
  const server = fieldErrors(command.error);
  const hoursValue = Number(hours);
  const problems = { title: !title.trim(), trainedOn: !trainedOn, hours: !hours || !Number.isFinite(hoursValue) || hoursValue <= 0 };
  const helper = (f: keyof typeof problems, hint?: string) => server[f] ?? (touched && problems[f] ? translate('ra.validation.required') : hint ? translate(hint) : ' ');
  return (
    <CommandDialog
      open
      onClose={onClose}
      title="jiandu.officers.training_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.record"
      validate={() => {
        setTouched(true);
        return !Object.values(problems).some(Boolean);
      }}
      onSubmit={async () => {
        const ok = await command.run({ input: { officerId: officer.id, type, title: title.trim(), trainedOn, hours: hoursValue, provider: provider.trim() || null } });
        if (ok) onClose();
      }}
      isPending={command.isPending}
      error={command.error}
    >
      <TextField select name="type" label={translate('jiandu.officers.training_col.type')} value={type} onChange={(e) => setType(e.target.value as TrainingType)} fullWidth margin="dense" helperText={server.type ?? ' '}>
        {enumChoices('TrainingType').map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField name="title" label={translate('jiandu.officers.training_col.title')} value={title} onChange={(e) => setTitle(e.target.value)} required fullWidth margin="dense" autoFocus error={(touched && problems.title) || !!server.title} helperText={helper('title')} />
      <Stack direction="row" spacing={2}>
        <TextField
          name="trainedOn"
          type="date"
          label={translate('jiandu.officers.training_col.date')}
          value={trainedOn}
          onChange={(e) => setTrainedOn(e.target.value)}
          required
          margin="dense"
          error={(touched && problems.trainedOn) || !!server.trainedOn}
          helperText={helper('trainedOn')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          name="hours"
          type="number"
          label={translate('jiandu.officers.training_col.hours')}
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          required
          margin="dense"
          error={(touched && problems.hours) || !!server.hours}
          helperText={helper('hours', 'jiandu.officers.hours_helper')}
          slotProps={{ htmlInput: { min: 0.5, max: 100, step: 0.5 } }}
        />
      </Stack>
      <TextField name="provider" label={translate('jiandu.officers.training_col.provider')} value={provider} onChange={(e) => setProvider(e.target.value)} fullWidth margin="dense" helperText={server.provider ?? ' '} />
    </CommandDialog>
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

const ExamDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const translate = useTranslate();
  const today = useToday();
  const [examName, setExamName] = useState(translate('jiandu.officers.exam_default_name'));
  const [examOn, setExamOn] = useState('');
  const [passed, setPassed] = useState(true);
  const [score, setScore] = useState('');
  const [touched, setTouched] = useState(false);
  const command = useCommand(RecordExam, { success: 'jiandu.officers.exam_recorded' });
  useEffect(() => {
    if (today) setExamOn((d) => d || today);
  }, [today]);
  const server = fieldErrors(command.error);
  const problems = { examName: !examName.trim(), examOn: !examOn };
  return (
    <CommandDialog
      open
      onClose={onClose}
      title="jiandu.officers.exam_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.record"
      validate={() => {
        setTouched(true);
        return !Object.values(problems).some(Boolean);
      }}
      onSubmit={async () => {
        const ok = await command.run({ input: { officerId: officer.id, examName: examName.trim(), examOn, passed, score: score === '' ? null : Number(score) } });
        if (ok) onClose();
      }}
      isPending={command.isPending}
      error={command.error}
    >
      <TextField
        name="examName"
        label={translate('jiandu.officers.exam_col.name')}
        value={examName}
        onChange={(e) => setExamName(e.target.value)}
        required
        fullWidth
        margin="dense"
        error={(touched && problems.examName) || !!server.examName}
        helperText={server.examName ?? (touched && problems.examName ? translate('ra.validation.required') : ' ')}
      />
      <Stack direction="row" spacing={2}>
        <TextField
          name="examOn"
          type="date"
          label={translate('jiandu.officers.exam_col.date')}
          value={examOn}
          onChange={(e) => setExamOn(e.target.value)}
          required
          margin="dense"
          error={(touched && problems.examOn) || !!server.examOn}
          helperText={server.examOn ?? ' '}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          name="score"
          type="number"
          label={translate('jiandu.officers.exam_col.score')}
          value={score}
          onChange={(e) => setScore(e.target.value)}
          margin="dense"
          error={!!server.score}
          helperText={server.score ?? translate('jiandu.officers.score_helper')}
          slotProps={{ htmlInput: { min: 0, max: 100 } }}
        />
      </Stack>
      <FormControlLabel control={<Checkbox checked={passed} onChange={(e) => setPassed(e.target.checked)} name="passed" />} label={translate('jiandu.officers.exam_col.passed')} />
    </CommandDialog>
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

type TabKey = 'changes' | 'trainings' | 'exams' | 'complaints' | 'accesses';

export const OfficerRecords = () => {
  const officer = useRecordContext<OfficerRecord>();
  const translate = useTranslate();
  const isAdmin = useHasRole(...RECORD_KEEPERS);
  const [tab, setTab] = useState<TabKey>('changes');
  if (!officer) return null;
  const tabs: { key: TabKey; label: string; body: ReactNode }[] = [
    { key: 'changes', label: 'jiandu.officers.tabs.changes', body: <ChangesTab officer={officer} /> },
    { key: 'trainings', label: 'jiandu.officers.tabs.trainings', body: <TrainingsTab officer={officer} /> },
    { key: 'exams', label: 'jiandu.officers.tabs.exams', body: <ExamsTab officer={officer} /> },
    { key: 'complaints', label: 'jiandu.officers.complaints', body: <Complaints /> },
  ];
  if (isAdmin) tabs.push({ key: 'accesses', label: 'jiandu.officers.tabs.accesses', body: <AccessesTab officer={officer} /> });
  const current = tabs.find((t) => t.key === tab) ?? tabs[0]!;
  return (
    <Card variant="outlined">
      <Tabs value={current.key} onChange={(_, v: TabKey) => setTab(v)} variant="scrollable" sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}>
        {tabs.map((t) => (
          <Tab key={t.key} value={t.key} label={translate(t.label)} id={`officer-tab-${t.key}`} aria-controls={`officer-tabpanel-${t.key}`} />
        ))}
      </Tabs>
      <CardContent role="tabpanel" id={`officer-tabpanel-${current.key}`} aria-labelledby={`officer-tab-${current.key}`}>
        {current.body}
      </CardContent>
    </Card>
  );
};
