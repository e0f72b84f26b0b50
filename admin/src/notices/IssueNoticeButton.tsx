/**
 * 下发监督通知书 from the page of a complaint or a case (004 第二十三条): opens the create page prefilled with the
 * record it was pressed on. Offered to supervisors only; the server checks the agency's subtree again.
 */
import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import { Button } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useHasRole } from '../common/roles';

export const IssueNoticeButton = ({ from }: { from: 'complaint' | 'case'; label?: false }) => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const supervisor = useHasRole('SUPERVISOR');
  if (!record || !supervisor) return null;
  return (
    <Button component={Link} to={`/notices/create?${from === 'complaint' ? 'complaintId' : 'caseId'}=${record.id}`} size="small" variant="outlined" startIcon={<AssignmentLateIcon />} data-testid="issue-notice">
      {translate('jiandu.notices.issue')}
    </Button>
  );
};
