import { Box, Card, CardContent, Stack } from '@mui/material';
import { ReferenceField, Show, SimpleShowLayout, TextArrayField, TextField, useRecordContext } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { SectionTitle } from '../common/SectionTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import type { CertificateQuery } from '../gql/graphql';
import { CertificateHistory } from './CertificateHistory';
import { CertificateQrCode } from './CertificateQrCode';
import { CertificateStatusField } from './CertificateStatusChip';

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
        <CertificateHistory history={record.history} />
      </CardContent>
    </Card>
  );
};

const QrCode = () => {
  const record = useRecordContext<CertificateRecord>();
  return record ? <CertificateQrCode number={record.number} /> : null;
};

export const CertificateShow = () => (
  <Show queryOptions={showQueryOptions} title={<CertificateTitle />}>
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
          <DateTimeField source="updatedAt" />
        </SimpleShowLayout>
      </Box>
      <Box>
        <QrCode />
      </Box>
      <Box sx={{ flex: 1 }}>
        <HistoryCard />
      </Box>
    </Stack>
  </Show>
);
