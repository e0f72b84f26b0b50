/**
 * 查看完整身份证号 (certificate and agency administrators): the number is shown masked everywhere; the full
 * one is asked for on purpose, after a warning that the server records who viewed it and when (DESIGN
 * "An audit trail … who viewed protected personal data"). The access log tab then shows the view.
 */
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useHasRole } from '../common/roles';
import type { JianduDataProvider } from '../dataProvider';
import type { OfficerQuery } from '../gql/graphql';

type OfficerRecord = OfficerQuery['officer'];

const RevealDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  return (
    <ActionDialog<Record<string, never>, string | null>
      onClose={onClose}
      title="jiandu.officers.reveal_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.reveal_submit"
      defaultValues={{}}
      mutationFn={() => dataProvider.revealIdNumber({ id: officer.id })}
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
