/**
 * The steps of a case as buttons: exactly the server's `availableActions` for the caller (000 二(四); 004 第十六条)
 * — a skipped stage is never offered. Each opens an ActionDialog sending the case's `version`; the final acts
 * (决定, 结案归档) ask for a confirmation first. RECORD (全过程记录) is offered by the record tab, not here.
 */
import { Button, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  AutocompleteArrayInput,
  CheckboxGroupInput,
  DateInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  number,
  required,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ActionDialog } from '../common/ActionDialog';
import { useToday } from '../common/useToday';
import { optionalText, requiredText, text } from '../common/validators';
import { REF_PROJECTION, type JianduDataProvider } from '../dataProvider';
import type { CaseAction, DecisionKind, LegalReviewOutcome, MajorGround, MatterCategory } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';
import type { CaseRecord } from './types';

const bySearch = (search: string) => ({ search });

/** The buttons in the order a clerk meets them; RECORD belongs to the record tab. */
const ORDER: CaseAction[] = ['ADVANCE', 'SET_PROPOSED_FINE', 'REQUEST_HEARING', 'MARK_MAJOR', 'SUBMIT_FOR_REVIEW', 'REVIEW', 'DECIDE', 'SERVE', 'EXECUTE', 'CLOSE', 'CHANGE_HANDLERS'];

/**
 * Which decision kinds fit which categories — the server's rule (行政处罚法 第九条; 行政强制法 第九条; 行政许可法
 * 第三十八条), mirrored only to offer the fitting choices; the server checks them again.
 */
const KINDS_BY_CATEGORY: Partial<Record<MatterCategory, DecisionKind[]>> = {
  PUNISHMENT: ['WARNING', 'FINE', 'CONFISCATION', 'LICENCE_SUSPENSION', 'LICENCE_REVOCATION', 'BUSINESS_RESTRICTION', 'NO_PUNISHMENT', 'OTHER'],
  COERCION: ['SEIZURE', 'DETENTION_OF_PROPERTY', 'DEMOLITION', 'OTHER'],
  LICENSING: ['GRANT', 'REFUSAL'],
};
const GENERAL_KINDS: DecisionKind[] = ['GRANT', 'REFUSAL', 'OTHER'];

const minLength = (n: number, message: string) => (value: unknown) => (typeof value === 'string' && value.trim().length > 0 && value.trim().length < n ? message : undefined);
const wholeYuan = (value: unknown) => (value != null && value !== '' && !Number.isInteger(Number(value)) ? 'jiandu.cases.whole_yuan' : undefined);
const atLeastOne = (value: unknown) => (!Array.isArray(value) || value.length === 0 ? 'ra.validation.required' : undefined);
const twoOrMore = (value: unknown) => (Array.isArray(value) && value.length > 0 && value.length < 2 ? 'jiandu.cases.two_handlers' : undefined);

export const CaseActionButtons = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const [open, setOpen] = useState<CaseAction | null>(null);
  if (!record) return null;
  const offered = ORDER.filter((a) => record.availableActions.includes(a));
  const label = (a: CaseAction) =>
    a === 'ADVANCE' && record.nextStage
      ? translate('jiandu.cases.advance_to', { stage: translate(enumKey('CaseStage', record.nextStage)) })
      : translate(enumKey('CaseAction', a));
  return (
    <>
      {offered.map((a) => (
        <Button
          key={a}
          size="small"
          variant={a === 'CHANGE_HANDLERS' ? 'text' : 'outlined'}
          color={a === 'CLOSE' ? 'error' : 'primary'}
          data-testid="case-action"
          data-action={a}
          onClick={() => setOpen(a)}
        >
          {label(a)}
        </Button>
      ))}
      {open && <StepDialog action={open} record={record} onClose={() => setOpen(null)} />}
    </>
  );
};

