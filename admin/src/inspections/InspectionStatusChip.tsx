import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { InspectionStatus } from '../gql/graphql';
import { enumKey } from '../labels';

const COLOR: Record<InspectionStatus, 'default' | 'info' | 'success' | 'warning'> = { PLANNED: 'info', CARRIED_OUT: 'warning', CONCLUDED: 'success', CANCELLED: 'default' };

export const InspectionStatusChip = ({ status }: { status: InspectionStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOR[status]} label={translate(enumKey('InspectionStatus', status))} data-testid="inspection-status" data-status={status} />;
};
