/**
 * The complaint page (004 第八条): header with number, status and a repeat-complainant chip; the action bar with
 * exactly the steps the server allows (and the slot for acts that start here elsewhere); tabs 概况 (what, about
 * whom, the complainant as the server shows him, the linked case, the result), 办理过程 (the dated steps),
 * 同一投诉人 (only for those the server tells) and 变更记录.
 */
import { Alert, Box, Paper, Stack, Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DataTable,
  Labeled,
  Link,
  ListButton,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ChangeLog } from '../common/ChangeLog';
import { DateTimeField } from '../common/DateTimeField';
import { SectionTitle } from '../common/SectionTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import { enumKey } from '../labels';
import { ComplaintActionButtons } from './ComplaintActions';
import { ComplaintStatusChip, RepeatChip } from './ComplaintChips';
import { ComplaintExtraActions } from './ComplaintExtraActions';
import type { ComplaintRecord, ComplaintRow } from './types';

const ComplaintTitle = () => {
  const record = useRecordContext<ComplaintRecord>();
  return <span>{record?.number ?? ''}</span>;
};

const ShowActions = () => {
  const record = useRecordContext<ComplaintRecord>();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      <ComplaintActionButtons />
      {/* the notices branch puts “下发监督通知书” here (ComplaintExtraActions) */}
      {record && <ComplaintExtraActions record={record} />}
      <ListButton />
    </TopToolbar>
  );
};

const Header = () => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="h6" component="h1" data-testid="complaint-number">
          {record.number}
        </Typography>
        <ComplaintStatusChip status={record.status} />
        <RepeatChip count={record.sameComplainantCount} />
        <Typography variant="body2" color="text.secondary">
          {translate(enumKey('ComplaintChannel', record.channel))} · <DateTimeField record={record} source="receivedAt" />
          {record.handlerName ? ` · ${translate('jiandu.complaints.handler')}：${record.handlerName}` : ''}
        </Typography>
      </Stack>
    </Paper>
  );
};

const Field = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <Labeled label={label}>
    <Typography component="span" variant="body2" data-testid={testId} sx={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Typography>
  </Labeled>
);

const Overview = () => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  const f = (k: string) => `resources.complaints.fields.${k}`;
  const none = translate('jiandu.common.none');
  return (
    <Stack spacing={2}>
      <Field label={f('content')}>{record.content}</Field>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Labeled label={f('agencyId')}>
          <ReferenceField record={record} source="agencyId" reference="agencies" link="show" />
        </Labeled>
        <Labeled label={f('officerId')}>
          <ReferenceField record={record} source="officerId" reference="officers" link="show" emptyText={none} />
        </Labeled>
        <Field label={f('caseId')} testId="complaint-case">
          {record.case ? (
            <Link to={createPath({ resource: 'cases', id: record.case.id, type: 'show' })}>
              {record.case.number}（{record.case.cause}）
            </Link>
          ) : record.caseId ? (
            translate('jiandu.complaints.case_hidden')
          ) : (
            none
          )}
        </Field>
        <Field label={f('registeredBy')}>{record.registeredBy ?? none}</Field>
      </Stack>

      <Box>
        <SectionTitle label="jiandu.complaints.complainant" />
        {record.anonymous ? (
          <Typography variant="body2">{translate('jiandu.complaints.anonymous_complaint')}</Typography>
        ) : (
          <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="complainant">
            <Field label={f('complainantName')} testId="complainant-name">{record.complainantName ?? none}</Field>
            <Field label={f('complainantPhone')} testId="complainant-phone">{record.complainantPhone ?? none}</Field>
            <Field label={f('complainantAddress')}>{record.complainantAddress ?? none}</Field>
            <Field label={f('complainantEmail')}>{record.complainantEmail ?? none}</Field>
          </Stack>
        )}
        {/* the server decides: in full to the supervisors who handle it, masked to everyone else */}
        {record.sameComplainantCount === null && !record.anonymous && (
          <Alert severity="info" sx={{ mt: 1 }} data-testid="complainant-masked">
            {translate('jiandu.complaints.masked_notice')}
          </Alert>
        )}
      </Box>

      {record.status === 'REJECTED' && (
        <Box data-testid="complaint-rejection">
          <SectionTitle label="jiandu.complaints.rejection" />
          <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Labeled label={f('rejectedAt')}>
              <DateTimeField record={record} source="rejectedAt" />
            </Labeled>
            <Field label={f('rejectionReason')}>{record.rejectionReason}</Field>
          </Stack>
        </Box>
      )}

      {record.status === 'CONCLUDED' && (
        <Box data-testid="complaint-conclusion">
          <SectionTitle label="jiandu.complaints.conclusion" />
          <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Field label={f('finding')}>{record.finding ? translate(enumKey('ComplaintFinding', record.finding)) : none}</Field>
            <Field label={f('repliedVia')}>{record.repliedVia ? translate(enumKey('ReplyMethod', record.repliedVia)) : none}</Field>
            <Field label={f('repliedOn')}>{record.repliedOn ?? none}</Field>
            <Labeled label={f('concludedAt')}>
              <DateTimeField record={record} source="concludedAt" />
            </Labeled>
          </Stack>
          <Field label={f('reply')}>{record.reply}</Field>
        </Box>
      )}
    </Stack>
  );
};

