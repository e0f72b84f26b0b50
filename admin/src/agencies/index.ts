import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { AgenciesQuery } from '../gql/graphql';
import { AgencyCreate } from './AgencyCreate';
import { AgencyEdit } from './AgencyEdit';
import { AgencyList } from './AgencyList';
import { AgencyShow } from './AgencyShow';

type AgencyRecord = AgenciesQuery['agencies']['items'][number];

export default {
  list: AgencyList,
  show: AgencyShow,
  create: AgencyCreate,
  edit: AgencyEdit,
  icon: AccountBalanceIcon,
  recordRepresentation: (record: AgencyRecord) => record.name,
};
