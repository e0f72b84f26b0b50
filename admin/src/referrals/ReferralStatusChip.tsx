import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReferralStatus } from '../gql/graphql';
import { enumKey } from '../labels';

const COLOR: Record<ReferralStatus, 'default' | 'info' | 'success' | 'warning'> = { DRAFT: 'default', SENT: 'warning', ACKNOWLEDGED: 'info', REPLIED: 'success' };

export const ReferralStatusChip = ({ status }: { status: ReferralStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOR[status]} label={translate(enumKey('ReferralStatus', status))} data-testid="referral-status" data-status={status} />;
};
