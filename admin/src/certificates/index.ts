import CardMembershipIcon from '@mui/icons-material/CardMembership';
import type { CertificatesQuery } from '../gql/graphql';
import { CertificateList } from './CertificateList';
import { CertificateShow } from './CertificateShow';

type CertificateRecord = CertificatesQuery['certificates']['items'][number];

export default {
  list: CertificateList,
  show: CertificateShow,
  icon: CardMembershipIcon,
  recordRepresentation: (record: CertificateRecord) => record.number,
};
