import FeedbackIcon from '@mui/icons-material/Feedback';
import type { ComplaintsQuery } from '../gql/graphql';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintList } from './ComplaintList';
import { ComplaintShow } from './ComplaintShow';

type ComplaintRecord = ComplaintsQuery['complaints']['items'][number];

export default {
  list: ComplaintList,
  show: ComplaintShow,
  create: ComplaintCreate,
  icon: FeedbackIcon,
  recordRepresentation: (record: ComplaintRecord) => record.number,
};
