/**
 * 行政执法统计年报 (000 二(六), 001 三(四), 002 事后公开 四): an agency's figures of a year, grouped as the report
 * has them — 立案/决定/结案, decided cases by category × decision kind, 法制审核 (004 第十六条), 公示 (002),
 * 备案 (004 第十九条), 复议/诉讼 and 纠错 (003 第16条) — with the report's due date (Jan 31 of the next year),
 * a print view and the CSV/JSON export through the gateway.
 *
 * The default year is the server's current year (the `today` query, by the platform's statutory clock), not
 * the browser's: a PC with a wrong clock, or a platform on a pinned clock, would otherwise open the wrong year
 * (and the server refuses future years). The default agency is the caller's own.
 */
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControlLabel,
  GlobalStyles,
  Grid,
  LinearProgress,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AutocompleteInput, Form, ReferenceInput, Title, useDataProvider, useGetMany, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { useSearchParams } from 'react-router-dom';
import { refusalMessage, useNotifyRefusal } from '../common/serverErrors';
import { useToday } from '../common/useToday';
import type { JianduDataProvider } from '../dataProvider';
import type { StatisticsFormat } from '../dataProvider/statistics';
import type { CaseStatisticsQuery } from '../gql/graphql';
import { enumKey } from '../labels';
import { getSession } from '../session';

type Statistics = CaseStatisticsQuery['caseStatistics'];

/** Years offered: the server's current one and the four before it (the server refuses future years). */
const YEARS_BACK = 5;

/** Print only the report: no menu, app bar, selectors or buttons. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '.MuiAppBar-root, .RaSidebar-root, .RaSidebar-fixed, .MuiDrawer-root, [data-print="hide"]': { display: 'none !important' },
        '.RaLayout-content, .RaLayout-contentWithSidebar, .RaLayout-appFrame': { padding: '0 !important', margin: '0 !important' },
        '[data-testid="statistics-report"] .MuiCard-root': { breakInside: 'avoid', boxShadow: 'none' },
        body: { background: '#fff' },
      },
    }}
  />
);

const Figure = ({ label, value, testId, bad, hint }: { label: string; value: ReactNode; testId: string; bad?: boolean; hint?: string }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', py: 0.5, borderBottom: 1, borderColor: 'divider' }} data-testid={testId} data-bad={bad ? 'true' : 'false'}>
      <Typography variant="body2" color="text.secondary" title={hint ? translate(hint) : undefined}>
        {translate(label)}
      </Typography>
      <Typography variant="h6" component="span" sx={{ fontWeight: 500, color: bad ? 'error.main' : 'text.primary' }}>
        {value}
      </Typography>
    </Stack>
  );
};

/** A figure that is null while its module is not installed (公示, 备案): "未统计", not 0. */
const nullable = (value: number | null | undefined, none: string) => (value === null || value === undefined ? none : value);

