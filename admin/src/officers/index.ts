import BadgeIcon from '@mui/icons-material/Badge';
import type { OfficersQuery } from '../gql/graphql';
import { OfficerCreate } from './OfficerCreate';
import { OfficerEdit } from './OfficerEdit';
import { OfficerList } from './OfficerList';
import { OfficerShow } from './OfficerShow';

type OfficerRecord = OfficersQuery['officers']['items'][number];

export default {
  list: OfficerList,
  show: OfficerShow,
  create: OfficerCreate,
  edit: OfficerEdit,
  icon: BadgeIcon,
  recordRepresentation: (record: OfficerRecord) => record.name,
};
