import PanToolOutlinedIcon from '@mui/icons-material/PanToolOutlined';
import type { RecusalFieldsFragment } from '../gql/graphql';
import { RecusalList } from './RecusalList';

export default {
  list: RecusalList,
  icon: PanToolOutlinedIcon,
  recordRepresentation: (record: RecusalFieldsFragment) => record.officerName ?? record.officerId,
};
