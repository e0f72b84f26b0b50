import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import CampaignIcon from '@mui/icons-material/Campaign';
import type { FilingRowFragment, PublicationRowFragment } from '../gql/graphql';
import { FilingList } from './FilingList';
import { PublicationList } from './PublicationList';

/** 决定公示: the list only (a publication is read and acted on in its row and on its case's page). */
export const publications = {
  list: PublicationList,
  icon: CampaignIcon,
  recordRepresentation: (record: PublicationRowFragment) => record.caseNumber,
};

/** 重大执法决定备案: the list only, with the agency's filing period above it. */
export const filings = {
  list: FilingList,
  icon: AssignmentTurnedInIcon,
  recordRepresentation: (record: FilingRowFragment) => record.caseNumber,
};
