import { Chip, Tooltip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReviewState } from '../gql/graphql';
import { enumKey } from '../labels';

/**
 * 年审 (periodic review) as a chip: yellow when due within 30 days, red when overdue (the holder may not
 * enforce until reviewed), as clerks expect from provincial systems.
 */
const PROVISIONAL = 'jiandu.common.provisional';
const PROVISIONAL_HINT = 'jiandu.common.provisional_hint';

const STYLE: Record<ReviewState, Pick<ChipProps, 'color' | 'variant' | 'sx'>> = {
  OK: { color: 'success', variant: 'outlined' },
  DUE_SOON: { sx: { bgcolor: '#fdd835', color: 'rgba(0,0,0,0.87)' } },
  OVERDUE: { color: 'error' },
  NOT_SCHEDULED: { variant: 'outlined' },
};

export const ReviewChip = ({ review }: { review?: { dueOn?: string | null; state: ReviewState; provisional?: boolean } | null }) => {
  const translate = useTranslate();
  if (!review) return null;
  const state = translate(enumKey('ReviewState', review.state));
  const due = review.dueOn ? translate('jiandu.certificates.review_due', { date: review.dueOn, state }) : state;
  // A due date past the published holiday calendar is provisional (DESIGN "Statutory time"): say so.
  const label = review.dueOn && review.provisional ? `${due}（${translate(PROVISIONAL)}）` : due;
  const chip = <Chip size="small" label={label} data-review-state={review.state} {...STYLE[review.state]} />;
  return review.dueOn && review.provisional ? <Tooltip title={translate(PROVISIONAL_HINT)}>{chip}</Tooltip> : chip;
};
