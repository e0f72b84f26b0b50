import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { SectionTitle } from '../common/SectionTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import type { CertificateQuery } from '../gql/graphql';
import { CertificateActions } from './CertificateActions';
import { CertificateHistory, ProvisionalChip } from './CertificateHistory';
import { CertificateQrCode } from './CertificateQrCode';
import { CertificateStatusField } from './CertificateStatusChip';
import { ReviewChip } from './ReviewChip';

type CertificateRecord = CertificateQuery['certificate'];

const CertificateTitle = () => {
  const record = useRecordContext<CertificateRecord>();
  return <span>{record ? record.number : ''}</span>;
};

const HistoryCard = () => {
  const record = useRecordContext<CertificateRecord>();
  if (!record) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <SectionTitle label="jiandu.certificates.history" />
        <CertificateHistory history={record.history?.items} />
      </CardContent>
    </Card>
  );
};

const QrCode = () => {
  const record = useRecordContext<CertificateRecord>();
  return record ? <CertificateQrCode number={record.number} /> : null;
};

/** 年审 due date and state (yellow when due soon, red when overdue). */
const ReviewField = (_: { label?: string }) => {
  const record = useRecordContext<CertificateRecord>();
  return record ? <ReviewChip review={record.review} /> : null;
};

/** While suspended: the last day of the suspension in force (it ends by itself after that day). */
const ActiveSuspension = () => {
  const record = useRecordContext<CertificateRecord>();
  const translate = useTranslate();
  const s = record?.activeSuspension;
  if (!s?.endsOn) return null;
  return (
    <Labeled label="jiandu.certificates.active_suspension">
      <Typography variant="body2" component="span" data-testid="active-suspension" sx={{ color: 'warning.dark', fontWeight: 500 }}>
        {translate('jiandu.certificates.suspended_until', { date: s.endsOn })}
        {s.provisional && <ProvisionalChip />}
      </Typography>
    </Labeled>
  );
};

const CertificateShowActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
    <CertificateActions />
    <ListButton />
  </TopToolbar>
);

export const CertificateShow = () => (
  <Show queryOptions={showQueryOptions} title={<CertificateTitle />} actions={<CertificateShowActions />}>
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ p: 2 }}>
      <Box sx={{ flex: 1 }}>
        <SimpleShowLayout sx={{ p: 0 }}>
          <TextField source="number" />
          <EnumField source="kind" enumName="CertificateKind" />
          <ReferenceField source="officerId" reference="officers" link="show" />
          <TextArrayField source="fields" />
          <TextField source="region" />
          <TextField source="issuedOn" />
          <TextField source="validUntil" />
          <CertificateStatusField source="status" />
          <ActiveSuspension />
          <ReviewField label="resources.certificates.fields.review" />
          <DateTimeField source="updatedAt" />
        </SimpleShowLayout>
      </Box>
      <Box>
        <QrCode />
      </Box>
      <Box sx={{ flex: 1.3 }}>
        <HistoryCard />
      </Box>
    </Stack>
  </Show>
);
