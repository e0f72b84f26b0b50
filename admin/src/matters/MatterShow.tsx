import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { showQueryOptions } from '../common/showQueryOptions';

export const MatterShow = () => (
  <Show queryOptions={showQueryOptions}>
    <SimpleShowLayout>
      <TextField source="listSeq" emptyText="—" />
      <EnumField source="category" enumName="MatterCategory" />
      <TextField source="name" />
      <TextField source="legalBasis" />
      <ReferenceField source="agencyId" reference="agencies" link="show" />
      <TextField source="field" emptyText="—" />
      <TextField source="unit" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
