/**
 * 案件 of an agency (`Agency.cases`): its own cases the caller may read, newest registered first, filtered by
 * stage, with a link to its 年报 (the /statistics page on this agency).
 */
import AssessmentIcon from '@mui/icons-material/Assessment';
import { Button } from '@mui/material';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { CaseRowsTable } from '../common/CaseRowsTable';
import type { JianduDataProvider } from '../dataProvider';

export const AgencyCases = () => {
  const agency = useRecordContext<{ id: string }>();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  if (!agency) return null;
  return (
    <CaseRowsTable
      testId="agency-cases"
      queryKey={['agencies', 'cases', { id: agency.id }]}
      load={({ offset, limit, stage }) => dataProvider.agencyCases({ id: agency.id, offset, limit, filter: { stage } })}
      extraFilter={
        <Button component={Link} to={`/statistics?agencyId=${encodeURIComponent(agency.id)}`} size="small" startIcon={<AssessmentIcon />} sx={{ ml: 'auto' }}>
          {translate('jiandu.statistics.open_for_agency')}
        </Button>
      }
    />
  );
};
