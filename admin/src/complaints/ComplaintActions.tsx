/**
 * The steps of a complaint as buttons: exactly the server's `availableActions` for the caller (004 第八条) — a step
 * out of order is never offered. Each opens an ActionDialog sending the complaint's `version`; the final acts
 * (不予受理, 办结) ask for a confirmation first. The server's field messages land on the inputs.
 */
import { Button, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  AutocompleteInput,
  DateInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useToday } from '../common/useToday';
import { optionalText, requiredText, text } from '../common/validators';
import { REF_PROJECTION, type JianduDataProvider } from '../dataProvider';
import type { ComplaintAction, ComplaintFinding, ReplyMethod } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';
import type { ComplaintRecord } from './types';

const bySearch = (search: string) => ({ search });

/** The buttons in the order a clerk meets them. */
const ORDER: ComplaintAction[] = ['ACCEPT', 'REJECT', 'ASSIGN_HANDLER', 'START_INVESTIGATION', 'CONCLUDE', 'LINK_CASE'];

const atLeast = (n: number, message: string) => (value: unknown) => (typeof value === 'string' && value.trim().length > 0 && value.trim().length < n ? message : undefined);

export const ComplaintActionButtons = () => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  const [open, setOpen] = useState<ComplaintAction | null>(null);
  if (!record) return null;
  const offered = ORDER.filter((a) => record.availableActions.includes(a));
  const label = (a: ComplaintAction) => (a === 'ASSIGN_HANDLER' && record.handlerId ? translate('jiandu.complaints.reassign') : translate(enumKey('ComplaintAction', a)));
  return (
    <>
      {offered.map((a) => (
        <Button
          key={a}
          size="small"
          variant={a === 'LINK_CASE' ? 'text' : 'outlined'}
          color={a === 'REJECT' ? 'error' : 'primary'}
          data-testid="complaint-action"
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

const Hint = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
    {children}
  </Typography>
);

const StepDialog = ({ action, record, onClose }: { action: ComplaintAction; record: ComplaintRecord; onClose(): void }) => {
  const dp = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const today = useToday(action === 'CONCLUDE');
  const base = { id: record.id, version: record.version };
  const common = { onClose, titleArgs: { number: record.number }, successArgs: { number: record.number } };

  switch (action) {
    case 'ACCEPT':
      return (
        <ActionDialog<{ note: string }, unknown>
          {...common}
          title="jiandu.complaints.dialog.accept"
          submitLabel="jiandu.complaints.submit.accept"
          defaultValues={{ note: '' }}
          mutationFn={(v) => dp.acceptComplaint({ ...base, note: optionalText(v.note) })}
          success="jiandu.complaints.done.accepted"
        >
          <Hint>{translate('jiandu.complaints.accept_hint')}</Hint>
          <TextInput source="note" label="jiandu.complaints.note" multiline minRows={2} fullWidth autoFocus />
        </ActionDialog>
      );
    case 'REJECT':
      return (
        <ActionDialog<{ reason: string }, unknown>
          {...common}
          title="jiandu.complaints.dialog.reject"
          submitLabel="jiandu.complaints.submit.reject"
          defaultValues={{ reason: '' }}
          mutationFn={(v) => dp.rejectComplaint({ ...base, reason: text(v.reason) })}
          success="jiandu.complaints.done.rejected"
          confirmation={() => translate('jiandu.complaints.confirm_reject', { number: record.number })}
          destructive
        >
          <Hint>{translate('jiandu.complaints.reject_hint')}</Hint>
          <TextInput
            source="reason"
            label="resources.complaints.fields.rejectionReason"
            validate={[...requiredText('jiandu.complaints.reason_required'), atLeast(4, 'jiandu.complaints.reason_required')]}
            multiline
            minRows={3}
            fullWidth
            autoFocus
          />
        </ActionDialog>
      );
    case 'ASSIGN_HANDLER':
      return (
        <ActionDialog<{ officerId: string; note: string }, unknown>
          {...common}
          title={record.handlerId ? 'jiandu.complaints.dialog.reassign' : 'jiandu.complaints.dialog.assign'}
          submitLabel="jiandu.complaints.submit.assign"
          defaultValues={{ officerId: '', note: '' }}
          mutationFn={(v) => dp.assignComplaintHandler({ ...base, officerId: v.officerId, note: optionalText(v.note) })}
          success="jiandu.complaints.done.assigned"
        >
          <Hint>{translate('jiandu.complaints.assign_hint')}</Hint>
          {record.handlerName && <Hint>{translate('jiandu.complaints.current_handler', { name: record.handlerName })}</Hint>}
          {/* 执法监督人员: officers with the supervision duty, on duty; personnel checks the 执法监督证 when it is sent */}
          <ReferenceInput source="officerId" reference="officers" filter={{ duty: 'SUPERVISION', employmentStatus: 'ON_DUTY' }} queryOptions={{ meta: REF_PROJECTION }}>
            <AutocompleteInput
              label="jiandu.complaints.handler"
              filterToQuery={bySearch}
              validate={required()}
              helperText="jiandu.complaints.handler_helper"
              noOptionsText="jiandu.complaints.no_supervisors"
              fullWidth
            />
          </ReferenceInput>
          <TextInput source="note" label="jiandu.complaints.note" multiline minRows={2} fullWidth />
        </ActionDialog>
      );
    case 'START_INVESTIGATION':
      return (
        <ActionDialog<{ note: string }, unknown>
          {...common}
          title="jiandu.complaints.dialog.investigate"
          submitLabel="jiandu.complaints.submit.investigate"
          defaultValues={{ note: '' }}
          mutationFn={(v) => dp.startComplaintInvestigation({ ...base, note: optionalText(v.note) })}
          success="jiandu.complaints.done.investigating"
        >
          <Hint>{translate('jiandu.complaints.investigate_hint', { name: record.handlerName ?? '—' })}</Hint>
          <TextInput source="note" label="jiandu.complaints.note" multiline minRows={2} fullWidth autoFocus />
        </ActionDialog>
      );
    case 'CONCLUDE':
      return (
        <ActionDialog<{ finding: ComplaintFinding; reply: string; repliedVia: ReplyMethod | null; repliedOn: string | null }, unknown>
          {...common}
          title="jiandu.complaints.dialog.conclude"
          submitLabel="jiandu.complaints.submit.conclude"
          defaultValues={today ? { finding: 'SUBSTANTIATED', reply: '', repliedVia: null, repliedOn: record.anonymous ? null : today } : undefined}
          mutationFn={(v) =>
            dp.concludeComplaint({
              ...base,
              input: { finding: v.finding, reply: text(v.reply), repliedVia: v.repliedVia || null, repliedOn: v.repliedOn || null },
            })
          }
          success="jiandu.complaints.done.concluded"
          confirmation={(v) => translate('jiandu.complaints.confirm_conclude', { number: record.number, finding: translate(enumKey('ComplaintFinding', v.finding)) })}
          maxWidth="md"
        >
          <Hint>{translate(record.anonymous ? 'jiandu.complaints.conclude_hint_anonymous' : 'jiandu.complaints.conclude_hint')}</Hint>
          <RadioButtonGroupInput source="finding" label="resources.complaints.fields.finding" choices={enumChoices('ComplaintFinding')} validate={required()} />
          <TextInput
            source="reply"
            label="resources.complaints.fields.reply"
            validate={[...requiredText(), atLeast(4, 'jiandu.complaints.reply_too_short')]}
            helperText="jiandu.complaints.reply_helper"
            multiline
            minRows={4}
            fullWidth
          />
          <SelectInput
            source="repliedVia"
            label="resources.complaints.fields.repliedVia"
            choices={enumChoices('ReplyMethod')}
            validate={record.anonymous ? [] : required()}
            emptyText={record.anonymous ? 'jiandu.complaints.no_reply_channel' : undefined}
            fullWidth
          />
          <DateInput source="repliedOn" label="resources.complaints.fields.repliedOn" validate={record.anonymous ? [] : required()} fullWidth />
        </ActionDialog>
      );
    case 'LINK_CASE':
      return (
        <ActionDialog<{ caseId: string | null }, unknown>
          {...common}
          title="jiandu.complaints.dialog.link_case"
          submitLabel="ra.action.save"
          defaultValues={{ caseId: record.caseId ?? null }}
          mutationFn={(v) => dp.setComplaintCase({ ...base, caseId: v.caseId || null })}
          success="jiandu.complaints.done.case_linked"
        >
          <Hint>{translate('jiandu.complaints.link_case_hint')}</Hint>
          <ReferenceInput source="caseId" reference="cases" filter={{ agencyId: record.agencyId }}>
            <AutocompleteInput label="resources.complaints.fields.caseId" optionText="number" filterToQuery={bySearch} helperText="jiandu.complaints.case_helper" noOptionsText="jiandu.common.no_options" fullWidth />
          </ReferenceInput>
        </ActionDialog>
      );
    default:
      return null;
  }
};
