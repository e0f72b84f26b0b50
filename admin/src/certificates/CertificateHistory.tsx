import { Box, Chip, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CertificateEventKind, CertificateHistoryEntryFragment } from '../gql/graphql';
import { enumKey } from '../labels';

export type HistoryEntry = CertificateHistoryEntryFragment;

const DOT: Record<CertificateEventKind, string> = {
  ISSUED: 'success.main',
  RENEWED: 'success.main',
  REVIEWED: 'info.main',
  SUSPENSION_LIFTED: 'info.main',
  SUSPENDED: 'warning.main',
  REVOKED: 'error.main',
  CANCELLED: 'grey.500',
  RECOVERED: 'grey.500',
  DEADLINE_RECOMPUTED: 'info.main',
};

const CHINA = 'Asia/Shanghai';

/** 暂定: a date past the official holiday calendar, recomputed when a newer calendar is installed. */
export const ProvisionalChip = () => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color="warning"
      label={translate('jiandu.common.provisional')}
      title={translate('jiandu.common.provisional_hint')}
      sx={{ ml: 0.5, height: 20 }}
    />
  );
};

const Line = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" component="div">
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {translate(label)}：
      </Box>
      {children}
    </Typography>
  );
};

/**
 * A certificate's history (oldest first, as the API gives it) as a vertical timeline: what happened and
 * when it took effect, who recorded it, the reason and basis; for a suspension its ground, its last day
 * and the rule that set the period; provisional dates marked 暂定.
 */
export const CertificateHistory = ({ history }: { history?: readonly HistoryEntry[] | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = locale === 'en' ? 'en-GB' : 'zh-CN';
  const dateOf = (iso: string) => new Date(iso).toLocaleDateString(lang, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: CHINA });
  // An act that takes effect at the start of a day shows the day; one at a moment shows the time too.
  const effectiveOf = (iso: string) => {
    const d = new Date(iso);
    const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: CHINA });
    return time === '00:00' ? dateOf(iso) : `${dateOf(iso)} ${time}`;
  };

  if (!history) return null;
  if (history.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('jiandu.certificates.no_history')}
      </Typography>
    );
  }
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={translate('jiandu.certificates.history')} data-testid="certificate-history">
      {history.map((entry, i) => (
        <Box component="li" key={entry.id} sx={{ display: 'flex', gap: 1.5 }} data-kind={entry.kind}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.75 }}>
            <Box sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: DOT[entry.kind] ?? 'grey.500' }} />
            {i < history.length - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 2, minWidth: 0 }}>
            <Typography variant="subtitle2" component="div">
              {translate(enumKey('CertificateEventKind', entry.kind))}
              <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400, ml: 1 }}>
                {translate('jiandu.certificates.effective', { date: effectiveOf(entry.effectiveFrom) })}
              </Box>
            </Typography>
            {entry.ground && <Line label="jiandu.certificates.ground">{translate(enumKey('SuspensionGround', entry.ground))}</Line>}
            {entry.kind === 'SUSPENDED' && entry.endsOn && (
              <Line label="jiandu.certificates.suspension_period">
                {translate('jiandu.certificates.period', { start: dateOf(entry.effectiveFrom), end: entry.endsOn })}
                {entry.provisional && <ProvisionalChip />}
              </Line>
            )}
            {entry.kind !== 'SUSPENDED' && entry.effectiveUntil && (
              <Line label="jiandu.certificates.effective_until">{dateOf(entry.effectiveUntil)}</Line>
            )}
            {entry.validUntilAfter && <Line label="jiandu.certificates.valid_until_after">{entry.validUntilAfter}</Line>}
            {entry.reviewDueOn && (
              <Line label="jiandu.certificates.next_review">
                {entry.reviewDueOn}
                {entry.provisional && entry.kind !== 'SUSPENDED' && <ProvisionalChip />}
              </Line>
            )}
            {entry.reason && <Line label="jiandu.certificates.reason">{entry.reason}</Line>}
            {entry.basis && (
              <Line label="jiandu.certificates.basis">
                {entry.sanctionId ? (
                  <Link component={RouterLink} to={`/sanctions/${entry.sanctionId}/show`} data-testid="history-sanction-link">
                    {entry.basis}
                  </Link>
                ) : (
                  entry.basis
                )}
              </Line>
            )}
            {entry.rule && (
              <Typography variant="caption" component="div" color="text.secondary">
                {translate('jiandu.certificates.rule')}：{entry.rule}
              </Typography>
            )}
            <Typography variant="caption" color="text.secondary">
              {entry.actorName ? `${translate('jiandu.certificates.actor')}：${entry.actorName} · ` : ''}
              {translate('jiandu.certificates.recorded_at', { date: effectiveOf(entry.recordedAt) })}
            </Typography>
          </Box>
        </Box>
      ))}
    </Box>
  );
};
