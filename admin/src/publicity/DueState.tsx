/**
 * Where a 公示 or 备案 deadline stands (DueState, computed by the server on the statutory calendar): yellow when
 * 2 working days or fewer are left, red when past and not done, green when done; `late` flags a deadline missed,
 * even once done. A provisional due date (past the published holiday calendar) carries the 暂定 chip.
 */
import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { DueState } from '../gql/graphql';
import { enumKey } from '../labels';

const CHIP_COLOUR: Record<DueState, 'default' | 'warning' | 'error' | 'success'> = {
  OK: 'default',
  DUE_SOON: 'warning',
  OVERDUE: 'error',
  DONE: 'success',
};

/** The due date's text colour: yellow due soon, red overdue (the lists' due date cell). */
const TEXT_COLOUR: Record<DueState, string | undefined> = {
  OK: undefined,
  DUE_SOON: 'warning.dark',
  OVERDUE: 'error.main',
  DONE: undefined,
};

export const DueStateChip = ({ state, late }: { state: DueState; late?: boolean }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} component="span" sx={{ alignItems: 'center' }}>
      <Chip size="small" color={CHIP_COLOUR[state]} label={translate(enumKey('DueState', state))} data-testid="due-state" data-state={state} />
      {late && <Chip size="small" color="error" variant="outlined" label={translate('jiandu.publicity.late')} data-testid="late-flag" />}
    </Stack>
  );
};

export const ProvisionalChip = () => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('jiandu.common.provisional_hint')}>
      <Chip size="small" variant="outlined" color="info" label={translate('jiandu.common.provisional')} data-testid="provisional-chip" />
    </Tooltip>
  );
};

/** A due date coloured by its state, with 暂定 when provisional. */
export const DueDate = ({ dueOn, state, provisional }: { dueOn: string; state: DueState; provisional?: boolean }) => (
  <Stack direction="row" spacing={0.5} component="span" sx={{ alignItems: 'center' }}>
    <Typography component="span" variant="body2" sx={{ color: TEXT_COLOUR[state], fontWeight: TEXT_COLOUR[state] ? 600 : undefined, whiteSpace: 'nowrap' }} data-testid="due-on" data-state={state}>
      {dueOn}
    </Typography>
    {provisional && <ProvisionalChip />}
  </Stack>
);

/** The list cells, reading the row's record. */
export const DueDateField = (_: { label?: string; source?: string }) => {
  const record = useRecordContext<{ dueOn: string; dueState: DueState; provisional: boolean }>();
  return record ? <DueDate dueOn={record.dueOn} state={record.dueState} provisional={record.provisional} /> : null;
};

export const DueStateField = (_: { label?: string; source?: string }) => {
  const record = useRecordContext<{ dueState: DueState; late: boolean }>();
  return record ? <DueStateChip state={record.dueState} late={record.late} /> : null;
};
