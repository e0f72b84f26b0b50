/**
 * The steps of a notice as buttons: exactly the server's `availableActions` for the caller (004 第二十四条,
 * 第二十五条). Each opens an ActionDialog sending the notice's `version`; the final acts (复查答复 that revokes,
 * 核验 not accepted, 制发监督决定书) ask for a confirmation stating the consequences.
 */
import { Alert, Button, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { DateInput, RadioButtonGroupInput, SelectInput, TextInput, required, useDataProvider, useRedirect, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ActionDialog } from '../common/ActionDialog';
import { useToday } from '../common/useToday';
import { optionalText, requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import { toCreateSupervisionDecisionInput } from '../dataProvider/notices';
import type { NoticeAction, ObjectionOutcome, SupervisionDecisionType } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';
import type { NoticeRecord } from './types';

const ORDER: NoticeAction[] = ['RECORD_RECEIPT', 'OBJECT', 'REPORT_RECTIFICATION', 'ANSWER_OBJECTION', 'VERIFY_RECTIFICATION', 'ISSUE_DECISION'];
const minLength = (n: number) => (value: unknown) => (typeof value === 'string' && value.trim().length > 0 && value.trim().length < n ? 'jiandu.notices.too_short' : undefined);
const longText = [...requiredText(), minLength(4)];

const Hint = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
    {children}
  </Typography>
);

export const NoticeActionButtons = () => {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  const [open, setOpen] = useState<NoticeAction | null>(null);
  if (!record) return null;
  return (
    <>
      {ORDER.filter((a) => record.availableActions.includes(a)).map((a) => (
        <Button key={a} size="small" variant={a === 'ISSUE_DECISION' ? 'contained' : 'outlined'} color={a === 'ISSUE_DECISION' ? 'error' : 'primary'} data-testid="notice-action" data-action={a} onClick={() => setOpen(a)}>
          {translate(enumKey('NoticeAction', a))}
        </Button>
      ))}
      {open && <StepDialog action={open} record={record} onClose={() => setOpen(null)} />}
    </>
  );
};

const StepDialog = ({ action, record, onClose }: { action: NoticeAction; record: NoticeRecord; onClose(): void }) => {
  const dp = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const today = useToday(action === 'RECORD_RECEIPT');
  const base = { id: record.id, version: record.version };
  const common = { onClose, titleArgs: { number: record.number }, successArgs: { number: record.number } };
  switch (action) {
    case 'RECORD_RECEIPT':
      return (
        <ActionDialog<{ receivedOn: string }, unknown>
          {...common}
          title="jiandu.notices.dialog.receipt"
          submitLabel="jiandu.notices.submit.receipt"
          defaultValues={today ? { receivedOn: today } : undefined}
          mutationFn={(v) => dp.recordNoticeReceipt({ ...base, receivedOn: v.receivedOn })}
          success="jiandu.notices.done.receipt"
        >
          <Hint>{translate('jiandu.notices.receipt_hint', { issuedOn: record.issuedOn })}</Hint>
          <DateInput source="receivedOn" label="resources.notices.fields.receivedOn" validate={required()} helperText="jiandu.notices.receipt_helper" />
        </ActionDialog>
      );
    case 'OBJECT':
      return (
        <ActionDialog<{ reason: string }, unknown>
          {...common}
          title="jiandu.notices.dialog.object"
          submitLabel="jiandu.notices.submit.object"
          defaultValues={{ reason: '' }}
          mutationFn={(v) => dp.objectToNotice({ ...base, reason: text(v.reason) })}
          success="jiandu.notices.done.object"
          confirmation={() => translate('jiandu.notices.confirm_object', { number: record.number })}
        >
          <Hint>{translate('jiandu.notices.object_hint', { due: record.objectionDeadline?.dueOn ?? '' })}</Hint>
          <TextInput source="reason" label="resources.notices.fields.objectionReason" validate={longText} multiline minRows={3} fullWidth autoFocus />
        </ActionDialog>
      );
    case 'ANSWER_OBJECTION':
      return (
        <ActionDialog<{ outcome: ObjectionOutcome; answer: string }, unknown>
          {...common}
          title="jiandu.notices.dialog.answer"
          submitLabel="jiandu.notices.submit.answer"
          defaultValues={{ outcome: 'MAINTAINED', answer: '' }}
          mutationFn={(v) => dp.answerNoticeObjection({ ...base, outcome: v.outcome, answer: text(v.answer) })}
          success="jiandu.notices.done.answer"
          confirmation={(v) => (v.outcome === 'UPHELD' ? translate('jiandu.notices.confirm_upheld', { number: record.number }) : undefined)}
          destructive={(v) => v.outcome === 'UPHELD'}
          maxWidth="md"
        >
          <Alert severity="info" sx={{ mb: 2 }}>
            <strong>{translate('resources.notices.fields.objectionReason')}：</strong>
            {record.objectionReason}
          </Alert>
          <Hint>{translate('jiandu.notices.answer_hint', { due: record.answerDeadline?.dueOn ?? '' })}</Hint>
          <RadioButtonGroupInput source="outcome" label="resources.notices.fields.objectionOutcome" choices={enumChoices('ObjectionOutcome')} validate={required()} />
          <TextInput source="answer" label="resources.notices.fields.answer" validate={longText} multiline minRows={3} fullWidth />
        </ActionDialog>
      );
    case 'REPORT_RECTIFICATION':
      return (
        <ActionDialog<{ report: string }, unknown>
          {...common}
          title="jiandu.notices.dialog.report"
          submitLabel="jiandu.notices.submit.report"
          defaultValues={{ report: '' }}
          mutationFn={(v) => dp.reportRectification({ ...base, report: text(v.report) })}
          success="jiandu.notices.done.report"
          maxWidth="md"
        >
          <Alert severity="info" sx={{ mb: 2 }}>
            <strong>{translate('resources.notices.fields.requirement')}：</strong>
            {record.requirement}
          </Alert>
          <Hint>{translate(record.overdue ? 'jiandu.notices.report_hint_late' : 'jiandu.notices.report_hint', { due: record.rectificationDeadline?.dueOn ?? '' })}</Hint>
          <TextInput source="report" label="resources.notices.fields.report" validate={longText} multiline minRows={4} fullWidth autoFocus />
        </ActionDialog>
      );
    case 'VERIFY_RECTIFICATION':
      return (
        <ActionDialog<{ accepted: string; opinion: string }, unknown>
          {...common}
          title="jiandu.notices.dialog.verify"
          submitLabel="jiandu.notices.submit.verify"
          defaultValues={{ accepted: 'true', opinion: '' }}
          mutationFn={(v) => dp.verifyRectification({ ...base, accepted: v.accepted === 'true', opinion: text(v.opinion) })}
          success="jiandu.notices.done.verify"
          confirmation={(v) => (v.accepted === 'false' ? translate('jiandu.notices.confirm_not_accepted', { number: record.number }) : undefined)}
          destructive={(v) => v.accepted === 'false'}
          maxWidth="md"
        >
          <Alert severity="info" sx={{ mb: 2 }}>
            <strong>{translate('resources.notices.fields.report')}：</strong>
            {record.report}
          </Alert>
          <RadioButtonGroupInput
            source="accepted"
            label="jiandu.notices.verdict"
            choices={[{ id: 'true', name: 'jiandu.notices.accepted' }, { id: 'false', name: 'jiandu.notices.not_accepted' }]}
            validate={required()}
          />
          <TextInput source="opinion" label="resources.notices.fields.verification" validate={longText} multiline minRows={3} fullWidth />
        </ActionDialog>
      );
    case 'ISSUE_DECISION':
      return <DecisionDialog record={record} onClose={onClose} />;
  }
};

interface DecisionValues {
  type: SupervisionDecisionType;
  caseId: string | null;
  reasons: string;
  requirement: string;
  performBy: string | null;
}

const REACHES_CASE: SupervisionDecisionType[] = ['REVOKE', 'CONFIRM_ILLEGAL', 'CONFIRM_INVALID'];

/** The case and the date inputs depend on the type (004 第二十五条). */
const DecisionInputs = ({ record }: { record: NoticeRecord }) => {
  const type = useWatch({ name: 'type' }) as SupervisionDecisionType | undefined;
  const translate = useTranslate();
  const cases = record.cases.filter((c): c is NonNullable<typeof c> => !!c);
  const needsCase = !!type && REACHES_CASE.includes(type);
  return (
    <>
      <SelectInput source="type" label="resources.supervision-decisions.fields.type" choices={enumChoices('SupervisionDecisionType')} validate={required()} fullWidth />
      {needsCase && <Alert severity="warning" sx={{ mb: 2 }}>{translate('jiandu.supervision_decisions.reaches_case_hint')}</Alert>}
      <SelectInput
        source="caseId"
        label="resources.supervision-decisions.fields.caseId"
        choices={cases.map((c) => ({ id: c.id, name: `${c.number}　${c.cause}` }))}
        validate={needsCase ? required() : undefined}
        helperText={cases.length ? 'jiandu.supervision_decisions.case_helper' : 'jiandu.supervision_decisions.no_cases'}
        emptyText="jiandu.common.none"
        fullWidth
      />
      {type === 'ORDER_PERFORMANCE' && <DateInput source="performBy" label="resources.supervision-decisions.fields.performBy" validate={required()} helperText="jiandu.supervision_decisions.perform_by_helper" />}
      <TextInput source="reasons" label="resources.supervision-decisions.fields.reasons" validate={longText} multiline minRows={4} fullWidth helperText="jiandu.supervision_decisions.reasons_helper" />
      <TextInput source="requirement" label="resources.supervision-decisions.fields.requirement" multiline minRows={2} fullWidth />
    </>
  );
};

/** 制发监督决定书 (004 第二十五条) from an unrectified notice; opens the new decision's page. */
const DecisionDialog = ({ record, onClose }: { record: NoticeRecord; onClose(): void }) => {
  const dp = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const redirect = useRedirect();
  const why = record.status === 'NOT_ACCEPTED' ? translate('jiandu.supervision_decisions.why_refused') : translate('jiandu.supervision_decisions.why_overdue', { due: record.rectificationDeadline?.dueOn ?? '' });
  return (
    <ActionDialog<DecisionValues, { id: string; number: string }>
      onClose={onClose}
      title="jiandu.supervision_decisions.dialog"
      titleArgs={{ number: record.number }}
      submitLabel="jiandu.supervision_decisions.submit"
      defaultValues={{ type: 'ORDER_CORRECTION', caseId: null, reasons: '', requirement: '', performBy: null }}
      mutationFn={(v) => dp.createSupervisionDecision({ input: toCreateSupervisionDecisionInput(record.id, { ...v, requirement: optionalText(v.requirement) }) })}
      success="jiandu.supervision_decisions.done"
      onSuccess={(d) => redirect('show', 'supervision-decisions', d.id)}
      confirmation={(v) =>
        translate(REACHES_CASE.includes(v.type) ? 'jiandu.supervision_decisions.confirm_case' : 'jiandu.supervision_decisions.confirm', {
          type: translate(enumKey('SupervisionDecisionType', v.type)),
          number: record.number,
          case: record.cases.find((c) => c?.id === v.caseId)?.number ?? '',
        })
      }
      destructive
      maxWidth="md"
    >
      <Hint>{why}</Hint>
      <DecisionInputs record={record} />
    </ActionDialog>
  );
};
