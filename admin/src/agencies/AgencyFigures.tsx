/**
 * 人员指标 of an agency and its sub-units for a year (`agency.figures`): officers on duty, 持证率, current
 * suspensions, overdue reviews, training compliance against the required hours (003 第3条: 60 学时), and
 * legal reviewers against the required number (≥ 5% and ≥ 2: 002, 003 第11条) — red when short.
 */
import { Box, Card, CardContent, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { SectionTitle } from '../common/SectionTitle';
import type { JianduDataProvider } from '../dataProvider';
import type { AgencyFiguresQuery as AgencyFiguresResult, AgencyQuery } from '../gql/graphql';

type AgencyRecord = AgencyQuery['agency'];
type Figures = AgencyFiguresResult['agency']['figures'];

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** No rate of nobody: with no officer on duty a share is "—", not 0% of 0. */
const NO_SHARE = '—';

const Figure = ({ label, value, detail, bad, progress, testId }: { label: string; value: ReactNode; detail?: ReactNode; bad?: boolean; progress?: number; testId: string }) => {
  const translate = useTranslate();
  return (
    <Box data-testid={testId} data-bad={bad ? 'true' : 'false'}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography variant="body2" color="text.secondary">
          {translate(label)}
        </Typography>
        <Typography variant="h6" component="span" sx={{ color: bad ? 'error.main' : 'text.primary', fontWeight: 500 }}>
          {value}
        </Typography>
      </Stack>
      {progress !== undefined && (
        <LinearProgress variant="determinate" value={Math.max(0, Math.min(100, progress * 100))} color={bad ? 'error' : 'success'} sx={{ height: 6, borderRadius: 3 }} />
      )}
      {detail && (
        <Typography variant="caption" color={bad ? 'error.main' : 'text.secondary'} component="div">
          {detail}
        </Typography>
      )}
    </Box>
  );
};

const FigureList = ({ f }: { f: Figures }) => {
  const translate = useTranslate();
  const none = f.officers === 0;
  return (
    <Stack spacing={1.5}>
      <Figure testId="figure-officers" label="jiandu.agencies.figures.officers" value={f.officers} />
      <Figure
        testId="figure-certified"
        label="jiandu.agencies.figures.certified"
        value={none ? NO_SHARE : percent(f.validCertificateShare)}
        progress={none ? undefined : f.validCertificateShare}
        bad={!none && f.validCertificateShare < 1}
        detail={none ? translate('jiandu.agencies.figures.no_officers') : translate('jiandu.agencies.figures.certified_detail', { count: f.withValidCertificate, total: f.officers })}
      />
      <Figure testId="figure-suspended" label="jiandu.agencies.figures.suspended" value={f.suspendedNow} bad={f.suspendedNow > 0} />
      <Figure testId="figure-review-overdue" label="jiandu.agencies.figures.review_overdue" value={f.reviewOverdue} bad={f.reviewOverdue > 0} />
      <Figure
        testId="figure-training"
        label="jiandu.agencies.figures.training"
        value={none ? NO_SHARE : percent(f.trainingComplianceShare)}
        progress={none ? undefined : f.trainingComplianceShare}
        bad={!none && f.trainingComplianceShare < 1}
        detail={none ? translate('jiandu.agencies.figures.no_officers') : translate('jiandu.agencies.figures.training_detail', {
          count: f.trainingCompliant,
          total: f.officers,
          required: f.trainingHoursRequired,
          average: Math.round(f.averageTrainingHours * 10) / 10,
        })}
      />
      <Figure
        testId="figure-legal-reviewers"
        label="jiandu.agencies.figures.legal_reviewers"
        value={`${f.legalReviewers} / ${f.legalReviewersRequired}`}
        bad={!f.legalReviewersSufficient}
        detail={translate(f.legalReviewersSufficient ? 'jiandu.agencies.figures.legal_reviewers_ok' : 'jiandu.agencies.figures.legal_reviewers_short', {
          required: f.legalReviewersRequired,
        })}
      />
      {f.rules.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2, color: 'text.secondary' }}>
          {f.rules.map((r) => (
            <Typography key={r} component="li" variant="caption">
              {r}
            </Typography>
          ))}
        </Box>
      )}
    </Stack>
  );
};

export const AgencyFiguresCard = () => {
  const agency = useRecordContext<AgencyRecord>();
  const translate = useTranslate();
  const current = agency?.figures.year;
  const [year, setYear] = useState<number | null>(null);
  const other = year !== null && year !== current;
  const dataProvider = useDataProvider<JianduDataProvider>();
  // Another year than the page's: a read outside getOne, through the dataProvider's `agencyFigures`.
  const query = useQuery({
    queryKey: ['agencies', 'figures', { id: agency?.id, year }],
    queryFn: () => dataProvider.agencyFigures({ id: agency?.id ?? '', year }),
    enabled: !!agency && other,
  });
  if (!agency || current === undefined) return null;
  const figures = other ? query.data : agency.figures;
  return (
    <Card variant="outlined" sx={{ width: { xs: '100%', md: 340 }, ml: { md: 2 }, flexShrink: 0, alignSelf: 'flex-start' }}>
      <CardContent>
        <SectionTitle label="jiandu.agencies.figures.title">
          <TextField
            select
            size="small"
            variant="standard"
            value={year ?? current}
            onChange={(e) => setYear(Number(e.target.value))}
            slotProps={{ htmlInput: { 'aria-label': translate('jiandu.agencies.figures.year') } }}
            sx={{ ml: 'auto', width: 96, flexShrink: 0 }}
          >
            {[current, current - 1, current - 2].map((y) => (
              <MenuItem key={y} value={y}>
                {translate('jiandu.agencies.figures.year_option', { year: y })}
              </MenuItem>
            ))}
          </TextField>
        </SectionTitle>
        {figures ? <FigureList f={figures} /> : <LinearProgress />}
      </CardContent>
    </Card>
  );
};
