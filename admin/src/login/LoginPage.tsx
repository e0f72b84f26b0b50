import PublicIcon from '@mui/icons-material/Public';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Box, Link, Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

/** react-admin's login form under the platform's name, with the way to the public lookup for citizens. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Typography variant="h6" component="h1" align="center" sx={{ px: 2 }}>
        {translate('jiandu.title')}
      </Typography>
      <LoginForm />
      <Box sx={{ textAlign: 'center', pb: 2 }}>
        <Link component={RouterLink} to="/public" variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <VerifiedUserIcon fontSize="small" />
          {translate('jiandu.login.public_lookup')}
        </Link>
        <br />
        <Link component={RouterLink} to="/public/decisions" variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mt: 1 }}>
          <PublicIcon fontSize="small" />
          {translate('jiandu.login.public_decisions')}
        </Link>
      </Box>
    </Login>
  );
};
