import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * ▶ SLOT for the record branch: 全过程记录 (the record timeline with uploads and the verify button, 004 第十五条).
 * The record helper replaces this component's body with the timeline over `EnforcementCase.record` and the
 * `addRecordEntry` dialog (offered when `availableActions` has RECORD). Nothing else of the case page needs to change.
 */
export const CaseRecordTab = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" data-testid="case-record-slot">
      {translate('jiandu.cases.record_slot')}
    </Alert>
  );
};
