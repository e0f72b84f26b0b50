import AssessmentIcon from '@mui/icons-material/Assessment';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Menu as RaMenu } from 'react-admin';

export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem primaryText="jiandu.menu.dashboard" />
    <RaMenu.ResourceItems />
    <RaMenu.Item to="/statistics" primaryText="jiandu.menu.statistics" leftIcon={<AssessmentIcon />} />
    <RaMenu.Item to="/public" primaryText="jiandu.menu.public_lookup" leftIcon={<VerifiedUserIcon />} />
  </RaMenu>
);
