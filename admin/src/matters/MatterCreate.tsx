import { Create, SimpleForm } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { MatterInputs } from './MatterInputs';

/** `#/matters/create?agencyId=…` (the 新增事项 button of an agency's list) starts with that agency. */
export const MatterCreate = () => {
  const agencyId = new URLSearchParams(useLocation().search).get('agencyId');
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ category: 'PUNISHMENT', agencyId: agencyId ?? undefined }} sx={{ maxWidth: 720 }}>
        <MatterInputs />
      </SimpleForm>
    </Create>
  );
};