const StepDialog = ({ action, record, onClose }: { action: CaseAction; record: CaseRecord; onClose(): void }) => {
  const dp = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const today = useToday(['DECIDE', 'SERVE', 'EXECUTE'].includes(action));
  const base = { id: record.id, version: record.version };
  const common = { onClose, titleArgs: { number: record.number }, successArgs: { number: record.number } };
  const stage = (s: string | null | undefined) => (s ? translate(enumKey('CaseStage', s)) : '—');

  switch (action) {
    case 'ADVANCE':
      return (
        <ActionDialog<{ note: string }, unknown>
          {...common}
          title="jiandu.cases.dialog.advance"
          titleArgs={{ number: record.number, stage: stage(record.nextStage) }}
          submitLabel="jiandu.cases.submit.advance"
          defaultValues={{ note: '' }}
          mutationFn={(v) => dp.advanceCase({ ...base, to: record.nextStage!, note: optionalText(v.note) })}
          success="jiandu.cases.done.advance"
          successArgs={{ number: record.number, stage: stage(record.nextStage) }}
        >
          <Hint>{translate('jiandu.cases.advance_hint', { from: stage(record.stage), to: stage(record.nextStage) })}</Hint>
          <TextInput source="note" label="jiandu.cases.note" multiline minRows={2} fullWidth autoFocus />
        </ActionDialog>
      );
    case 'SET_PROPOSED_FINE':
      return (
        <ActionDialog<{ fineYuan: number | null }, unknown>
          {...common}
          title="jiandu.cases.dialog.proposed_fine"
          submitLabel="ra.action.save"
          defaultValues={{ fineYuan: record.proposedFineYuan ?? null }}
          mutationFn={(v) => dp.setProposedFine({ ...base, fineYuan: Number(v.fineYuan) })}
          success="jiandu.cases.done.saved"
        >
          <Hint>{translate('jiandu.cases.proposed_fine_hint')}</Hint>
          <NumberInput source="fineYuan" label="jiandu.cases.fine_yuan" validate={[required(), number(), minValue(1), wholeYuan]} step={1} autoFocus />
        </ActionDialog>
      );
    case 'MARK_MAJOR':
      return (
        <ActionDialog<{ grounds: MajorGround[]; basis: string }, unknown>
          {...common}
          title="jiandu.cases.dialog.mark_major"
          submitLabel="jiandu.cases.submit.mark_major"
          defaultValues={{ grounds: [], basis: '' }}
          mutationFn={(v) => dp.markCaseMajor({ ...base, grounds: v.grounds, basis: text(v.basis) })}
          success="jiandu.cases.done.marked_major"
          maxWidth="md"
        >
          <Hint>{translate('jiandu.cases.mark_major_hint')}</Hint>
          <CheckboxGroupInput source="grounds" label="resources.cases.fields.majorGrounds" choices={enumChoices('MajorGround')} row={false} validate={atLeastOne} />
          <TextInput source="basis" label="resources.cases.fields.majorBasis" validate={[...requiredText(), minLength(4, 'jiandu.cases.basis_too_short')]} multiline minRows={2} fullWidth />
        </ActionDialog>
      );
    case 'REQUEST_HEARING':
      return (
        <ActionDialog<{ note: string }, unknown>
          {...common}
          title="jiandu.cases.dialog.hearing"
          submitLabel="jiandu.cases.submit.hearing"
          defaultValues={{ note: '' }}
          mutationFn={(v) => dp.requestHearing({ ...base, note: text(v.note) })}
          success="jiandu.cases.done.hearing"
        >
          <Hint>{translate('jiandu.cases.hearing_hint')}</Hint>
          <TextInput source="note" label="jiandu.cases.hearing_note" validate={requiredText()} multiline minRows={2} fullWidth autoFocus />
        </ActionDialog>
      );
    case 'SUBMIT_FOR_REVIEW':
      return (
        <ActionDialog<{ note: string }, unknown>
          {...common}
          title="jiandu.cases.dialog.submit_review"
          submitLabel="jiandu.cases.submit.submit_review"
          defaultValues={{ note: '' }}
          mutationFn={(v) => dp.submitForLegalReview({ ...base, note: optionalText(v.note) })}
          success="jiandu.cases.done.submitted"
        >
          <Hint>{translate('jiandu.cases.submit_review_hint')}</Hint>
          <TextInput source="note" label="jiandu.cases.note" multiline minRows={2} fullWidth autoFocus />
        </ActionDialog>
      );
    case 'REVIEW':
      return (
        <ActionDialog<{ outcome: LegalReviewOutcome; opinion: string }, unknown>
          {...common}
          title="jiandu.cases.dialog.review"
          submitLabel="jiandu.cases.submit.review"
          defaultValues={{ outcome: 'PASSED', opinion: '' }}
          mutationFn={(v) => dp.reviewCase({ ...base, outcome: v.outcome, opinion: optionalText(v.opinion) })}
          success="jiandu.cases.done.reviewed"
          maxWidth="md"
        >
          <Hint>{translate('jiandu.cases.review_hint')}</Hint>
          <RadioButtonGroupInput source="outcome" label="jiandu.cases.outcome" choices={enumChoices('LegalReviewOutcome')} validate={required()} />
          <ReviewOpinion />
        </ActionDialog>
      );
    case 'DECIDE': {
      const kinds = KINDS_BY_CATEGORY[record.category] ?? GENERAL_KINDS;
      return (
        <ActionDialog<{ kinds: DecisionKind[]; content: string; fineYuan: number | null; decidedOn: string }, unknown>
          {...common}
          title="jiandu.cases.dialog.decide"
          submitLabel="jiandu.cases.submit.decide"
          defaultValues={today ? { kinds: [], content: '', fineYuan: null, decidedOn: today } : undefined}
          mutationFn={(v) =>
            dp.decideCase({
              ...base,
              input: { kinds: v.kinds, content: text(v.content), fineYuan: v.kinds.includes('FINE') && v.fineYuan != null ? Number(v.fineYuan) : null, decidedOn: v.decidedOn },
            })
          }
          success="jiandu.cases.done.decided"
          confirmation={(v) => translate('jiandu.cases.confirm_decide', { number: record.number, kinds: v.kinds.map((k) => translate(enumKey('DecisionKind', k))).join('、'), date: v.decidedOn })}
          destructive
          maxWidth="md"
        >
          <CheckboxGroupInput source="kinds" label="resources.cases.fields.decisionKinds" choices={enumChoices('DecisionKind').filter((c) => kinds.includes(c.id))} validate={atLeastOne} />
          <FineInput />
          <TextInput source="content" label="resources.cases.fields.decisionContent" validate={[...requiredText(), minLength(10, 'jiandu.cases.content_too_short')]} multiline minRows={4} fullWidth />
          <DateInput source="decidedOn" label="resources.cases.fields.decidedOn" validate={required()} helperText="jiandu.cases.date_helper" />
        </ActionDialog>
      );
    }
    case 'SERVE':
      return (
        <ActionDialog<{ servedOn: string }, unknown>
          {...common}
          title="jiandu.cases.dialog.serve"
          submitLabel="jiandu.cases.submit.serve"
          defaultValues={today ? { servedOn: today } : undefined}
          mutationFn={(v) => dp.serveDecision({ ...base, servedOn: v.servedOn })}
          success="jiandu.cases.done.served"
        >
          <DateInput source="servedOn" label="resources.cases.fields.servedOn" validate={required()} helperText="jiandu.cases.date_helper" />
        </ActionDialog>
      );
    case 'EXECUTE':
      return (
        <ActionDialog<{ executedOn: string; note: string }, unknown>
          {...common}
          title="jiandu.cases.dialog.execute"
          submitLabel="jiandu.cases.submit.execute"
          defaultValues={today ? { executedOn: today, note: '' } : undefined}
          mutationFn={(v) => dp.recordExecution({ ...base, executedOn: v.executedOn, note: optionalText(v.note) })}
          success="jiandu.cases.done.executed"
        >
          <DateInput source="executedOn" label="resources.cases.fields.executedOn" validate={required()} helperText="jiandu.cases.date_helper" />
          <TextInput source="note" label="jiandu.cases.execution_note" multiline minRows={2} fullWidth />
        </ActionDialog>
      );
    case 'CLOSE':
      return (
        <ActionDialog<{ note: string }, unknown>
          {...common}
          title="jiandu.cases.dialog.close"
          submitLabel="jiandu.cases.submit.close"
          defaultValues={{ note: '' }}
          mutationFn={(v) => dp.closeCase({ ...base, note: optionalText(v.note) })}
          success="jiandu.cases.done.closed"
          confirmation={() => translate('jiandu.cases.confirm_close', { number: record.number })}
          destructive
        >
          <TextInput source="note" label="jiandu.cases.note" multiline minRows={2} fullWidth autoFocus />
        </ActionDialog>
      );
    case 'CHANGE_HANDLERS': {
      const current = record.handlers.filter((h) => !h.releasedAt);
      return (
        <ActionDialog<{ handlerIds: string[]; leadOfficerId: string }, unknown>
          {...common}
          title="jiandu.cases.dialog.handlers"
          submitLabel="ra.action.save"
          defaultValues={{ handlerIds: current.map((h) => h.officerId), leadOfficerId: current.find((h) => h.lead)?.officerId ?? '' }}
          mutationFn={(v) => dp.changeCaseHandlers({ ...base, input: { handlerIds: v.handlerIds, leadOfficerId: v.leadOfficerId } })}
          success="jiandu.cases.done.handlers"
          maxWidth="md"
        >
          <HandlersInputs agencyId={record.agencyId} />
        </ActionDialog>
      );
    }
    default:
      return null;
  }
};

