/**
 * 承办案件 of an officer (`Officer.cases`): the cases he handles or handled that the caller may read, newest
 * registered first, filtered by stage and by his role (主办/协办); the count (`caseCount`) is the tab's label.
 */
import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { CaseRowsTable } from '../common/CaseRowsTable';
import type { JianduDataProvider } from '../dataProvider';

/** How many cases the officer handles or handled (those the caller may read); undefined while loading or refused. */
export function useOfficerCaseCount(officerId: string | undefined): number | undefined {
  const dataProvider = useDataProvider<JianduDataProvider>();
  return useQuery({
    queryKey: ['officers', 'caseCount', { id: officerId }],
    queryFn: () => dataProvider.officerCaseCount({ id: officerId ?? '' }),
    enabled: !!officerId,
    retry: false,
  }).data;
}

type LeadFilter = '' | 'lead' | 'assist';

export const OfficerCases = ({ officerId }: { officerId: string }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const [lead, setLead] = useState<LeadFilter>('');
  return (
    <CaseRowsTable
      testId="officer-cases"
      officerId={officerId}
      queryKey={['officers', 'cases', { id: officerId, lead }]}
      load={({ offset, limit, stage }) =>
        dataProvider.officerCases({
          id: officerId,
          offset,
          limit,
          filter: { stage, lead: lead === '' ? null : lead === 'lead' },
        })
      }
      extraFilter={
        <TextField select size="small" label={translate('jiandu.case_lists.role')} value={lead} onChange={(e) => setLead(e.target.value as LeadFilter)} fullWidth={false} sx={{ width: 140 }}>
          <MenuItem value="">{translate('jiandu.case_lists.any_role')}</MenuItem>
          <MenuItem value="lead">{translate('jiandu.case_lists.lead')}</MenuItem>
          <MenuItem value="assist">{translate('jiandu.case_lists.assist')}</MenuItem>
        </TextField>
      }
    />
  );
};
