import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';

export const MatterShow = () => (
  <Show>
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
