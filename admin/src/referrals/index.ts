import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import type { ReferralFieldsFragment } from '../gql/graphql';
import { ReferralCreate } from './ReferralCreate';
import { ReferralEdit } from './ReferralEdit';
import { ReferralList } from './ReferralList';
import { ReferralShow } from './ReferralShow';

export { ReferralPrint } from './ReferralPrint';

export default {
  list: ReferralList,
  show: ReferralShow,
  create: ReferralCreate,
  edit: ReferralEdit,
  icon: ForwardToInboxIcon,
  recordRepresentation: (record: ReferralFieldsFragment) => record.number ?? record.recipientName,
};
