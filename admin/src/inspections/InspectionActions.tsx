/**
 * The steps of an on-site supervision as ActionDialogs (004 第二十二条): 登记实施 (the actual date and the supervisors
 * who were there, each checked again), 办结 (findings and conclusion; final, so confirmed), 取消 (with a reason;
 * confirmed). Offered by status to supervisors; the server decides again.
 */
import BlockIcon from '@mui/icons-material/Block';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import EditIcon from '@mui/icons-material/Edit';
import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { DateInput, Link, TextInput, required, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useHasRole } from '../common/roles';
import { optionalText, requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { InspectionDetailFragment } from '../gql/graphql';
import { MIN_SUPERVISORS, SupervisorPicker } from './SupervisorPicker';

const twoOrMore = (value: unknown) => (Array.isArray(value) && new Set(value).size < MIN_SUPERVISORS ? 'jiandu.onsite.inspections.two_supervisors' : undefined);

interface CarryValues {
  date: string;
  startTime: string | null;
  endTime: string | null;
  supervisorIds: string[];
}

const CarryOutDialog = ({ i, onClose }: { i: InspectionDetailFragment; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  return (
    <ActionDialog<CarryValues, unknown>
      onClose={onClose}
      title="jiandu.onsite.inspections.carry_out_title"
      titleArgs={{ title: i.title }}
      submitLabel="jiandu.onsite.inspections.carry_out"
      success="jiandu.onsite.inspections.carried_out"
      maxWidth="md"
      defaultValues={{ date: i.date, startTime: i.startTime ?? null, endTime: i.endTime ?? null, supervisorIds: i.supervisorIds }}
      confirmation={(v) => translate('jiandu.onsite.inspections.carry_out_confirm', { count: new Set(v.supervisorIds).size, date: v.date })}
      mutationFn={(v) =>
        dataProvider.carryOutInspection({
          id: i.id,
          version: i.version,
          input: { date: v.date, startTime: optionalText(v.startTime), endTime: optionalText(v.endTime), supervisorIds: v.supervisorIds },
        })
      }
    >
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <DateInput source="date" label="resources.inspections.fields.date" validate={required()} helperText="jiandu.onsite.inspections.actual_date_helper" fullWidth={false} />
        <TextInput source="startTime" label="resources.inspections.fields.startTime" type="time" fullWidth={false} helperText={false} slotProps={{ inputLabel: { shrink: true } }} />
        <TextInput source="endTime" label="resources.inspections.fields.endTime" type="time" fullWidth={false} helperText={false} slotProps={{ inputLabel: { shrink: true } }} />
      </Stack>
      <SupervisorPicker validate={[required(), twoOrMore]} recusedIds={i.supervisors.filter((s) => s.recused).map((s) => s.officerId)} />
    </ActionDialog>
  );
};

interface ConcludeValues {
  findings: string;
  conclusion: string;
}

const ConcludeDialog = ({ i, onClose }: { i: InspectionDetailFragment; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  return (
    <ActionDialog<ConcludeValues, unknown>
      onClose={onClose}
      title="jiandu.onsite.inspections.conclude_title"
      titleArgs={{ title: i.title }}
      submitLabel="jiandu.onsite.inspections.conclude"
      success="jiandu.onsite.inspections.concluded"
      defaultValues={{ findings: '', conclusion: '' }}
      confirmation={() => translate('jiandu.onsite.inspections.conclude_confirm')}
      mutationFn={(v) => dataProvider.concludeInspection({ id: i.id, version: i.version, input: { findings: text(v.findings), conclusion: text(v.conclusion) } })}
    >
      <TextInput source="findings" label="resources.inspections.fields.findings" validate={requiredText()} multiline minRows={3} fullWidth helperText="jiandu.onsite.inspections.findings_helper" />
      <TextInput source="conclusion" label="resources.inspections.fields.conclusion" validate={requiredText()} multiline minRows={2} fullWidth helperText={false} />
    </ActionDialog>
  );
};

const CancelDialog = ({ i, onClose }: { i: InspectionDetailFragment; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  return (
    <ActionDialog<{ reason: string }, unknown>
      onClose={onClose}
      title="jiandu.onsite.inspections.cancel_title"
      titleArgs={{ title: i.title }}
      submitLabel="jiandu.onsite.inspections.cancel"
      success="jiandu.onsite.inspections.cancelled"
      defaultValues={{ reason: '' }}
      destructive
      confirmation={() => translate('jiandu.onsite.inspections.cancel_confirm')}
      mutationFn={(v) => dataProvider.cancelInspection({ id: i.id, version: i.version, reason: text(v.reason) })}
    >
      <TextInput source="reason" label="resources.inspections.fields.cancelledReason" validate={requiredText()} multiline minRows={2} fullWidth helperText={false} />
    </ActionDialog>
  );
};

/** The buttons the inspection's status allows, for supervisors. */
export const InspectionActionButtons = () => {
  const i = useRecordContext<InspectionDetailFragment>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const supervisor = useHasRole('SUPERVISOR');
  const [open, setOpen] = useState<'carry' | 'conclude' | 'cancel' | null>(null);
  if (!i || !supervisor) return null;
  return (
    <>
      {i.status === 'PLANNED' && (
        <>
          <Button component={Link} to={createPath({ resource: 'inspections', id: i.id, type: 'edit' })} size="small" startIcon={<EditIcon />}>
            {translate('jiandu.onsite.inspections.edit')}
          </Button>
          <Button size="small" variant="contained" startIcon={<HowToRegIcon />} onClick={() => setOpen('carry')}>
            {translate('jiandu.onsite.inspections.carry_out')}
          </Button>
          <Button size="small" color="error" startIcon={<BlockIcon />} onClick={() => setOpen('cancel')}>
            {translate('jiandu.onsite.inspections.cancel')}
          </Button>
        </>
      )}
      {i.status === 'CARRIED_OUT' && (
        <Button size="small" variant="contained" startIcon={<DoneAllIcon />} onClick={() => setOpen('conclude')}>
          {translate('jiandu.onsite.inspections.conclude')}
        </Button>
      )}
      {(i.status === 'CARRIED_OUT' || i.status === 'CONCLUDED') && (
        <Button component={Link} to="/referrals/create" state={{ record: { inspectionId: i.id, agencyId: i.agencyId } }} size="small" startIcon={<ForwardToInboxIcon />}>
          {translate('jiandu.onsite.inspections.refer')}
        </Button>
      )}
      {open === 'carry' && <CarryOutDialog i={i} onClose={() => setOpen(null)} />}
      {open === 'conclude' && <ConcludeDialog i={i} onClose={() => setOpen(null)} />}
      {open === 'cancel' && <CancelDialog i={i} onClose={() => setOpen(null)} />}
    </>
  );
};
