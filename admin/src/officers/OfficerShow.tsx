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
  useRecordContext,
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
import { IssueSanctionButton } from '../sanctions/IssueSanctionDialog';

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

/** 提出处理 (004 第三十三条), for supervisors: the dialog names this officer. */
const OfficerSanctionButton = () => {
  const officer = useRecordContext<OfficerRecord>();
  return officer ? <IssueSanctionButton officerId={officer.id} /> : null;
};

/** Each domain action shows only to the roles the server lets do it. */
const OfficerShowActions = () => {
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      <IssueCertificateButton />
      <EmploymentChangeButton />
      <RevealIdNumberButton />
      <OfficerSanctionButton />
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
