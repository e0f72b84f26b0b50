import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ComplaintStatus } from '../gql/graphql';
import { enumKey } from '../labels';

const COLOR: Record<ComplaintStatus, 'default' | 'info' | 'primary' | 'warning' | 'success'> = {
  RECEIVED: 'info',
  ACCEPTED: 'primary',
  INVESTIGATING: 'warning',
  CONCLUDED: 'success',
  REJECTED: 'default',
};

/** 办理状态 as a chip: open ones in colour (待受理 blue, 已受理 dark blue, 调查核实中 amber), closed ones green or grey. */
export const ComplaintStatusChip = ({ status }: { status: ComplaintStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLOR[status]}
      variant={status === 'REJECTED' ? 'outlined' : 'filled'}
      label={translate(enumKey('ComplaintStatus', status))}
      data-testid="complaint-status"
      data-status={status}
    />
  );
};

/**
 * 重复投诉: the complainant made other complaints the caller handles (the server recognises him by a keyed
 * fingerprint it never shows). Nothing for callers the server does not tell (null) or for a first complaint.
 */
export const RepeatChip = ({ count, compact }: { count: number | null | undefined; compact?: boolean }) => {
  const translate = useTranslate();
  if (!count) return null;
  return (
    <Tooltip title={translate('jiandu.complaints.repeat_hint', { count })}>
      <Chip size="small" color="error" variant="outlined" label={translate(compact ? 'jiandu.complaints.repeat_short' : 'jiandu.complaints.repeat', { count })} data-testid="repeat-chip" />
    </Tooltip>
  );
};
