import { Create, SimpleForm } from 'react-admin';
import { useToday } from '../common/useToday';
import { getSession } from '../session';
import { InspectionInputs } from './InspectionInputs';

/** 计划现场监督: today by the server's clock, the caller's own agency and himself as the first supervisor, by default. */
export const InspectionCreate = () => {
  const today = useToday();
  const user = getSession()?.user;
  if (!today) return null;
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ date: today, agencyId: user?.agencyId ?? undefined, supervisorIds: user?.officerId ? [user.officerId] : [], contents: [] }} sx={{ maxWidth: 860 }}>
        <InspectionInputs withAgency />
      </SimpleForm>
    </Create>
  );
};
