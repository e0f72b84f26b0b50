import BlockIcon from '@mui/icons-material/Block';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import DoNotDisturbOnIcon from '@mui/icons-material/DoNotDisturbOn';
import { Button } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { useHasRole } from '../common/roles';
import type { CertificateAction, CertificateQuery } from '../gql/graphql';
import { enumKey } from '../labels';
import { CertificateActionDialog, isSimpleAction } from './CertificateActionDialogs';
import { SuspendDialog } from './SuspendDialog';

type CertificateRecord = CertificateQuery['certificate'];

const ICONS: Record<CertificateAction, ReactElement> = {
  REVIEW: <EventAvailableIcon />,
  SUSPEND: <PauseCircleIcon />,
  LIFT: <PlayCircleIcon />,
  RENEW: <AutorenewIcon />,
  REVOKE: <BlockIcon />,
  CANCEL: <DoNotDisturbOnIcon />,
  RECOVER: <AssignmentReturnIcon />,
};

const DESTRUCTIVE = new Set<CertificateAction>(['REVOKE', 'CANCEL']);

/**
 * The buttons of exactly the actions the server allows now (`allowedActions`), for certificate
 * administrators only; each opens its dialog.
 */
export const CertificateActions = () => {
  const record = useRecordContext<CertificateRecord>();
  const translate = useTranslate();
  const isCertAdmin = useHasRole('CERT_ADMIN');
  const [open, setOpen] = useState<CertificateAction | null>(null);
  const { data: holder } = useGetOne('officers', { id: record?.officerId ?? '' }, { enabled: !!record && open === 'SUSPEND' });
  if (!record || !isCertAdmin) return null;
  const target = { id: record.id, number: record.number, version: record.version };
  const close = () => setOpen(null);
  return (
    <>
      {record.allowedActions.map((action) => (
        <Button
          key={action}
          size="small"
          variant={DESTRUCTIVE.has(action) ? 'outlined' : 'text'}
          color={DESTRUCTIVE.has(action) ? 'error' : 'primary'}
          startIcon={ICONS[action]}
          onClick={() => setOpen(action)}
          data-action={action}
        >
          {translate(enumKey('CertificateAction', action))}
        </Button>
      ))}
      {open === 'SUSPEND' && <SuspendDialog target={target} holderName={holder?.name as string | undefined} onClose={close} />}
      {open && isSimpleAction(open) && <CertificateActionDialog key={open} action={open} target={target} onClose={close} />}
    </>
  );
};
