import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import BadgeIcon from '@mui/icons-material/Badge';
import FeedbackIcon from '@mui/icons-material/Feedback';
import GavelIcon from '@mui/icons-material/Gavel';
import { Box, Card, CardActionArea, CardContent, Grid, Skeleton, Stack, Typography } from '@mui/material';
import type { ComponentType } from 'react';
import { Title, useCreatePath, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { REF_PROJECTION } from '../dataProvider';
import { getSession } from '../session';
import { RadarPanel } from './RadarPanel';
import { WarningsPanel } from './WarningsPanel';
import { DashboardFigures } from './DashboardFigures';

interface CountCardProps {
  resource: string;
  label: string;
  icon: ComponentType<{ fontSize?: 'large'; color?: 'primary' }>;
}

/** One figure of the dashboard: the `total` of a one-row page of the list (its light projection). */
const CountCard = ({ resource, label, icon: Icon }: CountCardProps) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  // react-admin renders the dashboard while it checks the session: with none, ask nothing.
  const { total, isPending, error } = useGetList(
    resource,
    { pagination: { page: 1, perPage: 1 }, meta: REF_PROJECTION },
    { enabled: getSession() !== null },
  );
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardActionArea component={Link} to={createPath({ resource, type: 'list' })} sx={{ height: '100%' }}>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Icon fontSize="large" color="primary" />
            <Box>
              <Typography variant="body2" color="text.secondary">
                {translate(label)}
              </Typography>
              <Typography variant="h4" component="p" data-testid={`count-${resource}`}>
                {isPending ? <Skeleton width={48} /> : error ? translate('jiandu.dashboard.unavailable') : (total ?? 0)}
              </Typography>
            </Box>
          </Stack>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="jiandu.menu.dashboard" />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('jiandu.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        {translate('jiandu.dashboard.subtitle')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <CountCard resource="officers" label="jiandu.dashboard.officers" icon={BadgeIcon} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <CountCard resource="agencies" label="jiandu.dashboard.agencies" icon={AccountBalanceIcon} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <CountCard resource="matters" label="jiandu.dashboard.matters" icon={GavelIcon} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <CountCard resource="complaints" label="jiandu.dashboard.complaints" icon={FeedbackIcon} />
        </Grid>
      </Grid>
      <RadarPanel />
      <WarningsPanel />
      <DashboardFigures />
    </Box>
  );
};
