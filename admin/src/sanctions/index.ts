import PersonOffIcon from '@mui/icons-material/PersonOff';
import type { SanctionSummaryFragment } from '../gql/graphql';
import { SanctionList } from './SanctionList';
import { SanctionShow } from './SanctionShow';

export { SanctionPrint } from './SanctionPrint';

export default {
  list: SanctionList,
  show: SanctionShow,
  icon: PersonOffIcon,
  recordRepresentation: (record: SanctionSummaryFragment) => record.number,
};
