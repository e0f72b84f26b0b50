import GavelIcon from '@mui/icons-material/Gavel';
import type { MattersQuery } from '../gql/graphql';
import { MatterCreate } from './MatterCreate';
import { MatterEdit } from './MatterEdit';
import { MatterList } from './MatterList';
import { MatterShow } from './MatterShow';

type MatterRecord = MattersQuery['matters']['items'][number];

export default {
  list: MatterList,
  show: MatterShow,
  create: MatterCreate,
  edit: MatterEdit,
  icon: GavelIcon,
  recordRepresentation: (record: MatterRecord) => (record.listSeq != null ? `${record.listSeq}. ${record.name}` : record.name),
};
