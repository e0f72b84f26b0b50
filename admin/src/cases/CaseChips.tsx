import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CaseStage, MajorGround } from '../gql/graphql';
import { enumKey } from '../labels';

/** 环节: the case's current stage; closed cases grey. */
export const StageChip = ({ stage }: { stage: CaseStage }) => {
  const translate = useTranslate();
  return <Chip size="small" color={stage === 'CLOSED' ? 'default' : 'primary'} variant="outlined" label={translate(enumKey('CaseStage', stage))} data-testid="stage-chip" />;
};

/** 重大: a major case (004 第十六条), with its grounds as the tooltip when given. */
export const MajorChip = ({ major, grounds, basis }: { major: boolean; grounds?: readonly MajorGround[]; basis?: string | null }) => {
  const translate = useTranslate();
  if (!major) return null;
  const title = [...(grounds ?? []).map((g) => translate(enumKey('MajorGround', g))), basis ?? ''].filter(Boolean).join('；');
  const chip = <Chip size="small" color="warning" label={translate('jiandu.cases.major')} data-testid="major-chip" />;
  return title ? <Tooltip title={title}>{chip}</Tooltip> : chip;
};
