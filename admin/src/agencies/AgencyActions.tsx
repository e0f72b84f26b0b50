/**
 * 确认主体资格 and 公告 (004 第十条), for certificate administrators: each shown only when the agency's state
 * allows it (confirm once; publish once, after confirmation), each sending the version the page shows.
 */
import CampaignIcon from '@mui/icons-material/Campaign';
import VerifiedIcon from '@mui/icons-material/Verified';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useHasRole } from '../common/roles';
import type { JianduDataProvider } from '../dataProvider';
import type { AgencyQuery } from '../gql/graphql';

type AgencyRecord = AgencyQuery['agency'];

const ConfirmDialog = ({ agency, onClose }: { agency: AgencyRecord; onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  return (
    <ActionDialog
      onClose={onClose}
      title="jiandu.agencies.confirm_title"
      titleArgs={{ name: agency.name }}
      submitLabel="jiandu.agencies.confirm"
      defaultValues={{}}
      mutationFn={() => dataProvider.confirmAgencyQualification({ id: agency.id, version: agency.version })}
      success="jiandu.agencies.confirmed"
      successArgs={{ name: agency.name }}
    >
      <Typography variant="body2">{translate('jiandu.agencies.confirm_text', { name: agency.name })}</Typography>
    </ActionDialog>
  );
};

const PublishDialog = ({ agency, onClose }: { agency: AgencyRecord; onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  return (
    <ActionDialog
      onClose={onClose}
      title="jiandu.agencies.publish_title"
      titleArgs={{ name: agency.name }}
      submitLabel="jiandu.agencies.publish"
      defaultValues={{}}
      mutationFn={() => dataProvider.publishAgency({ id: agency.id, version: agency.version })}
      success="jiandu.agencies.published_done"
      successArgs={{ name: agency.name }}
    >
      <Typography variant="body2">{translate('jiandu.agencies.publish_text', { name: agency.name })}</Typography>
    </ActionDialog>
  );
};

export const AgencyQualificationButtons = () => {
  const agency = useRecordContext<AgencyRecord>();
  const translate = useTranslate();
  const isCertAdmin = useHasRole('CERT_ADMIN');
  const [open, setOpen] = useState<'confirm' | 'publish' | null>(null);
  if (!agency || !isCertAdmin) return null;
  return (
    <>
      {!agency.qualificationConfirmed && (
        <Button size="small" startIcon={<VerifiedIcon />} onClick={() => setOpen('confirm')}>
          {translate('jiandu.agencies.confirm')}
        </Button>
      )}
      {agency.qualificationConfirmed && !agency.publishedAt && (
        <Button size="small" startIcon={<CampaignIcon />} onClick={() => setOpen('publish')}>
          {translate('jiandu.agencies.publish')}
        </Button>
      )}
      {open === 'confirm' && <ConfirmDialog agency={agency} onClose={() => setOpen(null)} />}
      {open === 'publish' && <PublishDialog agency={agency} onClose={() => setOpen(null)} />}
    </>
  );
};
