import { Link } from '@mui/material';
import type { MouseEvent } from 'react';
import { useRecordContext } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

/** The case number of a row, linking to the case's page. */
export const CaseLink = (_: { label?: string; source?: string }) => {
  const record = useRecordContext<{ caseId: string; caseNumber: string }>();
  if (!record) return null;
  return (
    <Link component={RouterLink} to={`/cases/${record.caseId}/show`} onClick={(e: MouseEvent) => e.stopPropagation()} sx={{ whiteSpace: 'nowrap' }}>
      {record.caseNumber}
    </Link>
  );
};