const Hint = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
    {children}
  </Typography>
);

/** A return must give its reasons (004 第十六条: 提出意见); a pass may. */
const ReviewOpinion = () => {
  const outcome = useWatch({ name: 'outcome' }) as LegalReviewOutcome | undefined;
  const returning = outcome === 'RETURNED';
  return (
    <TextInput
      source="opinion"
      label="jiandu.cases.opinion"
      validate={returning ? [...requiredText('jiandu.cases.reasons_required'), minLength(4, 'jiandu.cases.reasons_required')] : []}
      helperText={returning ? 'jiandu.cases.reasons_helper' : false}
      multiline
      minRows={3}
      fullWidth
    />
  );
};

/** The amount only with 罚款 (and then required). */
const FineInput = () => {
  const kinds = (useWatch({ name: 'kinds' }) as string[] | undefined) ?? [];
  if (!kinds.includes('FINE')) return null;
  return <NumberInput source="fineYuan" label="jiandu.cases.fine_yuan" validate={[required(), number(), minValue(1), maxValue(1_000_000_000), wholeYuan]} step={1} />;
};

/** New handlers: officers of the case's agency, at least two, one of them the lead (001). */
export const HandlersInputs = ({ agencyId }: { agencyId: string }) => {
  const handlerIds = (useWatch({ name: 'handlerIds' }) as string[] | undefined) ?? [];
  return (
    <>
      <ReferenceArrayInput source="handlerIds" reference="officers" filter={{ agencyId, employmentStatus: 'ON_DUTY' }} queryOptions={{ meta: REF_PROJECTION }}>
        <AutocompleteArrayInput label="resources.cases.fields.handlerIds" filterToQuery={bySearch} validate={[required(), twoOrMore]} noOptionsText="jiandu.common.no_options" fullWidth />
      </ReferenceArrayInput>
      <ReferenceInput source="leadOfficerId" reference="officers" filter={{ ids: handlerIds }} queryOptions={{ meta: REF_PROJECTION, enabled: handlerIds.length > 0 }}>
        <SelectInput label="resources.cases.fields.leadOfficerId" validate={required()} sx={{ minWidth: 240 }} />
      </ReferenceInput>
    </>
  );
};
