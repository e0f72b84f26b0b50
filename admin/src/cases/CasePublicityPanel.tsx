/**
 * A decided case's 公示 and 备案 (002 （二）3 事后公开; 004 第十四条, 第十九条), self-contained for the case's page:
 * the publication's deadline (with its rule, 暂定 when provisional, its state and the late flag) and status, the
 * published text once published, 预览并公示 / 撤回公示; and for a major decision the filing's deadline (rule, where
 * the period came from, to whom it is filed) with 登记备案. Nothing to show before the decision.
 */
import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import type { JianduDataProvider } from '../dataProvider';
import type { FilingRowFragment, PublicationRowFragment } from '../gql/graphql';
import { enumKey } from '../labels';
import { DueDate, DueStateChip } from '../publicity/DueState';
import { PublishButton, RecordFilingButton, WithdrawButton } from '../publicity/PublicityActions';

const Row = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ width: 160, color: 'text.secondary', verticalAlign: 'top' }}>
        {translate(label)}
      </TableCell>
      <TableCell>{children}</TableCell>
    </TableRow>
  );
};

const PublicationCard = ({ publication: p }: { publication: PublicationRowFragment }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="case-publication">
      <CardHeader
        title={translate('jiandu.publicity.publication')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }}
        action={
          <Stack direction="row" spacing={1}>
            <PublishButton publication={p} />
            <WithdrawButton publication={p} />
          </Stack>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <Table size="small">
          <TableBody>
            <Row label="resources.publications.fields.status">{translate(enumKey('PublicationStatus', p.status))}</Row>
            <Row label="resources.publications.fields.dueOn">
              <DueDate dueOn={p.dueOn} state={p.dueState} provisional={p.provisional} />
            </Row>
            <Row label="resources.publications.fields.dueState">
              <DueStateChip state={p.dueState} late={p.late} />
            </Row>
            <Row label="resources.publications.fields.rule">{p.rule}</Row>
            {p.publishedOn && (
              <Row label="resources.publications.fields.publishedOn">
                {p.publishedOn}
                {p.publishedBy ? ` · ${p.publishedBy}` : ''}
              </Row>
            )}
            {p.publishedText && (
              <Row label="resources.publications.fields.publishedText">
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {p.publishedText}
                </Typography>
              </Row>
            )}
            {p.status === 'WITHDRAWN' && (
              <Row label="resources.publications.fields.withdrawnReason">
                {p.withdrawnReason}
                {p.withdrawnBasis ? `（${p.withdrawnBasis}）` : ''}
                {p.withdrawnAt && (
                  <>
                    {' · '}
                    <DateTimeField record={p} source="withdrawnAt" />
                  </>
                )}
              </Row>
            )}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};

const FilingCard = ({ filing: f }: { filing: FilingRowFragment }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="case-filing">
      <CardHeader title={translate('jiandu.publicity.filing')} slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }} action={<RecordFilingButton filing={f} />} />
      <CardContent sx={{ pt: 0 }}>
        <Table size="small">
          <TableBody>
            <Row label="resources.filings.fields.dueOn">
              <DueDate dueOn={f.dueOn} state={f.dueState} provisional={f.provisional} />
            </Row>
            <Row label="resources.filings.fields.dueState">
              <DueStateChip state={f.dueState} late={f.late} />
            </Row>
            <Row label="resources.filings.fields.rule">{f.rule}</Row>
            <Row label="resources.filings.fields.periodSource">{f.periodSource}</Row>
            <Row label="resources.filings.fields.recipient">{f.recipient}</Row>
            <Row label="resources.filings.fields.filedOn">
              {f.filedOn ?? translate('jiandu.publicity.not_filed')}
              {f.filedBy ? ` · ${f.filedBy}` : ''}
            </Row>
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};

export function CasePublicityPanel({ caseId }: { caseId: string }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const query = useQuery({ queryKey: ['jiandu', 'casePublicity', caseId], queryFn: () => dataProvider.casePublicity({ id: caseId }), retry: false });
  if (query.isPending) return <LinearProgress />;
  if (query.error) return <Alert severity="error">{translate(query.error.message, { _: query.error.message })}</Alert>;
  const { publication, filing } = query.data;
  if (!publication && !filing) return <Alert severity="info">{translate('jiandu.publicity.not_decided')}</Alert>;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: filing ? '1fr 1fr' : '1fr' }, alignItems: 'start' }}>
      {publication && <PublicationCard publication={publication} />}
      {filing && <FilingCard filing={filing} />}
    </Box>
  );
}
