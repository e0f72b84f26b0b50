import { Edit, SimpleForm } from 'react-admin';
import { showQueryOptions } from '../common/showQueryOptions';
import { ReferralInputs } from './ReferralInputs';

/** 修改移送草稿 (only before it is sent). */
export const ReferralEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" queryOptions={showQueryOptions}>
    <SimpleForm sx={{ maxWidth: 860 }}>
      <ReferralInputs />
    </SimpleForm>
  </Edit>
);
