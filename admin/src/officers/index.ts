import BadgeIcon from '@mui/icons-material/Badge';
import type { OfficersQuery } from '../gql/graphql';
import { OfficerList } from './OfficerList';
import { OfficerShow } from './OfficerShow';

type OfficerRecord = OfficersQuery['officers']['items'][number];

export default {
  list: OfficerList,
  show: OfficerShow,
  icon: BadgeIcon,
  recordRepresentation: (record: OfficerRecord) => record.name,
};
