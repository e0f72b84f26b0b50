/**
 * 查看完整身份证号 (certificate and agency administrators): the number is shown masked everywhere; the full
 * one is asked for on purpose, with a reason, after a warning that the server records who viewed it, when
 * and why (DESIGN "Personnel and credentials"; "Beyond the minimum": who viewed protected personal data).
 * The access log tab then shows the view.
 */
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { CommandDialog } from '../common/CommandDialog';
import { useHasRole } from '../common/roles';
import { useCommand } from '../common/useCommand';
import { fieldErrors } from '../dataProvider/client';
import { RevealIdNumber } from '../dataProvider/officers';
import type { OfficerQuery } from '../gql/graphql';

type OfficerRecord = OfficerQuery['officer'];

const RevealDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const translate = useTranslate();
  const [shown, setShown] = useState<string | null | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  // The server refuses a reason shorter than 4 characters (access.rules.ts); checked here to say so at once.
  const tooShort = reason.trim().length < 4;
  const command = useCommand(RevealIdNumber);
  const server = fieldErrors(command.error);
  const helper = server.reason ?? (touched && tooShort ? translate(reason.trim() ? 'jiandu.officers.reveal_reason_short' : 'ra.validation.required') : translate('jiandu.officers.reveal_reason_helper'));
  return (
    <CommandDialog
      open
      onClose={onClose}
      title="jiandu.officers.reveal_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.reveal_submit"
      validate={() => {
        setTouched(true);
        return !tooShort;
      }}
      onSubmit={async () => {
        const result = await command.run({ officerId: officer.id, reason: reason.trim() });
        if (result) setShown(result.revealIdNumber.idNumber ?? null);
      }}
      isPending={command.isPending}
      error={command.error}
      result={
        shown === undefined ? undefined : shown === null ? (
          <Typography color="text.secondary">{translate('jiandu.officers.no_id_number')}</Typography>
        ) : (
          <Typography variant="h6" component="p" sx={{ fontFamily: 'monospace', letterSpacing: 1 }} data-testid="full-id-number">
            {shown}
          </Typography>
        )
      }
    >
      <Alert severity="warning">{translate('jiandu.officers.reveal_warning')}</Alert>
      <TextField
        name="reason"
        label={translate('jiandu.officers.reveal_reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
        multiline
        minRows={2}
        fullWidth
        margin="dense"
        slotProps={{ htmlInput: { maxLength: 200 } }}
        error={(touched && tooShort) || !!server.reason}
        helperText={helper}
      />
    </CommandDialog>
  );
};

export const RevealIdNumberButton = () => {
  const officer = useRecordContext<OfficerRecord>();
  const translate = useTranslate();
  const mayRead = useHasRole('CERT_ADMIN', 'AGENCY_ADMIN');
  const [open, setOpen] = useState(false);
  if (!officer || !mayRead || !officer.idNumberMasked) return null;
  return (
    <>
      <Button size="small" startIcon={<VisibilityIcon />} onClick={() => setOpen(true)}>
        {translate('jiandu.officers.reveal')}
      </Button>
      {open && <RevealDialog officer={officer} onClose={() => setOpen(false)} />}
    </>
  );
};
