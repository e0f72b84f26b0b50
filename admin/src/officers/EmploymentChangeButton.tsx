/**
 * 人员变动 (004 第十一条): the status after the change, the day it happened and a reason. The server dates
 * the report deadline (10 days, a policy) and flags a late report; the dialog shows both once recorded.
 * Leaving the enforcement post (调离, 离职) cancels the officer's certificates: the dialog warns first.
 */
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Alert, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { CommandDialog } from '../common/CommandDialog';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { useToday } from '../common/useApiQuery';
import { useCommand } from '../common/useCommand';
import { ProvisionalChip } from '../certificates/CertificateHistory';
import { fieldErrors } from '../dataProvider/client';
import { RecordEmploymentChange } from '../dataProvider/officers';
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

const EmploymentChangeDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const translate = useTranslate();
  const today = useToday();
  const choices = enumChoices('EmploymentStatus').filter((c) => c.id !== officer.employmentStatus);
  const [toStatus, setToStatus] = useState<EmploymentStatus | ''>('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState<Change | null>(null);
  const command = useCommand(RecordEmploymentChange, { success: 'jiandu.officers.change_recorded' });

  useEffect(() => {
    if (today) setEffectiveOn((d) => d || today);
  }, [today]);

  const server = fieldErrors(command.error);
  const leaving = !!toStatus && LEAVING.has(toStatus) && officer.employmentStatus === 'ON_DUTY';
  return (
    <CommandDialog
      open
      onClose={onClose}
      title="jiandu.officers.change_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.change_submit"
      validate={() => {
        setTouched(true);
        return !!toStatus && !!effectiveOn;
      }}
      confirmation={leaving ? translate('jiandu.officers.leaving_confirm', { name: officer.name }) : undefined}
      destructive={leaving}
      onSubmit={async () => {
        const result = await command.run({
          officerId: officer.id,
          version: officer.version,
          input: { toStatus: toStatus as EmploymentStatus, effectiveOn, reason: reason.trim() || null },
        });
        if (result) setDone(result.recordEmploymentChange.change);
      }}
      isPending={command.isPending}
      error={command.error}
      result={done ? <Result change={done} /> : undefined}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('jiandu.officers.current_status', { status: translate(enumKey('EmploymentStatus', officer.employmentStatus)) })}
      </Typography>
      <TextField
        select
        name="toStatus"
        label={translate('jiandu.officers.to_status')}
        value={toStatus}
        onChange={(e) => setToStatus(e.target.value as EmploymentStatus)}
        required
        fullWidth
        margin="dense"
        error={(touched && !toStatus) || !!server.toStatus}
        helperText={server.toStatus ?? (touched && !toStatus ? translate('ra.validation.required') : ' ')}
      >
        {choices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </TextField>
      {leaving && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="leaving-warning">
          {translate('jiandu.officers.leaving_warning')}
        </Alert>
      )}
      <TextField
        name="effectiveOn"
        type="date"
        label={translate('jiandu.officers.effective_on')}
        value={effectiveOn}
        onChange={(e) => setEffectiveOn(e.target.value)}
        required
        margin="dense"
        error={(touched && !effectiveOn) || !!server.effectiveOn}
        helperText={server.effectiveOn ?? translate('jiandu.officers.effective_on_helper')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        name="reason"
        label={translate('jiandu.certificates.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        fullWidth
        multiline
        minRows={2}
        margin="dense"
        helperText={server.reason ?? translate('jiandu.officers.change_reason_helper')}
      />
    </CommandDialog>
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