/** 办理过程: each dated step, oldest first, with who took it and what it says. */
const Timeline = () => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.steps.length === 0) return <Typography color="text.secondary">{translate('jiandu.complaints.no_steps')}</Typography>;
  return (
    <Stepper orientation="vertical" activeStep={record.steps.length} data-testid="complaint-timeline" sx={{ py: 1 }}>
      {record.steps.map((s) => (
        <Step key={s.id} completed expanded data-testid="complaint-step" data-kind={s.kind}>
          <StepLabel
            optional={
              <Typography variant="caption" color="text.secondary">
                <DateTimeField record={s} source="at" /> · {s.actorName ?? '—'}
              </Typography>
            }
          >
            {translate(enumKey('ComplaintStepKind', s.kind))}
          </StepLabel>
          <StepContent>
            {s.handlerName && (
              <Typography variant="body2">
                {translate('jiandu.complaints.handler')}：{s.handlerName}
                {s.handlerCertificateNumber ? `（${translate('jiandu.complaints.supervision_certificate')} ${s.handlerCertificateNumber}）` : ''}
              </Typography>
            )}
            {s.caseNumber && (
              <Typography variant="body2">
                {translate('resources.complaints.fields.caseId')}：{s.caseNumber}
              </Typography>
            )}
            {s.note && (
              <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
                {s.note}
              </Typography>
            )}
          </StepContent>
        </Step>
      ))}
    </Stepper>
  );
};

/** The other complaints of the same complainant (the server links them; the console never sees how). */
const SameComplainant = () => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.sameComplainantCount) return <Typography color="text.secondary">{translate('jiandu.complaints.no_repeat')}</Typography>;
  return (
    <ReferenceManyField reference="complaints" target="sameComplainantAs" sort={{ field: 'receivedAt', order: 'DESC' }} perPage={10} pagination={<Pagination />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="number" />
        <DataTable.Col source="receivedAt" field={DateTimeField} />
        <DataTable.Col source="status" render={(r: ComplaintRow) => <ComplaintStatusChip status={r.status} />} />
        <DataTable.Col source="agencyId" disableSort>
          <ReferenceField source="agencyId" reference="agencies" link={false} />
        </DataTable.Col>
        <DataTable.Col source="content" disableSort sx={{ maxWidth: 360 }} />
      </DataTable>
    </ReferenceManyField>
  );
};

const ComplaintChangeLog = () => {
  const record = useRecordContext<ComplaintRecord>();
  return record ? <ChangeLog resource="complaints" id={record.id} /> : null;
};

export const ComplaintShow = () => (
  <Show queryOptions={showQueryOptions} title={<ComplaintTitle />} actions={<ShowActions />}>
    <Header />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="jiandu.complaints.tab.overview">
        <Overview />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.complaints.tab.steps" path="steps">
        <Timeline />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.complaints.tab.same_complainant" path="same-complainant">
        <SameComplainant />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.change_log.tab" path="changelog">
        <ComplaintChangeLog />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
