import PublicIcon from '@mui/icons-material/Public';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Menu as RaMenu } from 'react-admin';

export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem primaryText="jiandu.menu.dashboard" />
    <RaMenu.ResourceItems />
    <RaMenu.Item to="/public" primaryText="jiandu.menu.public_lookup" leftIcon={<VerifiedUserIcon />} />
    <RaMenu.Item to="/public/decisions" primaryText="jiandu.menu.public_decisions" leftIcon={<PublicIcon />} />
  </RaMenu>
);
