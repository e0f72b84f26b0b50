import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { AgenciesQuery } from '../gql/graphql';
import { AgencyList } from './AgencyList';
import { AgencyShow } from './AgencyShow';

type AgencyRecord = AgenciesQuery['agencies']['items'][number];

export default {
  list: AgencyList,
  show: AgencyShow,
  icon: AccountBalanceIcon,
  recordRepresentation: (record: AgencyRecord) => record.name,
};
