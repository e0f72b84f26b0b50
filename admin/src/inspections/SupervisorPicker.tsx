/**
 * The supervisors of an on-site supervision (004 第二十二条): a picker of the 执法监督人员 in the caller's scope, and
 * below it each chosen one's 执法监督证 for the activity's date — asked of personnel at the start and at the end of
 * the activity, as the server will (a whole day when no times are given) — with the ≥ 2 rule stated and counted.
 * What the panel shows is informative: the server checks again when it stores, and when the activity is carried out.
 */
import { Alert, AlertTitle, Box, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { AutocompleteArrayInput, useDataProvider, useTranslate, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { JianduDataProvider } from '../dataProvider';
import { enumKey } from '../labels';

/** 2026-11-24 with 09:30 → its instant in China time; the whole day's ends without times. */
export function spanOf(date: string | undefined, startTime?: string | null, endTime?: string | null): { start: string; end: string } | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const at = (time: string, seconds = ':00.000') => new Date(`${date}T${time}${seconds}+08:00`).toISOString();
  return { start: startTime ? at(startTime) : at('00:00'), end: endTime ? at(endTime) : at('23:59', ':59.999') };
}

export const MIN_SUPERVISORS = 2;

export const SupervisorPicker = ({
  source = 'supervisorIds',
  dateSource = 'date',
  startSource = 'startTime',
  endSource = 'endTime',
  validate,
  recusedIds = [],
}: {
  /** Supervisors with a 回避 in effect on this inspection (004 第二十一条): marked, the server refuses them. */
  recusedIds?: string[];
  source?: string;
  dateSource?: string;
  startSource?: string;
  endSource?: string;
  validate?: Validator | Validator[];
}) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const choices = useQuery({ queryKey: ['inspections', 'supervisorChoices'], queryFn: () => dataProvider.supervisorChoices({ search: null }), staleTime: 60_000 });
  return (
    <Box sx={{ width: '100%' }}>
      <AutocompleteArrayInput
        source={source}
        label="resources.inspections.fields.supervisorIds"
        choices={choices.data ?? []}
        optionText={(o: { name: string; post?: string | null }) => (o.post ? `${o.name}（${o.post}）` : o.name)}
        isPending={choices.isPending}
        helperText="jiandu.onsite.inspections.supervisors_helper"
        noOptionsText={translate('jiandu.onsite.inspections.no_supervisors')}
        validate={validate}
        fullWidth
      />
      <CredentialPanel source={source} dateSource={dateSource} startSource={startSource} endSource={endSource} recusedIds={recusedIds} />
    </Box>
  );
};

const CredentialPanel = ({ source, dateSource, startSource, endSource, recusedIds }: { source: string; dateSource: string; startSource: string; endSource: string; recusedIds: string[] }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const ids = (useWatch({ name: source }) as string[] | undefined) ?? [];
  const date = useWatch({ name: dateSource }) as string | undefined;
  const startTime = useWatch({ name: startSource }) as string | null | undefined;
  const endTime = useWatch({ name: endSource }) as string | null | undefined;
  const span = spanOf(date, startTime || null, endTime || null);
  const query = useQuery({
    queryKey: ['inspections', 'supervisorCredentials', { ids, span }],
    queryFn: () => dataProvider.supervisorCredentialsAt({ ids, start: span!.start, end: span!.end }),
    enabled: ids.length > 0 && !!span,
  });
  const distinct = new Set(ids).size;
  const byEnd = new Map((query.data?.end ?? []).map((c) => [c.officerId, c]));
  const rows = (query.data?.start ?? []).map((c) => ({ start: c, end: byEnd.get(c.officerId) }));
  const recused = new Set(recusedIds);
  const invalid = rows.filter((r) => !r.start.valid || (r.end && !r.end.valid) || recused.has(r.start.officerId)).length;
  return (
    <Stack spacing={1} sx={{ mb: 2 }} data-testid="supervisor-credentials">
      <Alert severity={distinct >= MIN_SUPERVISORS && invalid === 0 ? 'success' : 'warning'} data-testid="supervisor-rule">
        <AlertTitle>{translate('jiandu.onsite.inspections.rule_title')}</AlertTitle>
        {translate('jiandu.onsite.inspections.rule_text')}
        <Box component="div" sx={{ mt: 0.5, fontWeight: 500 }}>
          {distinct >= MIN_SUPERVISORS
            ? translate('jiandu.onsite.inspections.count_ok', { count: distinct })
            : translate('jiandu.onsite.inspections.count_short', { count: distinct, min: MIN_SUPERVISORS })}
        </Box>
      </Alert>
      {ids.length > 0 && !span && <Typography variant="body2" color="text.secondary">{translate('jiandu.onsite.inspections.pick_date')}</Typography>}
      {query.isFetching && <LinearProgress />}
      {query.isError && <Alert severity="error">{translate('jiandu.onsite.inspections.credentials_unavailable')}</Alert>}
      {rows.length > 0 && (
        <Table size="small" aria-label={translate('jiandu.onsite.inspections.credentials_title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('jiandu.onsite.inspections.supervisor')}</TableCell>
              <TableCell>{translate('jiandu.onsite.inspections.certificate')}</TableCell>
              <TableCell>{translate('jiandu.onsite.inspections.on_that_date')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ start, end }) => {
              const valid = start.valid && (end?.valid ?? true);
              const why = !start.valid ? start : end && !end.valid ? end : null;
              return (
                <TableRow key={start.officerId} data-testid="supervisor-credential" data-valid={valid ? 'true' : 'false'}>
                  <TableCell>{start.officerName ?? start.officerId}</TableCell>
                  <TableCell>{start.certificateNumber ?? translate('jiandu.common.none')}</TableCell>
                  <TableCell>
                    {recused.has(start.officerId) ? (
                      <Chip size="small" color="error" label={translate('jiandu.onsite.inspections.recused')} data-testid="picker-recused" />
                    ) : valid ? (
                      <Chip size="small" color="success" label={translate('jiandu.onsite.inspections.credential_valid')} />
                    ) : (
                      <Chip
                        size="small"
                        color="error"
                        label={`${translate(`jiandu.onsite.inspections.refusal.${why?.reason ?? 'UNKNOWN_OFFICER'}`)}${why?.status ? `（${translate(enumKey('CertificateStatus', why.status))}）` : ''}`}
                      />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
};
