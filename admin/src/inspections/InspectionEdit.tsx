import { Edit, SimpleForm } from 'react-admin';
import { showQueryOptions } from '../common/showQueryOptions';
import { InspectionInputs } from './InspectionInputs';

/** 修改现场监督安排 (only while planned; the supervised agency is fixed). pessimistic: a refusal keeps the form. */
export const InspectionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" queryOptions={showQueryOptions}>
    <SimpleForm sx={{ maxWidth: 860 }}>
      <InspectionInputs withAgency={false} />
    </SimpleForm>
  </Edit>
);
