import { Box, Card, CardContent, Divider, Grid, Typography } from '@mui/material';
import { Link as MuiLink } from '@mui/material';
import { Labeled, RecordContextProvider, TextArrayField, TextField, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { ReviewChip } from '../certificates/ReviewChip';
import { CertificateHistory } from '../certificates/CertificateHistory';
import { CertificateQrCode } from '../certificates/CertificateQrCode';
import { CertificateStatusField } from '../certificates/CertificateStatusChip';
import { EnumField } from '../common/EnumField';
import { SectionTitle } from '../common/SectionTitle';
import type { OfficerQuery } from '../gql/graphql';

type OfficerRecord = OfficerQuery['officer'];

/** The officer's current certificate: its particulars, status chip, QR code and history. */
export const CertificateCard = () => {
  const officer = useRecordContext<OfficerRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const certificate = officer?.certificate;
  return (
    <Card variant="outlined">
      <CardContent>
        <SectionTitle label="jiandu.officers.certificate" />
        {!certificate ? (
          <Typography variant="body2" color="text.secondary">
            {translate('jiandu.officers.no_certificate')}
          </Typography>
        ) : (
          <RecordContextProvider value={certificate}>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, sm: 8 }}>
                <Grid container spacing={1}>
                  <Grid size={6}>
                    <Labeled resource="certificates" source="number">
                      <MuiLink component={Link} to={createPath({ resource: 'certificates', type: 'show', id: certificate.id })} variant="body2" data-testid="certificate-link">
                        {certificate.number}
                      </MuiLink>
                    </Labeled>
                  </Grid>
                  <Grid size={6}>
                    <Labeled resource="certificates">
                      <CertificateStatusField source="status" />
                    </Labeled>
                  </Grid>
                  <Grid size={6}>
                    <Labeled resource="certificates">
                      <EnumField source="kind" enumName="CertificateKind" />
                    </Labeled>
                  </Grid>
                  <Grid size={6}>
                    <Labeled resource="certificates">
                      <TextField source="region" />
                    </Labeled>
                  </Grid>
                  <Grid size={12}>
                    <Labeled resource="certificates">
                      <TextArrayField source="fields" />
                    </Labeled>
                  </Grid>
                  <Grid size={6}>
                    <Labeled resource="certificates">
                      <TextField source="issuedOn" />
                    </Labeled>
                  </Grid>
                  <Grid size={6}>
                    <Labeled resource="certificates">
                      <TextField source="validUntil" />
                    </Labeled>
                  </Grid>
                  <Grid size={12}>
                    <Labeled label="resources.certificates.fields.review">
                      <ReviewChip review={certificate.review} />
                    </Labeled>
                  </Grid>
                </Grid>
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }}>
                <CertificateQrCode number={certificate.number} size={96} />
              </Grid>
            </Grid>
            <Divider sx={{ my: 2 }} />
            <SectionTitle label="jiandu.certificates.history" />
            <Box>
              <CertificateHistory history={certificate.history?.items} />
            </Box>
          </RecordContextProvider>
        )}
      </CardContent>
    </Card>
  );
};
