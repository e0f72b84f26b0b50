import { Chip, type ChipProps } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import type { CertificateStatus } from '../gql/graphql';
import { enumKey } from '../labels';

/**
 * Green when the holder may enforce; orange while suspended or the periodic review is overdue (both end
 * when something happens); red when revoked; grey when cancelled or expired.
 */
const COLOURS: Record<CertificateStatus, ChipProps['color']> = {
  VALID: 'success',
  NOT_YET_VALID: 'info',
  SUSPENDED: 'warning',
  REVIEW_OVERDUE: 'warning',
  REVOKED: 'error',
  CANCELLED: 'default',
  EXPIRED: 'default',
};

export const CertificateStatusChip = ({ status, size = 'small' }: { status: CertificateStatus; size?: ChipProps['size'] }) => {
  const translate = useTranslate();
  return <Chip size={size} color={COLOURS[status] ?? 'default'} label={translate(enumKey('CertificateStatus', status))} data-status={status} />;
};

/** The status of the record in context as a chip (e.g. `status`, or `certificate.status` on an officer). */
export const CertificateStatusField = ({ source = 'status' }: { source?: string; label?: string }) => {
  const status = useFieldValue({ source }) as CertificateStatus | null | undefined;
  const translate = useTranslate();
  if (!status) return <span>{translate('jiandu.common.none')}</span>;
  return <CertificateStatusChip status={status} />;
};
