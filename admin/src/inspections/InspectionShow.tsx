/**
 * The page of an on-site supervision (004 第二十二条): its header (title, status, when, where, whom), the actions its
 * status allows, and tabs — 概况 (what is supervised, the supervisors with the 执法监督证 checked for each and a
 * 已回避 chip, related complaints and cases, findings and conclusion), 全过程记录, 回避 (004 第二十一条), 变更记录.
 */
import { Alert, Box, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, ListButton, ReferenceArrayField, ReferenceField, Show, SingleFieldList, TabbedShowLayout, TextField, TopToolbar, ChipField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { SectionTitle } from '../common/SectionTitle';
import { showQueryOptions } from '../common/showQueryOptions';
import type { InspectionDetailFragment } from '../gql/graphql';
import { enumKey } from '../labels';
import { OnsiteChangeLog } from '../onsite/OnsiteChangeLog';
import { RecusalPanel } from '../recusals/RecusalPanel';
import { InspectionActionButtons } from './InspectionActions';
import { InspectionRecord } from './InspectionRecord';
import { InspectionStatusChip } from './InspectionStatusChip';

const Title = () => {
  const r = useRecordContext<InspectionDetailFragment>();
  return <span>{r?.title ?? ''}</span>;
};

const Actions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
    <InspectionActionButtons />
    <ListButton />
  </TopToolbar>
);

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Labeled label={label}>
    <Typography component="span" variant="body2">
      {children}
    </Typography>
  </Labeled>
);

const f = (k: string) => `resources.inspections.fields.${k}`;

const Header = () => {
  const r = useRecordContext<InspectionDetailFragment>();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }} useFlexGap>
        <Typography variant="h6" component="h1" data-testid="inspection-title">
          {r.title}
        </Typography>
        <InspectionStatusChip status={r.status} />
      </Stack>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Field label={f('agencyId')}>
          <ReferenceField record={r} source="agencyId" reference="agencies" link="show" />
        </Field>
        <Field label={f('date')}>
          {r.date} {r.startTime ? `${r.startTime}${r.endTime ? `–${r.endTime}` : ''}` : translate('jiandu.onsite.inspections.whole_day')}
        </Field>
        <Field label={f('place')}>{r.place}</Field>
        <Field label={f('createdBy')}>{r.createdBy}</Field>
      </Stack>
    </Paper>
  );
};

const Supervisors = ({ r }: { r: InspectionDetailFragment }) => {
  const translate = useTranslate();
  const recused = r.supervisors.filter((s) => s.recused);
  return (
    <Box>
      <SectionTitle label={f('supervisors')} />
      {recused.length > 0 && r.status === 'PLANNED' && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="recused-warning">
          {translate('jiandu.onsite.inspections.recused_warning', { names: recused.map((s) => s.officerName ?? s.officerId).join('、') })}
        </Alert>
      )}
      <Table size="small" aria-label={translate(f('supervisors'))}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('jiandu.onsite.inspections.supervisor')}</TableCell>
            <TableCell>{translate('jiandu.onsite.inspections.certificate')}</TableCell>
            <TableCell>{translate('jiandu.onsite.inspections.checked_at')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {r.supervisors.map((s) => (
            <TableRow key={s.officerId} data-testid="inspection-supervisor" data-recused={s.recused ? 'true' : 'false'}>
              <TableCell>
                <ReferenceField record={{ id: s.officerId, officerId: s.officerId }} source="officerId" reference="officers" link="show">
                  <TextField source="name" />
                </ReferenceField>
              </TableCell>
              <TableCell>{s.certificateNumber ?? translate('jiandu.common.none')}</TableCell>
              <TableCell>
                <DateTimeField record={s} source="checkedAt" />
              </TableCell>
              <TableCell>{s.recused && <Chip size="small" color="error" label={translate('jiandu.onsite.inspections.recused')} data-testid="recused-chip" />}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const Overview = () => {
  const r = useRecordContext<InspectionDetailFragment>();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack spacing={2}>
      <Field label={f('subject')}>
        <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
          {r.subject}
        </Box>
      </Field>
      <Field label={f('contents')}>
        {r.contents.length ? (
          <Stack direction="row" spacing={0.5} useFlexGap component="span" sx={{ flexWrap: 'wrap' }}>
            {r.contents.map((c) => (
              <Chip key={c} size="small" label={translate(enumKey('SupervisionContent', c))} />
            ))}
          </Stack>
        ) : (
          translate('jiandu.common.none')
        )}
      </Field>
      <Supervisors r={r} />
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Labeled label={f('complaintIds')}>
          {r.complaintIds.length ? (
            <ReferenceArrayField record={r} source="complaintIds" reference="complaints">
              <SingleFieldList linkType="show">
                <ChipField source="number" size="small" />
              </SingleFieldList>
            </ReferenceArrayField>
          ) : (
            <Typography variant="body2">{translate('jiandu.common.none')}</Typography>
          )}
        </Labeled>
        <Labeled label={f('caseIds')}>
          {r.caseIds.length ? (
            <ReferenceArrayField record={r} source="caseIds" reference="cases">
              <SingleFieldList linkType="show">
                <ChipField source="number" size="small" />
              </SingleFieldList>
            </ReferenceArrayField>
          ) : (
            <Typography variant="body2">{translate('jiandu.common.none')}</Typography>
          )}
        </Labeled>
      </Stack>
      {(r.status === 'CARRIED_OUT' || r.status === 'CONCLUDED') && (
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Field label={f('carriedOutAt')}>
            <DateTimeField record={r} source="carriedOutAt" /> {r.carriedOutBy}
          </Field>
          {r.concludedAt && (
            <Field label={f('concludedAt')}>
              <DateTimeField record={r} source="concludedAt" />
            </Field>
          )}
        </Stack>
      )}
      {r.status === 'CONCLUDED' && (
        <Paper variant="outlined" sx={{ p: 2 }} data-testid="inspection-findings">
          <SectionTitle label="jiandu.onsite.inspections.findings_title" />
          <Field label={f('findings')}>
            <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
              {r.findings}
            </Box>
          </Field>
          <Field label={f('conclusion')}>
            <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
              {r.conclusion}
            </Box>
          </Field>
        </Paper>
      )}
      {r.status === 'CANCELLED' && <Alert severity="info">{translate('jiandu.onsite.inspections.cancelled_because', { reason: r.cancelledReason ?? '' })}</Alert>}
    </Stack>
  );
};

const RecordTab = () => {
  const r = useRecordContext<InspectionDetailFragment>();
  return r ? <InspectionRecord inspection={r} /> : null;
};

const RecusalsTab = () => {
  const r = useRecordContext<InspectionDetailFragment>();
  if (!r) return null;
  return (
    <RecusalPanel
      subjectType="INSPECTION"
      subjectId={r.id}
      candidates={r.supervisors.map((s) => ({ officerId: s.officerId, officerName: s.officerName }))}
      closed={r.status === 'CONCLUDED' || r.status === 'CANCELLED'}
    />
  );
};

const ChangeLogTab = () => {
  const r = useRecordContext<InspectionDetailFragment>();
  return r ? <OnsiteChangeLog resource="inspections" id={r.id} /> : null;
};

export const InspectionShow = () => (
  <Show queryOptions={showQueryOptions} title={<Title />} actions={<Actions />}>
    <Header />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="jiandu.onsite.inspections.tab_overview">
        <Overview />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.onsite.inspections.tab_record" path="record">
        <RecordTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.onsite.inspections.tab_recusals" path="recusals">
        <RecusalsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.change_log.tab" path="changes">
        <ChangeLogTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
