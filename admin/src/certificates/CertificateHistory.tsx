import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CertificateEventKind } from '../gql/graphql';
import { enumKey } from '../labels';

export interface HistoryEntry {
  id: string;
  kind: CertificateEventKind;
  effectiveFrom: string;
  effectiveUntil?: string | null;
  recordedAt: string;
  actorName?: string | null;
  reason?: string | null;
  basis?: string | null;
}

const DOT: Record<CertificateEventKind, string> = {
  ISSUED: 'success.main',
  RENEWED: 'success.main',
  REVIEWED: 'info.main',
  SUSPENSION_LIFTED: 'info.main',
  SUSPENDED: 'warning.main',
  REVOKED: 'error.main',
  CANCELLED: 'grey.500',
  RECOVERED: 'grey.500',
};

/** A certificate's history (oldest first, as the API gives it) as a simple vertical timeline. */
export const CertificateHistory = ({ history }: { history?: readonly HistoryEntry[] | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dateOf = (iso: string) =>
    new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Shanghai' });

  if (!history) return null;
  if (history.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('jiandu.certificates.no_history')}
      </Typography>
    );
  }
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={translate('jiandu.certificates.history')}>
      {history.map((entry, i) => (
        <Box component="li" key={entry.id} sx={{ display: 'flex', gap: 1.5 }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.75 }}>
            <Box sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: DOT[entry.kind] ?? 'grey.500' }} />
            {i < history.length - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 2 }}>
            <Typography variant="subtitle2" component="div">
              {dateOf(entry.effectiveFrom)} {translate(enumKey('CertificateEventKind', entry.kind))}
              {entry.effectiveUntil ? ` (${translate('jiandu.certificates.until', { date: dateOf(entry.effectiveUntil) })})` : ''}
            </Typography>
            {entry.reason && (
              <Typography variant="body2">
                {translate('jiandu.certificates.reason')}：{entry.reason}
              </Typography>
            )}
            {entry.basis && (
              <Typography variant="body2">
                {translate('jiandu.certificates.basis')}：{entry.basis}
              </Typography>
            )}
            <Typography variant="caption" color="text.secondary">
              {entry.actorName ? `${translate('jiandu.certificates.actor')}：${entry.actorName} · ` : ''}
              {translate('jiandu.certificates.recorded_at', { date: dateOf(entry.recordedAt) })}
            </Typography>
          </Box>
        </Box>
      ))}
    </Box>
  );
};
