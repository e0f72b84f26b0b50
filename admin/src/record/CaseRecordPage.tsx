/**
 * `/cases/:id/record`: a case's 全过程记录 on a page of its own (004 第十五条) — the full and printable view of the
 * record, beside the case page's tab. Adding entries is offered to officers; the server lets only the case's
 * current, entitled handlers add.
 */
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { CaseRecordTab } from '../cases/CaseRecordTab';
import { useHasRole } from '../common/roles';
import type { JianduDataProvider } from '../dataProvider';

export const CaseRecordPage = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const isOfficer = useHasRole('OFFICER');
  // the case's number for the title (the first entry only: the tab loads its own pages)
  const head = useQuery({ queryKey: ['jiandu', 'caseRecord', id, 'head'], queryFn: () => dataProvider.caseRecord({ id, offset: 0, limit: 1 }), retry: false });
  const number = head.data?.number ?? '';
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('jiandu.record.page_title', { number })} />
      <Box sx={{ mb: 1, display: 'flex', alignItems: 'center', gap: 2 }}>
        <Button component={RouterLink} to={`/cases/${id}/show`} size="small" startIcon={<ArrowBackIcon />}>
          {translate('jiandu.record.back_to_case')}
        </Button>
        <Typography variant="h6" component="h1">
          {translate('jiandu.record.page_title', { number })}
        </Typography>
      </Box>
      <Card>
        <CardContent>
          <CaseRecordTab caseId={id} canRecord={isOfficer} />
        </CardContent>
      </Card>
    </Box>
  );
};
