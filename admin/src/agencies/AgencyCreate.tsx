import { Create, SimpleForm } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { AgencyInputs } from './AgencyInputs';

/** `#/agencies/create?parentId=…` (the 新建下级 button of an agency page) starts under that agency. */
export const AgencyCreate = () => {
  const parentId = new URLSearchParams(useLocation().search).get('parentId');
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ fields: [], level: parentId ? 'PREFECTURE' : 'REGION', parentId: parentId ?? undefined }} sx={{ maxWidth: 720 }}>
        <AgencyInputs />
      </SimpleForm>
    </Create>
  );
};
