import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { showQueryOptions } from '../common/showQueryOptions';
import type { ComplaintQuery } from '../gql/graphql';
import { IssueNoticeButton } from '../notices';

type ComplaintRecord = ComplaintQuery['complaint'];

const ComplaintTitle = () => {
  const record = useRecordContext<ComplaintRecord>();
  return <span>{record?.number ?? ''}</span>;
};

export const ComplaintShow = () => (
  <Show queryOptions={showQueryOptions} title={<ComplaintTitle />}>
    <SimpleShowLayout>
      <TextField source="number" />
      <DateTimeField source="receivedAt" />
      <EnumField source="channel" enumName="ComplaintChannel" />
      <BooleanField source="anonymous" />
      <TextField source="complainantName" emptyText="—" />
      <TextField source="complainantPhone" emptyText="—" />
      <ReferenceField source="agencyId" reference="agencies" link="show" />
      <ReferenceField source="officerId" reference="officers" link="show" emptyText="—" />
      <TextField source="content" sx={{ whiteSpace: 'pre-wrap' }} />
      <EnumField source="status" enumName="ComplaintStatus" />
      <TextField source="registeredBy" emptyText="—" />
      <IssueNoticeButton from="complaint" label={false} />
    </SimpleShowLayout>
  </Show>
);
