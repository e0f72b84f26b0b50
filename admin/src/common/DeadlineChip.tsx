/**
 * A countdown chip for a statutory deadline (`StatutoryDeadline`, computed by the server on the statutory
 * calendar and the platform's clock — never on the browser's): its label and due day, yellow when 2 working
 * days or fewer are left, red when overdue, green when done (outlined red when done late), 暂定 when provisional.
 * The tooltip gives the rule that set it and the holiday arrangements it was counted on.
 */
import { Chip, Stack, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DueState } from '../gql/graphql';
import { ProvisionalChip } from '../publicity/DueState';

export interface DeadlineLike {
  label: string;
  dueOn: string;
  rule: string;
  calendarBasis: string;
  provisional: boolean;
  state: DueState;
  late: boolean;
  doneOn?: string | null;
  daysLeft?: number | null;
}

const COLOUR: Record<DueState, 'default' | 'warning' | 'error' | 'success'> = { OK: 'default', DUE_SOON: 'warning', OVERDUE: 'error', DONE: 'success' };

export const DeadlineChip = ({ deadline, compact }: { deadline: DeadlineLike; compact?: boolean }) => {
  const translate = useTranslate();
  const d = deadline;
  const when =
    d.state === 'DONE'
      ? translate(d.late ? 'jiandu.deadline.done_late' : 'jiandu.deadline.done', { on: d.doneOn ?? '' })
      : d.daysLeft == null
        ? d.dueOn
        : d.daysLeft < 0
          ? translate('jiandu.deadline.overdue_days', { smart_count: -d.daysLeft, due: d.dueOn })
          : d.daysLeft === 0
            ? translate('jiandu.deadline.due_today', { due: d.dueOn })
            : translate('jiandu.deadline.days_left', { smart_count: d.daysLeft, due: d.dueOn });
  return (
    <Stack direction="row" spacing={0.5} component="span" sx={{ alignItems: 'center' }}>
      <Tooltip title={`${d.rule}；${d.calendarBasis}`}>
        <Chip
          size="small"
          color={COLOUR[d.state]}
          variant={d.state === 'DONE' && d.late ? 'outlined' : 'filled'}
          label={compact ? when : `${d.label}：${when}`}
          data-testid="deadline-chip"
          data-state={d.state}
          data-label={d.label}
        />
      </Tooltip>
      {d.provisional && d.state !== 'DONE' && <ProvisionalChip />}
    </Stack>
  );
};

/** Several deadlines of one record side by side (e.g. a notice's 整改, 申请复查 and 复查答复). */
export const DeadlineChips = ({ deadlines }: { deadlines: readonly DeadlineLike[] }) => (
  <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} component="span">
    {deadlines.map((d) => (
      <DeadlineChip key={d.label} deadline={d} />
    ))}
  </Stack>
);
