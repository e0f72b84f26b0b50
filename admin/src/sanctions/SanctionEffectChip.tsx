/**
 * What a 暂扣 or 吊销 did to the certificate (personnel's answer, `Sanction.effect`): 待生效 (yellow, personnel has
 * not answered yet), 已生效 — the certificate number and the suspension's period, or the day of revocation (green),
 * 未生效 with personnel's reason (red). The number links to the certificate page. Nothing for the kinds that do
 * not reach the certificate.
 */
import { Chip, Link, Stack, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { SanctionSummaryFragment } from '../gql/graphql';

type Effect = SanctionSummaryFragment['effect'];

export const SanctionEffectChip = ({ effect, kind, withLink = true }: { effect: Effect | null | undefined; kind: SanctionSummaryFragment['kind']; withLink?: boolean }) => {
  const translate = useTranslate();
  if (!effect) {
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        {translate('jiandu.sanctions.no_effect')}
      </Typography>
    );
  }
  const stop = (e: MouseEvent) => e.stopPropagation();
  const certificate =
    effect.certificateNumber && effect.certificateId && withLink ? (
      <Link component={RouterLink} to={`/certificates/${effect.certificateId}/show`} onClick={stop} variant="body2" data-testid="sanction-certificate-link">
        {effect.certificateNumber}
      </Link>
    ) : (
      effect.certificateNumber
    );
  if (effect.state === 'PENDING') {
    return <Chip size="small" color="warning" variant="outlined" label={translate('enums.SanctionEffectState.PENDING')} title={translate('jiandu.sanctions.effect_pending_hint')} data-testid="sanction-effect" data-state="PENDING" />;
  }
  if (effect.state === 'NOT_APPLIED') {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} component="span" data-testid="sanction-effect" data-state="NOT_APPLIED">
        <Chip size="small" color="error" label={translate('enums.SanctionEffectState.NOT_APPLIED')} />
        <Typography variant="body2" component="span" color="error.main">
          {effect.reason}
        </Typography>
      </Stack>
    );
  }
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} component="span" data-testid="sanction-effect" data-state="APPLIED">
      <Chip size="small" color="success" label={translate('enums.SanctionEffectState.APPLIED')} />
      <Typography variant="body2" component="span">
        {certificate}
        {' · '}
        {kind === 'SUSPEND_CERTIFICATE'
          ? translate('jiandu.sanctions.suspension_period', { start: effect.startsOn ?? '', end: effect.endsOn ?? '' })
          : translate('jiandu.sanctions.revoked_from', { start: effect.startsOn ?? '' })}
      </Typography>
    </Stack>
  );
};
