/**
 * The page of one 处理建议书 (004 第三十三条): what it says (officer, unit, ground in the article's words, kind, facts,
 * effective day, related complaints and cases as links), its effect on the certificate (待生效 / 已生效 — number and
 * period — / 未生效 with the reason; refreshed every few seconds while personnel has not answered), the unit's
 * reported decision (agency administrators record it), its change log, and the print view.
 */
import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, Card, CardContent, Grid, Link, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  DateInput,
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { ActionDialog } from '../common/ActionDialog';
import { ChangeLog } from '../common/ChangeLog';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { useHasRole } from '../common/roles';
import { SectionTitle } from '../common/SectionTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import { useToday } from '../common/useToday';
import { requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { SanctionQuery } from '../gql/graphql';
import { SanctionEffectChip } from './SanctionEffectChip';

type SanctionRecord = SanctionQuery['sanction'];

const SanctionTitle = () => {
  const record = useRecordContext<SanctionRecord>();
  return <span>{record ? `${record.title} ${record.number}` : ''}</span>;
};

const Actions = () => {
  const record = useRecordContext<SanctionRecord>();
  const translate = useTranslate();
  return (
    <TopToolbar>
      {record && (
        <Button component={RouterLink} to={`/sanctions/${record.id}/print`} size="small" startIcon={<PrintIcon />} data-testid="sanction-print">
          {translate('jiandu.sanctions.print')}
        </Button>
      )}
      <ListButton />
    </TopToolbar>
  );
};

const Links = ({ items }: { items: { id: string; label: string; to: string }[] }) => {
  const translate = useTranslate();
  if (!items.length) return <Typography variant="body2">{translate('jiandu.common.none')}</Typography>;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {items.map((x) => (
        <Link key={x.id} component={RouterLink} to={x.to} variant="body2">
          {x.label}
        </Link>
      ))}
    </Stack>
  );
};

/** A related case by its number (cases answers, under the caller's rights). */
const CaseNumber = ({ id }: { id: string }) => (
  <ReferenceField record={{ id, caseId: id }} source="caseId" reference="cases" link="show" emptyText={id.slice(0, 8)}>
    <TextField source="number" />
  </ReferenceField>
);

const Document = () => {
  const s = useRecordContext<SanctionRecord>();
  const translate = useTranslate();
  if (!s) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <SectionTitle label="jiandu.sanctions.document" />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Labeled resource="sanctions" source="number">
              <TextField source="number" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Labeled resource="sanctions" source="issuerName">
              <TextField source="issuerName" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Labeled resource="sanctions" source="officerId">
              <ReferenceField source="officerId" reference="officers" link="show" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Labeled resource="sanctions" source="agencyName">
              <ReferenceField source="agencyId" reference="agencies" link="show">
                <TextField source="name" />
              </ReferenceField>
            </Labeled>
          </Grid>
          <Grid size={12}>
            <Labeled resource="sanctions" source="ground">
              <TextField source="groundText" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Labeled resource="sanctions" source="kind">
              <EnumField source="kind" enumName="SanctionKind" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Labeled resource="sanctions" source="effectiveOn">
              <TextField source="effectiveOn" />
            </Labeled>
          </Grid>
          <Grid size={12}>
            <Labeled resource="sanctions" source="facts">
              <TextField source="facts" sx={{ whiteSpace: 'pre-wrap' }} />
            </Labeled>
          </Grid>
          <Grid size={12}>
            <Labeled resource="sanctions" source="consequence">
              <TextField source="consequence" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Labeled label="jiandu.sanctions.related_complaints">
              <Links items={s.relatedComplaints.map((c) => ({ id: c.id, label: c.number, to: `/complaints/${c.id}/show` }))} />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Labeled label="jiandu.sanctions.related_cases">
              {s.relatedCaseIds.length ? (
                <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  {s.relatedCaseIds.map((id) => (
                    <CaseNumber key={id} id={id} />
                  ))}
                </Stack>
              ) : (
                <Typography variant="body2">{translate('jiandu.common.none')}</Typography>
              )}
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Labeled resource="sanctions" source="issuedBy">
              <TextField source="issuedBy" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Labeled resource="sanctions" source="issuedAt">
              <DateTimeField source="issuedAt" />
            </Labeled>
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
};

