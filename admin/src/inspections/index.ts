import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import type { InspectionRowFragment } from '../gql/graphql';
import { InspectionCreate } from './InspectionCreate';
import { InspectionEdit } from './InspectionEdit';
import { InspectionList } from './InspectionList';
import { InspectionShow } from './InspectionShow';

export default {
  list: InspectionList,
  show: InspectionShow,
  create: InspectionCreate,
  edit: InspectionEdit,
  icon: FactCheckOutlinedIcon,
  recordRepresentation: (record: InspectionRowFragment) => record.title,
};
