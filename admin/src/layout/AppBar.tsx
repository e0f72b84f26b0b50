import { Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';

/** The platform's name, then the page title; react-admin's toolbar keeps the locale switcher (中文 / English). */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar color="primary">
      <Typography variant="h6" component="span" sx={{ fontWeight: 500, mr: 2, whiteSpace: 'nowrap' }}>
        {translate('jiandu.title')}
      </Typography>
      <TitlePortal variant="subtitle1" />
    </RaAppBar>
  );
};