const EffectCard = () => {
  const s = useRecordContext<SanctionRecord>();
  const translate = useTranslate();
  if (!s) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <SectionTitle label="jiandu.sanctions.effect" />
        <Box data-testid="sanction-effect-card">
          <SanctionEffectChip effect={s.effect} kind={s.kind} />
        </Box>
        {s.effect?.rule && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            {translate('jiandu.certificates.rule')}：{s.effect.rule}
          </Typography>
        )}
        {s.effect?.state === 'PENDING' && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            {translate('jiandu.sanctions.effect_pending_hint')}
          </Typography>
        )}
        {!s.effect && s.officer?.certificate && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('resources.sanctions.fields.certificate')}：
            <Link component={RouterLink} to={`/certificates/${s.officer.certificate.id}/show`}>
              {s.officer.certificate.number}
            </Link>
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

interface UnitDecisionValues {
  decidedOn: string;
  decision: string;
}

const UnitDecisionDialog = ({ sanction, onClose }: { sanction: SanctionRecord; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const today = useToday();
  return (
    <ActionDialog<UnitDecisionValues, unknown>
      onClose={onClose}
      title="jiandu.sanctions.unit_decision_title"
      titleArgs={{ number: sanction.number }}
      submitLabel="jiandu.sanctions.record"
      defaultValues={today ? { decidedOn: today, decision: '' } : undefined}
      mutationFn={(v) => dataProvider.recordSanctionUnitDecision({ id: sanction.id, version: sanction.version, input: { decidedOn: v.decidedOn, decision: text(v.decision) } })}
      success="jiandu.sanctions.unit_decision_recorded"
    >
      <DateInput source="decidedOn" label="resources.sanctions.fields.unitDecidedOn" validate={required()} />
      <TextInput source="decision" label="resources.sanctions.fields.unitDecision" validate={requiredText()} multiline minRows={2} fullWidth />
    </ActionDialog>
  );
};

const UnitDecisionCard = () => {
  const s = useRecordContext<SanctionRecord>();
  const translate = useTranslate();
  const isUnit = useHasRole('AGENCY_ADMIN');
  const [open, setOpen] = useState(false);
  if (!s) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <SectionTitle label="jiandu.sanctions.unit_decision" />
        {s.unitDecision ? (
          <Stack spacing={0.5}>
            <Typography variant="body2">
              {translate('resources.sanctions.fields.unitDecidedOn')}：{s.unitDecidedOn}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {s.unitDecision}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate('jiandu.certificates.actor')}：{s.unitDecisionRecordedBy ?? '—'}
            </Typography>
          </Stack>
        ) : (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" color="text.secondary">
              {translate('jiandu.sanctions.unit_decision_none')}
            </Typography>
            {isUnit && (
              <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
                {translate('jiandu.sanctions.record_unit_decision')}
              </Button>
            )}
          </Stack>
        )}
        {open && <UnitDecisionDialog sanction={s} onClose={() => setOpen(false)} />}
      </CardContent>
    </Card>
  );
};

const History = () => {
  const s = useRecordContext<SanctionRecord>();
  if (!s) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <SectionTitle label="jiandu.change_log.tab" />
        <ChangeLog resource="sanctions" id={s.id} />
      </CardContent>
    </Card>
  );
};

/** While personnel has not answered, the page asks again every 2 s (the effect arrives by event). */
const refetchWhilePending = (query: { state: { data?: unknown } }) => ((query.state.data as SanctionRecord | undefined)?.effect?.state === 'PENDING' ? 2000 : false);

export const SanctionShow = () => (
  <Show queryOptions={{ ...showQueryOptions, refetchInterval: refetchWhilePending }} title={<SanctionTitle />} component="div" actions={<Actions />}>
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Document />
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Stack spacing={2}>
          <EffectCard />
          <UnitDecisionCard />
        </Stack>
      </Grid>
      <Grid size={12}>
        <History />
      </Grid>
    </Grid>
  </Show>
);