const Section = ({ title, cite, children, testId }: { title: string; cite: string; children: ReactNode; testId: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate(title)}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
          {cite}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

/** Decided cases by category (rows) and decision kind (columns: those that occur), with totals. */
const OutcomeTable = ({ s }: { s: Statistics }) => {
  const translate = useTranslate();
  if (s.byOutcome.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('jiandu.statistics.no_decisions')}
      </Typography>
    );
  }
  const kinds = [...new Set(s.byOutcome.map((o) => o.decisionKind))];
  const categories = [...new Set(s.byOutcome.map((o) => o.category))];
  const count = (category: string, kind: string) => s.byOutcome.find((o) => o.category === category && o.decisionKind === kind)?.count ?? 0;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('jiandu.statistics.by_outcome')} data-testid="statistics-by-outcome">
        <TableHead>
          <TableRow>
            <TableCell>{translate('jiandu.statistics.category')}</TableCell>
            {kinds.map((k) => (
              <TableCell key={k} align="right">
                {translate(enumKey('DecisionKind', k))}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {categories.map((c) => (
            <TableRow key={c}>
              <TableCell>{translate(enumKey('MatterCategory', c))}</TableCell>
              {kinds.map((k) => (
                <TableCell key={k} align="right">
                  {count(c, k)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary">
        {translate('jiandu.statistics.by_outcome_note')}
      </Typography>
    </Box>
  );
};

const CategoryTable = ({ s }: { s: Statistics }) => {
  const translate = useTranslate();
  if (s.byCategory.length === 0) return null;
  return (
    <Table size="small" aria-label={translate('jiandu.statistics.by_category')} sx={{ mt: 1 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('jiandu.statistics.category')}</TableCell>
          <TableCell align="right">{translate('jiandu.statistics.registered')}</TableCell>
          <TableCell align="right">{translate('jiandu.statistics.decided')}</TableCell>
          <TableCell align="right">{translate('jiandu.statistics.closed')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {s.byCategory.map((c) => (
          <TableRow key={c.category}>
            <TableCell>{translate(enumKey('MatterCategory', c.category))}</TableCell>
            <TableCell align="right">{c.registered}</TableCell>
            <TableCell align="right">{c.decided}</TableCell>
            <TableCell align="right">{c.closed}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Report = ({ s, agencyName }: { s: Statistics; agencyName: string | undefined }) => {
  const translate = useTranslate();
  const none = translate('jiandu.statistics.not_counted');
  const correctedRate = s.challengesConcluded > 0 ? `${Math.round((s.challengesCorrected / s.challengesConcluded) * 1000) / 10}%` : translate('jiandu.common.none');
  return (
    <Box data-testid="statistics-report">
      <Box sx={{ mb: 2 }}>
        <Typography variant="h5" component="h1">
          {translate('jiandu.statistics.report_title', { agency: agencyName ?? '', year: s.year })}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="statistics-meta">
          {translate(s.includesSubtree ? 'jiandu.statistics.scope_subtree' : 'jiandu.statistics.scope_own')}
          {' · '}
          {translate('jiandu.statistics.as_of', { date: s.asOf })}
          {' · '}
          <span data-testid="statistics-due">{translate('jiandu.statistics.due_on', { date: s.dueOn })}</span>
        </Typography>
      </Box>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title="jiandu.statistics.section_cases" cite="000 二(六)；001 三(四)；004 第十六条" testId="statistics-cases">
            <Figure testId="stat-registered" label="jiandu.statistics.registered" value={s.registered} />
            <Figure testId="stat-decided" label="jiandu.statistics.decided" value={s.decided} />
            <Figure testId="stat-closed" label="jiandu.statistics.closed" value={s.closed} />
            <Figure testId="stat-major-decided" label="jiandu.statistics.major_decided" value={s.majorDecided} />
            <Figure
              testId="stat-major-without-review"
              label="jiandu.statistics.major_without_review"
              value={s.majorDecidedWithoutReview}
              bad={s.majorDecidedWithoutReview > 0}
            />
            <CategoryTable s={s} />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title="jiandu.statistics.by_outcome" cite="000 二(六)；002 事后公开 四" testId="statistics-outcomes">
            <OutcomeTable s={s} />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6, lg: 3 }}>
          <Section title="jiandu.statistics.section_review" cite="004 第十六条" testId="statistics-review">
            <Figure testId="stat-review-rounds" label="jiandu.statistics.review_rounds" value={s.legalReviewRounds} />
            <Figure testId="stat-review-passed" label="jiandu.statistics.review_passed" value={s.legalReviewsPassed} />
            <Figure testId="stat-review-returned" label="jiandu.statistics.review_returned" value={s.legalReviewsReturned} />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6, lg: 3 }}>
          <Section title="jiandu.statistics.section_publicity" cite="002 事后公开" testId="statistics-publicity">
            <Figure testId="stat-publications-due" label="jiandu.statistics.publications_due" value={nullable(s.publicationsDue, none)} />
            <Figure testId="stat-publications-published" label="jiandu.statistics.publications_published" value={nullable(s.publicationsPublished, none)} />
            <Figure testId="stat-publications-on-time" label="jiandu.statistics.publications_on_time" value={nullable(s.publicationsOnTime, none)} />
            <Figure
              testId="stat-publications-overdue"
              label="jiandu.statistics.publications_overdue"
              value={nullable(s.publicationsOverdue, none)}
              bad={(s.publicationsOverdue ?? 0) > 0}
            />
            <Figure testId="stat-publications-withdrawn" label="jiandu.statistics.publications_withdrawn" value={nullable(s.publicationsWithdrawn, none)} />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6, lg: 3 }}>
          <Section title="jiandu.statistics.section_filing" cite="004 第十九条" testId="statistics-filing">
            <Figure testId="stat-filings-due" label="jiandu.statistics.filings_due" value={nullable(s.filingsDue, none)} />
            <Figure testId="stat-filings-filed" label="jiandu.statistics.filings_filed" value={nullable(s.filingsFiled, none)} />
            <Figure testId="stat-filings-on-time" label="jiandu.statistics.filings_on_time" value={nullable(s.filingsOnTime, none)} />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6, lg: 3 }}>
          <Section title="jiandu.statistics.section_challenges" cite="003 第16条；004 第二十五条" testId="statistics-challenges">
            <Figure testId="stat-challenges-filed" label="jiandu.statistics.challenges_filed" value={s.challengesFiled} />
            <Figure testId="stat-reconsiderations" label="jiandu.statistics.reconsiderations" value={s.reconsiderationsFiled} />
            <Figure testId="stat-litigations" label="jiandu.statistics.litigations" value={s.litigationsFiled} />
            <Figure testId="stat-challenges-pending" label="jiandu.statistics.challenges_pending" value={s.challengesPending} />
            <Figure testId="stat-challenges-concluded" label="jiandu.statistics.challenges_concluded" value={s.challengesConcluded} />
            <Figure testId="stat-challenges-corrected" label="jiandu.statistics.challenges_corrected" value={s.challengesCorrected} bad={s.challengesCorrected > 0} />
            <Figure testId="stat-corrected-rate" label="jiandu.statistics.corrected_rate" value={correctedRate} />
          </Section>
        </Grid>
      </Grid>
    </Box>
  );
};

/** Saves a blob as a file in the browser (an object URL on a temporary link). */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const ExportButton = ({ agencyId, year, includeSubtree, format }: { agencyId: string; year: number; includeSubtree: boolean; format: StatisticsFormat }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const notifyRefusal = useNotifyRefusal();
  const mutation = useMutation({
    mutationFn: () => dataProvider.exportStatistics({ agencyId, year, format, includeSubtree }),
    onSuccess: ({ blob, fileName }) => saveBlob(blob, fileName),
    onError: notifyRefusal,
  });
  return (
    <Button variant="outlined" size="small" startIcon={<DownloadIcon />} disabled={mutation.isPending} onClick={() => mutation.mutate()}>
      {translate(format === 'csv' ? 'jiandu.statistics.export_csv' : 'jiandu.statistics.export_json')}
    </Button>
  );
};

interface Selection {
  agencyId: string | null;
  year: number;
  includeSubtree: boolean;
}

/** The selectors (a react-admin Form for the agency's reference input) and, below, the report they select. */
const Selectors = ({ currentYear }: { currentYear: number }) => {
  const translate = useTranslate();
  const years = Array.from({ length: YEARS_BACK }, (_, i) => currentYear - i);
  const { agencyId, year, includeSubtree } = useWatch<Selection>() as Selection;
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }} useFlexGap data-print="hide">
        <Box sx={{ minWidth: 280 }}>
          <ReferenceInput source="agencyId" reference="agencies">
            <AutocompleteInput label="jiandu.statistics.agency" optionText="name" helperText={false} sx={{ minWidth: 280 }} />
          </ReferenceInput>
        </Box>
        <YearSelect years={years} />
        <SubtreeSwitch />
        <Box sx={{ flexGrow: 1 }} />
        {agencyId && (
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" size="small" startIcon={<PrintIcon />} onClick={() => window.print()}>
              {translate('jiandu.statistics.print')}
            </Button>
            <ExportButton agencyId={agencyId} year={year} includeSubtree={includeSubtree} format="csv" />
            <ExportButton agencyId={agencyId} year={year} includeSubtree={includeSubtree} format="json" />
          </Stack>
        )}
      </Stack>
      {agencyId ? <ReportLoader agencyId={agencyId} year={year} includeSubtree={includeSubtree} /> : <Alert severity="info">{translate('jiandu.statistics.pick_agency')}</Alert>}
    </>
  );
};

/** The year and the switch are plain MUI inputs bound to the form (no validation, nothing to submit). */
const YearSelect = ({ years }: { years: number[] }) => {
  const translate = useTranslate();
  const year = useWatch<Selection, 'year'>({ name: 'year' });
  const { setValue } = useFormSetter();
  return (
    <TextField select size="small" label={translate('jiandu.statistics.year')} value={year} onChange={(e) => setValue('year', Number(e.target.value))} fullWidth={false} sx={{ width: 120 }}>
      {years.map((y) => (
        <MenuItem key={y} value={y}>
          {translate('jiandu.statistics.year_option', { year: y })}
        </MenuItem>
      ))}
    </TextField>
  );
};

const SubtreeSwitch = () => {
  const translate = useTranslate();
  const includeSubtree = useWatch<Selection, 'includeSubtree'>({ name: 'includeSubtree' });
  const { setValue } = useFormSetter();
  return (
    <FormControlLabel control={<Switch checked={includeSubtree} onChange={(e) => setValue('includeSubtree', e.target.checked)} />} label={translate('jiandu.statistics.include_subtree')} />
  );
};

const useFormSetter = () => useFormContext<Selection>();

const ReportLoader = ({ agencyId, year, includeSubtree }: { agencyId: string; year: number; includeSubtree: boolean }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const query = useQuery({
    queryKey: ['statistics', { agencyId, year, includeSubtree }],
    queryFn: () => dataProvider.caseStatistics({ agencyId, year, includeSubtree }),
    retry: false,
  });
  const { data: agencies } = useGetMany('agencies', { ids: [agencyId] });
  const name = (agencies?.[0] as { name?: string } | undefined)?.name;
  if (query.isPending) return <LinearProgress />;
  if (query.isError) {
    const message = refusalMessage(query.error);
    return <Alert severity="error">{translate(message, { _: message })}</Alert>;
  }
  return <Report s={query.data} agencyName={name} />;
};

export const StatisticsPage = () => {
  const translate = useTranslate();
  const today = useToday();
  const [params] = useSearchParams();
  // The caller's own agency unless the link names one (the agency page's 年报 link).
  const [initialAgency] = useState(() => params.get('agencyId') ?? getSession()?.user.agencyId ?? null);
  const currentYear = today ? Number(today.slice(0, 4)) : undefined;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('jiandu.statistics.title')} />
      {printStyles}
      {currentYear === undefined ? (
        <LinearProgress />
      ) : (
        <Form defaultValues={{ agencyId: initialAgency, year: currentYear, includeSubtree: false }} record={{}}>
          <Selectors currentYear={currentYear} />
        </Form>
      )}
    </Box>
  );
};
