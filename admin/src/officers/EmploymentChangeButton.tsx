/**
 * 人员变动 (004 第十一条): the status after the change, the day it happened and a reason. The server dates
 * the report deadline (10 days, a policy) and flags a late report; the dialog shows both once recorded.
 * Leaving the enforcement post (调离, 离职) cancels the officer's certificates: the dialog warns first.
 */
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { DateInput, SelectInput, TextInput, required, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ActionDialog } from '../common/ActionDialog';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { useToday } from '../common/useToday';
import { optionalText } from '../common/validators';
import { ProvisionalChip } from '../certificates/CertificateHistory';
import type { JianduDataProvider } from '../dataProvider';
import type { EmploymentStatus, OfficerQuery, RecordEmploymentChangeMutation } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';

type OfficerRecord = OfficerQuery['officer'];
type Change = RecordEmploymentChangeMutation['recordEmploymentChange']['change'];

const LEAVING = new Set<EmploymentStatus>(['TRANSFERRED', 'LEFT']);

const Result = ({ change }: { change: Change }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} data-testid="employment-change-result">
      <Alert severity={change.late ? 'warning' : 'success'}>
        {translate(change.late ? 'jiandu.officers.change_late' : 'jiandu.officers.change_on_time')}
      </Alert>
      <Typography variant="body2">
        {translate('jiandu.officers.change_summary', { status: translate(enumKey('EmploymentStatus', change.toStatus)), date: change.effectiveOn })}
      </Typography>
      <Typography variant="body2">
        {translate('jiandu.officers.report_due', { date: change.reportDueOn })}
        {change.provisional && <ProvisionalChip />}
        {' · '}
        {translate('jiandu.officers.reported_on', { date: change.reportedOn })}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('jiandu.certificates.rule')}：{change.rule}
      </Typography>
    </Stack>
  );
};

interface ChangeValues {
  toStatus: EmploymentStatus | '';
  effectiveOn: string;
  reason: string;
}

/** Leaving the enforcement post (调离, 离职) while on duty cancels the officer's certificates (004 第十一条). */
const leaves = (officer: OfficerRecord, toStatus: ChangeValues['toStatus']) => !!toStatus && LEAVING.has(toStatus) && officer.employmentStatus === 'ON_DUTY';

const LeavingWarning = ({ officer }: { officer: OfficerRecord }) => {
  const translate = useTranslate();
  const toStatus = useWatch<ChangeValues, 'toStatus'>({ name: 'toStatus' });
  if (!leaves(officer, toStatus)) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1 }} data-testid="leaving-warning">
      {translate('jiandu.officers.leaving_warning')}
    </Alert>
  );
};

const EmploymentChangeDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const today = useToday();
  const choices = enumChoices('EmploymentStatus').filter((c) => c.id !== officer.employmentStatus);
  return (
    <ActionDialog<ChangeValues, RecordEmploymentChangeMutation['recordEmploymentChange']>
      onClose={onClose}
      title="jiandu.officers.change_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.change_submit"
      defaultValues={today ? { toStatus: '', effectiveOn: today, reason: '' } : undefined}
      mutationFn={(v) =>
        dataProvider.recordEmploymentChange({
          officerId: officer.id,
          version: officer.version,
          input: { toStatus: v.toStatus as EmploymentStatus, effectiveOn: v.effectiveOn, reason: optionalText(v.reason) },
        })
      }
      success="jiandu.officers.change_recorded"
      confirmation={(v) => (leaves(officer, v.toStatus) ? translate('jiandu.officers.leaving_confirm', { name: officer.name }) : undefined)}
      destructive={(v) => leaves(officer, v.toStatus)}
      renderResult={(result) => <Result change={result.change} />}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('jiandu.officers.current_status', { status: translate(enumKey('EmploymentStatus', officer.employmentStatus)) })}
      </Typography>
      <SelectInput source="toStatus" label="jiandu.officers.to_status" choices={choices} validate={required()} fullWidth />
      <LeavingWarning officer={officer} />
      <DateInput source="effectiveOn" label="jiandu.officers.effective_on" validate={required()} helperText="jiandu.officers.effective_on_helper" />
      <TextInput source="reason" label="jiandu.certificates.reason" multiline minRows={2} fullWidth helperText="jiandu.officers.change_reason_helper" />
    </ActionDialog>
  );
};

export const EmploymentChangeButton = () => {
  const officer = useRecordContext<OfficerRecord>();
  const translate = useTranslate();
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  const [open, setOpen] = useState(false);
  if (!officer || !mayKeep) return null;
  return (
    <>
      <Button size="small" startIcon={<SwapHorizIcon />} onClick={() => setOpen(true)}>
        {translate('jiandu.officers.change')}
      </Button>
      {open && <EmploymentChangeDialog officer={officer} onClose={() => setOpen(false)} />}
    </>
  );
};
