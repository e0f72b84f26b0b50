import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { showQueryOptions } from '../common/showQueryOptions';
import { useEditRefusal } from '../common/serverErrors';
import { AgencyInputs } from './AgencyInputs';

/** Records are never deleted (they change status), so the toolbar has no delete button. */
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Pessimistic: the server validates and may refuse a stale version, so nothing is shown as saved before it agrees. */
export const AgencyEdit = () => {
  const onError = useEditRefusal();
  return (
    <Edit queryOptions={showQueryOptions} mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
      <SimpleForm sx={{ maxWidth: 720 }} toolbar={<EditToolbar />}>
        <AgencyInputs />
      </SimpleForm>
    </Edit>
  );
};
