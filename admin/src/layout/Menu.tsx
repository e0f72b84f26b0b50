import FactCheckIcon from '@mui/icons-material/FactCheck';
import PublicIcon from '@mui/icons-material/Public';
import AssessmentIcon from '@mui/icons-material/Assessment';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Menu as RaMenu } from 'react-admin';
import { useHasRole } from '../common/roles';

export const Menu = () => {
  // 法制审核待办: the reviewers' work; agency administrators and supervisors follow it read-only.
  const seesReviewQueue = useHasRole('LEGAL_REVIEWER', 'AGENCY_ADMIN', 'SUPERVISOR');
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="jiandu.menu.dashboard" />
      <RaMenu.ResourceItems />
      {seesReviewQueue && <RaMenu.Item to="/legal-review" primaryText="jiandu.menu.legal_review" leftIcon={<FactCheckIcon />} />}
      <RaMenu.Item to="/statistics" primaryText="jiandu.menu.statistics" leftIcon={<AssessmentIcon />} />
      <RaMenu.Item to="/public" primaryText="jiandu.menu.public_lookup" leftIcon={<VerifiedUserIcon />} />
      <RaMenu.Item to="/public/decisions" primaryText="jiandu.menu.public_decisions" leftIcon={<PublicIcon />} />
    </RaMenu>
  );
};
