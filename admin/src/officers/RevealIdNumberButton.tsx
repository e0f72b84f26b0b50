/**
 * 查看完整身份证号 (certificate and agency administrators): the number is shown masked everywhere; the full
 * one is asked for on purpose, after a warning that the server records who viewed it and when (DESIGN
 * "An audit trail … who viewed protected personal data"). The access log tab then shows the view.
 */
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { CommandDialog } from '../common/CommandDialog';
import { useHasRole } from '../common/roles';
import { useCommand } from '../common/useCommand';
import { OfficerIdNumberQuery } from '../dataProvider/officers';
import type { OfficerQuery } from '../gql/graphql';

type OfficerRecord = OfficerQuery['officer'];

const RevealDialog = ({ officer, onClose }: { officer: OfficerRecord; onClose(): void }) => {
  const translate = useTranslate();
  const [shown, setShown] = useState<string | null | undefined>(undefined);
  const command = useCommand(OfficerIdNumberQuery);
  return (
    <CommandDialog
      open
      onClose={onClose}
      title="jiandu.officers.reveal_title"
      titleArgs={{ name: officer.name }}
      submitLabel="jiandu.officers.reveal_submit"
      onSubmit={async () => {
        const result = await command.run({ id: officer.id });
        if (result) setShown(result.officer.idNumber ?? null);
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
