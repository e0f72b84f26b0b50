import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { showQueryOptions } from '../common/showQueryOptions';
import { useEditRefusal } from '../common/serverErrors';
import { MatterInputs } from './MatterInputs';

/** Matters are retired, never deleted: the toolbar has no delete button. */
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Pessimistic: the server validates and may refuse a stale version or a retired matter. */
export const MatterEdit = () => {
  const onError = useEditRefusal();
  return (
    <Edit queryOptions={showQueryOptions} mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
      <SimpleForm sx={{ maxWidth: 720 }} toolbar={<EditToolbar />}>
        <MatterInputs />
      </SimpleForm>
    </Edit>
  );
};
