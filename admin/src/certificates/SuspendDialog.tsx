/**
 * 暂扣3个月 (003 第4条; 004 第三十三条 for a supervision sanction): ground, first day (default: today by the
 * server's clock), facts, basis (required for a sanction). The period is the server's: the dialog shows
 * the end `suspensionPreview` computes for the chosen first day, live, and again on the confirmation
 * step before anything is sent.
 */
import { Box, FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, Skeleton, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { CommandDialog } from '../common/CommandDialog';
import { useApiQuery, useToday } from '../common/useApiQuery';
import { useCommand } from '../common/useCommand';
import { fieldErrors } from '../dataProvider/client';
import { SuspendCertificate, SuspensionPreviewQuery } from '../dataProvider/certificates';
import type { SuspensionGround } from '../gql/graphql';
import { enumChoices } from '../labels';
import type { ActionTarget } from './CertificateActionDialogs';
import { ServerError } from '../common/ServerError';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const SuspendDialog = ({ target, holderName, onClose }: { target: ActionTarget; holderName?: string; onClose(): void }) => {
  const translate = useTranslate();
  const today = useToday();
  const [ground, setGround] = useState<SuspensionGround | ''>('');
  const [startsOn, setStartsOn] = useState('');
  const [reason, setReason] = useState('');
  const [basis, setBasis] = useState('');
  const [touched, setTouched] = useState(false);
  const command = useCommand(SuspendCertificate, { success: 'jiandu.certificates.done.SUSPEND', successArgs: { number: target.number } });

  useEffect(() => {
    if (today) setStartsOn((s) => s || today);
  }, [today]);

  const validDate = DATE.test(startsOn);
  const preview = useApiQuery(SuspensionPreviewQuery, { id: target.id, startsOn }, { enabled: validDate });
  const period = validDate && preview.data?.suspensionPreview.startsOn === startsOn ? preview.data.suspensionPreview : undefined;

  const basisRequired = ground === 'SANCTION';
  const problems = {
    ground: !ground,
    startsOn: !validDate,
    reason: !reason.trim(),
    basis: basisRequired && !basis.trim(),
  };
  const server = fieldErrors(command.error);
  const helper = (field: keyof typeof problems, fallback = ' ') =>
    server[field] ?? (touched && problems[field] ? translate('ra.validation.required') : fallback === ' ' ? ' ' : translate(fallback));

  const periodText = period
    ? translate('jiandu.certificates.suspension_preview', { start: period.startsOn, end: period.endsOn, months: period.months })
    : '';

  return (
    <CommandDialog
      open
      onClose={onClose}
      title="jiandu.certificates.dialog.SUSPEND"
      titleArgs={{ number: target.number }}
      submitLabel="jiandu.certificates.submit.SUSPEND"
      validate={() => {
        setTouched(true);
        return !Object.values(problems).some(Boolean) && !!period;
      }}
      onSubmit={async () => {
        const result = await command.run({
          id: target.id,
          version: target.version,
          input: { ground: ground as SuspensionGround, startsOn, reason: reason.trim(), basis: basis.trim() || null },
        });
        if (result) onClose();
      }}
      confirmation={
        period && ground ? (
          <Box data-testid="suspension-confirmation">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('jiandu.certificates.confirm_suspend', { number: target.number, holder: holderName ?? '' })}
            </Typography>
            <Typography variant="subtitle2">{periodText}</Typography>
            <Typography variant="body2">
              {translate('jiandu.certificates.ground')}：{translate(`enums.SuspensionGround.${ground}`)}
            </Typography>
            <Typography variant="body2">
              {translate('jiandu.certificates.facts')}：{reason.trim()}
            </Typography>
            {basis.trim() && (
              <Typography variant="body2">
                {translate('jiandu.certificates.basis')}：{basis.trim()}
              </Typography>
            )}
          </Box>
        ) : (
          ' '
        )
      }
      isPending={command.isPending}
      error={command.error}
      maxWidth="md"
    >
      <FormControl error={(touched && problems.ground) || !!server.ground} required fullWidth margin="dense">
        <FormLabel id="suspension-ground">{translate('jiandu.certificates.ground')}</FormLabel>
        <RadioGroup aria-labelledby="suspension-ground" name="ground" value={ground} onChange={(e) => setGround(e.target.value as SuspensionGround)}>
          {enumChoices('SuspensionGround').map((c) => (
            <FormControlLabel key={c.id} value={c.id} control={<Radio size="small" />} label={translate(c.name)} />
          ))}
        </RadioGroup>
        <FormHelperText>{helper('ground')}</FormHelperText>
      </FormControl>
      <TextField
        name="startsOn"
        type="date"
        label={translate('jiandu.certificates.starts_on')}
        value={startsOn}
        onChange={(e) => setStartsOn(e.target.value)}
        required
        margin="dense"
        error={(touched && problems.startsOn) || !!server.startsOn}
        helperText={helper('startsOn', 'jiandu.certificates.starts_on_helper')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <Box sx={{ my: 1, p: 1.5, borderRadius: 1, bgcolor: 'rgba(237, 108, 2, 0.06)', border: 1, borderColor: 'warning.light' }} data-testid="suspension-preview" aria-live="polite">
        {!validDate ? (
          <Typography variant="body2" color="text.secondary">
            {translate('jiandu.certificates.preview_needs_date')}
          </Typography>
        ) : period ? (
          <>
            <Typography variant="subtitle1" component="p" sx={{ fontWeight: 500 }}>
              {periodText}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="p">
              {translate('jiandu.certificates.rule')}：{period.rule}
            </Typography>
          </>
        ) : preview.error ? (
          <ServerError error={preview.error} />
        ) : (
          <Skeleton width="60%" />
        )}
      </Box>
      <TextField
        name="reason"
        label={translate('jiandu.certificates.facts')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
        multiline
        minRows={2}
        fullWidth
        margin="dense"
        error={(touched && problems.reason) || !!server.reason}
        helperText={helper('reason')}
      />
      <TextField
        name="basis"
        label={translate('jiandu.certificates.basis')}
        value={basis}
        onChange={(e) => setBasis(e.target.value)}
        required={basisRequired}
        fullWidth
        margin="dense"
        error={(touched && problems.basis) || !!server.basis}
        helperText={helper('basis', basisRequired ? 'jiandu.certificates.sanction_basis_helper' : 'jiandu.certificates.basis_helper')}
      />
    </CommandDialog>
  );
};
