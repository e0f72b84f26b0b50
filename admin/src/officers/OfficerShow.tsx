import { Card, CardContent, Grid } from '@mui/material';
import {
  BooleanField,
  EditButton,
  ListButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { SectionTitle } from '../common/SectionTitle';
import { RecordNameTitle } from '../common/RecordNameTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import type { OfficerQuery } from '../gql/graphql';
import { CertificateCard } from './CertificateCard';
import { EmploymentChangeButton } from './EmploymentChangeButton';
import { IssueCertificateButton } from './IssueCertificateButton';
import { OfficerRecords } from './OfficerRecords';
import { RevealIdNumberButton } from './RevealIdNumberButton';

type OfficerRecord = OfficerQuery['officer'];

const Profile = () => (
  <Card variant="outlined">
    <CardContent>
      <SectionTitle label="jiandu.officers.profile" />
      <SimpleShowLayout sx={{ p: 0 }}>
        <TextField source="listSeq" emptyText="—" />
        <TextField source="name" />
        <TextField source="idNumberMasked" emptyText="—" />
        <ReferenceField source="agencyId" reference="agencies" link="show" />
        <TextField source="post" emptyText="—" />
        <EnumField source="duties" enumName="Duty" chips />
        <TextArrayField source="fields" />
        <TextField source="region" />
        <EnumField source="employmentStatus" enumName="EmploymentStatus" />
        <BooleanField source="legalProfessionQualification" />
      </SimpleShowLayout>
    </CardContent>
  </Card>
);

/** Each domain action shows only to the roles the server lets do it. */
const OfficerShowActions = () => {
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      <IssueCertificateButton />
      <EmploymentChangeButton />
      <RevealIdNumberButton />
      {mayKeep && <EditButton />}
      <ListButton />
    </TopToolbar>
  );
};

export const OfficerShow = () => (
  <Show queryOptions={showQueryOptions} title={<RecordNameTitle />} component="div" actions={<OfficerShowActions />}>
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Profile />
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <CertificateCard />
      </Grid>
      <Grid size={12}>
        <OfficerRecords />
      </Grid>
    </Grid>
  </Show>
);
