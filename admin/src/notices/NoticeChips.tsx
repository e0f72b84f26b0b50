/**
 * A notice's status as a chip (004 第二十四条: issued → received, rectifying → reported → accepted / not accepted;
 * revoked on an upheld objection), the red 已逾期 flag (the server's `overdue`: the rectification report or the
 * answer to an objection not done by its due date) and 复查中 while an objection waits.
 */
import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DecisionEffectState, NoticeStatus } from '../gql/graphql';
import { enumKey } from '../labels';

const COLOUR: Record<NoticeStatus, 'default' | 'info' | 'primary' | 'success' | 'error' | 'warning'> = {
  ISSUED: 'default',
  RECEIVED: 'info',
  REPORTED: 'primary',
  ACCEPTED: 'success',
  NOT_ACCEPTED: 'error',
  REVOKED: 'default',
};

export const NoticeStatusChip = ({ status }: { status: NoticeStatus }) => {
  const translate = useTranslate();
  return (
    <Chip size="small" color={COLOUR[status]} variant={status === 'REVOKED' ? 'outlined' : 'filled'} label={translate(enumKey('NoticeStatus', status))} data-testid="notice-status" data-status={status} />
  );
};

export const NoticeFlags = ({ overdue, objectionPending, reportedLate }: { overdue: boolean; objectionPending: boolean; reportedLate?: boolean }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} component="span" sx={{ alignItems: 'center' }}>
      {overdue && <Chip size="small" color="error" label={translate('jiandu.notices.overdue')} data-testid="notice-overdue" />}
      {objectionPending && <Chip size="small" color="warning" variant="outlined" label={translate('jiandu.notices.objection_pending')} />}
      {reportedLate && <Chip size="small" color="error" variant="outlined" label={translate('jiandu.notices.reported_late')} />}
    </Stack>
  );
};

const EFFECT_COLOUR: Record<DecisionEffectState, 'warning' | 'success' | 'error'> = { PENDING: 'warning', APPLIED: 'success', NOT_APPLIED: 'error' };

/** Whether a 撤销 / 确认违法 / 确认无效 has reached the case (cases' answer). */
export const EffectChip = ({ state }: { state: DecisionEffectState }) => {
  const translate = useTranslate();
  return <Chip size="small" color={EFFECT_COLOUR[state]} label={translate(enumKey('DecisionEffectState', state))} data-testid="decision-effect" data-state={state} />;
};
