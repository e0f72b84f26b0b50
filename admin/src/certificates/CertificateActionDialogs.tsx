/**
 * The dialogs of the certificate actions other than 暂扣 (see SuspendDialog): 年审, 提前恢复, 换发, 吊销, 注销,
 * 收回. Each sends the version the page shows; 吊销 and 注销 are final and ask for confirmation first.
 */
import { DateInput, TextInput, useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useToday } from '../common/useToday';
import { optionalText, requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
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

type Method = 'reviewCertificate' | 'liftCertificateSuspension' | 'renewCertificate' | 'revokeCertificate' | 'cancelCertificate' | 'recoverCertificate';

interface ActionSpec<M extends Method> {
  /** The dataProvider's method of the action. */
  method: M;
  fields: FieldSpec[];
  toVariables(values: Record<string, string>, target: ActionTarget): Parameters<JianduDataProvider[M]>[0];
  success: string;
  /** i18n key of the confirmation of a final act; the dialog asks before sending. */
  confirmation?: string;
  destructive?: boolean;
}

const opt = optionalText;

const spec = <M extends Method>(s: ActionSpec<M>) => s;

const SPECS = {
  REVIEW: spec({
    method: 'reviewCertificate',
    fields: [{ name: 'note', label: 'jiandu.certificates.note', multiline: true }],
    toVariables: (v, t) => ({ id: t.id, version: t.version, note: opt(v.note) }),
    success: 'jiandu.certificates.done.REVIEW',
  }),
  LIFT: spec({
    method: 'liftCertificateSuspension',
    fields: [{ name: 'reason', label: 'jiandu.certificates.lift_reason', required: true, multiline: true }],
    toVariables: (v, t) => ({ id: t.id, version: t.version, reason: text(v.reason) }),
    success: 'jiandu.certificates.done.LIFT',
  }),
  RENEW: spec({
    method: 'renewCertificate',
    fields: [
      { name: 'reason', label: 'jiandu.certificates.reason', required: true, multiline: true },
      { name: 'newNumber', label: 'jiandu.certificates.new_number', helper: 'jiandu.certificates.new_number_helper' },
    ],
    toVariables: (v, t) => ({ id: t.id, version: t.version, reason: text(v.reason), newNumber: opt(v.newNumber) }),
    success: 'jiandu.certificates.done.RENEW',
  }),
  REVOKE: spec({
    method: 'revokeCertificate',
    fields: [
      { name: 'reason', label: 'jiandu.certificates.facts', required: true, multiline: true },
      { name: 'basis', label: 'jiandu.certificates.basis', required: true, helper: 'jiandu.certificates.revoke_basis_helper' },
    ],
    toVariables: (v, t) => ({ id: t.id, version: t.version, reason: text(v.reason), basis: text(v.basis) }),
    success: 'jiandu.certificates.done.REVOKE',
    confirmation: 'jiandu.certificates.confirm_revoke',
    destructive: true,
  }),
  CANCEL: spec({
    method: 'cancelCertificate',
    fields: [
      { name: 'reason', label: 'jiandu.certificates.reason', required: true, multiline: true },
      { name: 'basis', label: 'jiandu.certificates.basis', helper: 'jiandu.certificates.cancel_basis_helper' },
    ],
    toVariables: (v, t) => ({ id: t.id, version: t.version, reason: text(v.reason), basis: opt(v.basis) }),
    success: 'jiandu.certificates.done.CANCEL',
    confirmation: 'jiandu.certificates.confirm_cancel',
    destructive: true,
  }),
  RECOVER: spec({
    method: 'recoverCertificate',
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
  const s = SPECS[action] as unknown as ActionSpec<Method>;
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const hasDate = s.fields.some((f) => f.type === 'date');
  const today = useToday(hasDate);
  const defaults = hasDate && !today ? undefined : Object.fromEntries(s.fields.map((f) => [f.name, f.type === 'date' ? (today ?? '') : '']));

  return (
    <ActionDialog<Record<string, string>, unknown>
      onClose={onClose}
      title={`jiandu.certificates.dialog.${action}`}
      titleArgs={{ number: target.number }}
      submitLabel={`jiandu.certificates.submit.${action}`}
      defaultValues={defaults}
      mutationFn={(values) => (dataProvider[s.method] as (params: unknown) => Promise<unknown>)(s.toVariables(values, target))}
      success={s.success}
      successArgs={{ number: target.number }}
      confirmation={s.confirmation ? () => translate(s.confirmation!, { number: target.number }) : undefined}
      destructive={s.destructive}
    >
      {s.fields.map((f, i) =>
        f.type === 'date' ? (
          <DateInput key={f.name} source={f.name} label={f.label} validate={f.required ? requiredText() : undefined} helperText={f.helper} />
        ) : (
          <TextInput
            key={f.name}
            source={f.name}
            label={f.label}
            validate={f.required ? requiredText() : undefined}
            multiline={f.multiline}
            minRows={f.multiline ? 2 : undefined}
            fullWidth
            autoFocus={i === 0}
            helperText={f.helper}
          />
        ),
      )}
    </ActionDialog>
  );
};
