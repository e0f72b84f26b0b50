import GavelIcon from '@mui/icons-material/Gavel';
import type { MattersQuery } from '../gql/graphql';
import { MatterList } from './MatterList';
import { MatterShow } from './MatterShow';

type MatterRecord = MattersQuery['matters']['items'][number];

export default {
  list: MatterList,
  show: MatterShow,
  icon: GavelIcon,
  recordRepresentation: (record: MatterRecord) => (record.listSeq != null ? `${record.listSeq}. ${record.name}` : record.name),
};
