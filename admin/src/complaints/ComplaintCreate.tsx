import { Create, SimpleForm } from 'react-admin';
import { ComplaintInputs } from './ComplaintInputs';

export const ComplaintCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ channel: 'PHONE', anonymous: false }} sx={{ maxWidth: 720 }}>
      <ComplaintInputs />
    </SimpleForm>
  </Create>
);
