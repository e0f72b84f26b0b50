import GavelIcon from '@mui/icons-material/Gavel';
import type { SanctionSummaryFragment } from '../gql/graphql';
import { SanctionList } from './SanctionList';
import { SanctionShow } from './SanctionShow';

export { SanctionPrint } from './SanctionPrint';

export default {
  list: SanctionList,
  show: SanctionShow,
  icon: GavelIcon,
  recordRepresentation: (record: SanctionSummaryFragment) => record.number,
};
