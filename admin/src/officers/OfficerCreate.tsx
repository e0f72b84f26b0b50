import { Create, SimpleForm } from 'react-admin';
import { OfficerInputs } from './OfficerInputs';

export const OfficerCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ duties: ['ENFORCEMENT'], fields: [], legalProfessionQualification: false }} sx={{ maxWidth: 720 }}>
      <OfficerInputs />
    </SimpleForm>
  </Create>
);
