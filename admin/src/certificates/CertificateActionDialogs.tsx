/**
 * The dialogs of the certificate actions other than 暂扣 (see SuspendDialog): 年审, 提前恢复, 换发, 吊销, 注销,
 * 收回. Each sends the version the page shows; 吊销 and 注销 are final and ask for confirmation first.
 */
import { TextField } from '@mui/material';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { CommandDialog } from '../common/CommandDialog';
import { useCommand } from '../common/useCommand';
import { useToday } from '../common/useApiQuery';
import { fieldErrors } from '../dataProvider/client';
import {
  CancelCertificate,
  LiftCertificateSuspension,
  RecoverCertificate,
  RenewCertificate,
  ReviewCertificate,
  RevokeCertificate,
} from '../dataProvider/certificates';
import type { CertificateAction } from '../gql/graphql';

export interface ActionTarget {
  id: string;
  number: string;
  version: number;
}

interface FieldSpec {
  name: string;
  label: string;
  required?: boolean;
  multiline?: boolean;
  type?: 'date';
  helper?: string;
}

interface ActionSpec<TResult, TVariables extends Record<string, unknown>> {
  document: TypedDocumentNode<TResult, TVariables>;
  fields: FieldSpec[];
  toVariables(values: Record<string, string>, target: ActionTarget): TVariables;
  success: string;
  /** i18n key of the confirmation of a final act; the dialog asks before sending. */
  confirmation?: string;
  destructive?: boolean;
}

const opt = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

const spec = <TResult, TVariables extends Record<string, unknown>>(s: ActionSpec<TResult, TVariables>) => s;

const SPECS = {
  REVIEW: spec({
    document: ReviewCertificate,
    fields: [{ name: 'note', label: 'jiandu.certificates.note', multiline: true }],
    toVariables: (v, t) => ({ id: t.id, version: t.version, note: opt(v.note) }),
    success: 'jiandu.certificates.done.REVIEW',
  }),
  LIFT: spec({
    document: LiftCertificateSuspension,
    fields: [{ name: 'reason', label: 'jiandu.certificates.lift_reason', required: true, multiline: true }],
    toVariables: (v, t) => ({ id: t.id, version: t.version, reason: v.reason?.trim() ?? '' }),
    success: 'jiandu.certificates.done.LIFT',
  }),
  RENEW: spec({
    document: RenewCertificate,
    fields: [
      { name: 'reason', label: 'jiandu.certificates.reason', required: true, multiline: true },
      { name: 'newNumber', label: 'jiandu.certificates.new_number', helper: 'jiandu.certificates.new_number_helper' },
    ],
    toVariables: (v, t) => ({ id: t.id, version: t.version, reason: v.reason?.trim() ?? '', newNumber: opt(v.newNumber) }),
    success: 'jiandu.certificates.done.RENEW',
  }),
  REVOKE: spec({
    document: RevokeCertificate,
    fields: [
      { name: 'reason', label: 'jiandu.certificates.facts', required: true, multiline: true },
      { name: 'basis', label: 'jiandu.certificates.basis', required: true, helper: 'jiandu.certificates.revoke_basis_helper' },
    ],
    toVariables: (v, t) => ({ id: t.id, version: t.version, reason: v.reason?.trim() ?? '', basis: v.basis?.trim() ?? '' }),
    success: 'jiandu.certificates.done.REVOKE',
    confirmation: 'jiandu.certificates.confirm_revoke',
    destructive: true,
  }),
  CANCEL: spec({
    document: CancelCertificate,
    fields: [
      { name: 'reason', label: 'jiandu.certificates.reason', required: true, multiline: true },
      { name: 'basis', label: 'jiandu.certificates.basis', helper: 'jiandu.certificates.cancel_basis_helper' },
    ],
    toVariables: (v, t) => ({ id: t.id, version: t.version, reason: v.reason?.trim() ?? '', basis: opt(v.basis) }),
    success: 'jiandu.certificates.done.CANCEL',
    confirmation: 'jiandu.certificates.confirm_cancel',
    destructive: true,
  }),
  RECOVER: spec({
    document: RecoverCertificate,
    fields: [
      { name: 'recoveredOn', label: 'jiandu.certificates.recovered_on', type: 'date', required: true },
      { name: 'note', label: 'jiandu.certificates.note', multiline: true },
    ],
    toVariables: (v, t) => ({ id: t.id, version: t.version, recoveredOn: opt(v.recoveredOn), note: opt(v.note) }),
    success: 'jiandu.certificates.done.RECOVER',
  }),
} satisfies Partial<Record<CertificateAction, unknown>>;

export type SimpleAction = keyof typeof SPECS;
export const isSimpleAction = (a: CertificateAction): a is SimpleAction => a in SPECS;

export const CertificateActionDialog = ({ action, target, onClose }: { action: SimpleAction; target: ActionTarget; onClose(): void }) => {
  const s = SPECS[action] as unknown as ActionSpec<unknown, Record<string, unknown>>;
  const translate = useTranslate();
  const today = useToday(s.fields.some((f) => f.type === 'date'));
  const [values, setValues] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState(false);
  const command = useCommand(s.document, { success: s.success, successArgs: { number: target.number } });

  useEffect(() => {
    if (!today) return;
    setValues((v) => {
      const next = { ...v };
      for (const f of s.fields) if (f.type === 'date' && !next[f.name]) next[f.name] = today;
      return next;
    });
  }, [today, s.fields]);

  const missing = (f: FieldSpec) => !!f.required && !values[f.name]?.trim();
  const serverErrors = fieldErrors(command.error);

  return (
    <CommandDialog
      open
      onClose={onClose}
      title={`jiandu.certificates.dialog.${action}`}
      titleArgs={{ number: target.number }}
      submitLabel={`jiandu.certificates.submit.${action}`}
      validate={() => {
        setTouched(true);
        return !s.fields.some(missing);
      }}
      onSubmit={async () => {
        if (await command.run(s.toVariables(values, target))) onClose();
      }}
      confirmation={s.confirmation ? translate(s.confirmation, { number: target.number }) : undefined}
      destructive={s.destructive}
      isPending={command.isPending}
      error={command.error}
    >
      {s.fields.map((f, i) => {
        const error = (touched && missing(f)) || !!serverErrors[f.name];
        return (
          <TextField
            key={f.name}
            name={f.name}
            label={translate(f.label)}
            value={values[f.name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
            required={f.required}
            multiline={f.multiline}
            minRows={f.multiline ? 2 : undefined}
            type={f.type}
            fullWidth
            margin="dense"
            autoFocus={i === 0}
            error={error}
            helperText={serverErrors[f.name] ?? (touched && missing(f) ? translate('ra.validation.required') : f.helper ? translate(f.helper) : ' ')}
            slotProps={f.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
          />
        );
      })}
    </CommandDialog>
  );
};
