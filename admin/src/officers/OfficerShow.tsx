import { Card, CardContent, Grid } from '@mui/material';
import {
  BooleanField,
  DataTable,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  useRecordContext,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { SectionTitle } from '../common/SectionTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import type { OfficerQuery } from '../gql/graphql';
import { CertificateCard } from './CertificateCard';

type OfficerRecord = OfficerQuery['officer'];

const OfficerTitle = () => {
  const record = useRecordContext<OfficerRecord>();
  return <span>{record?.name ?? ''}</span>;
};

const Profile = () => (
  <Card variant="outlined">
    <CardContent>
      <SectionTitle label="jiandu.officers.profile" />
      <SimpleShowLayout sx={{ p: 0 }}>
        <TextField source="listSeq" />
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

const Complaints = () => (
  <Card variant="outlined">
    <CardContent>
      <SectionTitle label="jiandu.officers.complaints" />
      <ReferenceManyField reference="complaints" target="officerId" sort={{ field: 'receivedAt', order: 'DESC' }} perPage={10} pagination={<Pagination />}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="number" />
          <DataTable.Col source="receivedAt" field={DateTimeField} />
          <DataTable.Col source="channel" disableSort>
            <EnumField source="channel" enumName="ComplaintChannel" />
          </DataTable.Col>
          <DataTable.Col source="content" disableSort />
          <DataTable.Col source="status">
            <EnumField source="status" enumName="ComplaintStatus" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </CardContent>
  </Card>
);

export const OfficerShow = () => (
  <Show queryOptions={showQueryOptions} title={<OfficerTitle />} component="div">
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Profile />
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <CertificateCard />
      </Grid>
      <Grid size={12}>
        <Complaints />
      </Grid>
    </Grid>
  </Show>
);
