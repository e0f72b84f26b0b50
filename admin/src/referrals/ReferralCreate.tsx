import { Create, SimpleForm } from 'react-admin';
import { getSession } from '../session';
import { ReferralInputs } from './ReferralInputs';

/** 拟制问题线索移送: a draft, numbered only when sent; from an inspection's page it starts with that inspection and its agency. */
export const ReferralCreate = () => {
  const agencyId = getSession()?.user.agencyId ?? undefined;
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ clueKind: 'DUTY_OFFENCE', recipientKind: 'SUPERVISORY_COMMISSION', agencyId, officerIds: [], complaintIds: [], caseIds: [] }} sx={{ maxWidth: 860 }}>
        <ReferralInputs />
      </SimpleForm>
    </Create>
  );
};
