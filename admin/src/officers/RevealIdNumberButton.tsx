/**
 * 查看完整身份证号 (certificate and agency administrators): the number is shown masked everywhere; the full
 * one is asked for on purpose, with a reason, after a warning that the server records who viewed it, when
 * and why (DESIGN "Personnel and credentials"; "Beyond the minimum": who viewed protected personal data).
 * The access log tab then shows the view.
 */
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { maxLength, TextInput, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useHasRole } from '../common/roles';
import type { JianduDataProvider } from '../dataProvider';
import type { OfficerQuery } from '../gql/graphql';

type OfficerRecord = OfficerQuery['officer'];

// The server refuses a reason shorter than 4 characters (access.rules.ts); checked here to say so at once.
const reasonLongEnough = (value: string | undefined) => (value && value.trim().length < 4 ? 'jiandu.officers.reveal_reason_short' : undefined);

const RevealDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  return (
    <ActionDialog<{ reason: string }, string | null>
      onClose={onClose}
      title="jiandu.officers.reveal_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.reveal_submit"
      defaultValues={{ reason: '' }}
      mutationFn={({ reason }) => dataProvider.revealIdNumber({ officerId: officer.id, reason: reason.trim() })}
      renderResult={(shown) =>
        shown === null ? (
          <Typography color="text.secondary">{translate('jiandu.officers.no_id_number')}</Typography>
        ) : (
          <Typography variant="h6" component="p" sx={{ fontFamily: 'monospace', letterSpacing: 1 }} data-testid="full-id-number">
            {shown}
          </Typography>
        )
      }
    >
      <Alert severity="warning">{translate('jiandu.officers.reveal_warning')}</Alert>
      <TextInput
        source="reason"
        label="jiandu.officers.reveal_reason"
        helperText="jiandu.officers.reveal_reason_helper"
        validate={[(v: string | undefined) => (v && v.trim() ? undefined : 'ra.validation.required'), reasonLongEnough, maxLength(200)]}
        multiline
        minRows={2}
        fullWidth
      />
    </ActionDialog>
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
