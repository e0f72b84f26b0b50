/**
 * The page of a referral (004 第三十一条): the clue, to whom, the 移送函's number and date, the 回执 and the reply, and
 * the actions its status allows — 修改 and 移送 (numbered, confirmed first) while a draft, 登记回执 once sent, 登记反馈
 * once acknowledged, 打印移送函 once numbered — with its 变更记录.
 */
import EditIcon from '@mui/icons-material/Edit';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import PrintIcon from '@mui/icons-material/Print';
import ReplyIcon from '@mui/icons-material/Reply';
import SendIcon from '@mui/icons-material/Send';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  ChipField,
  DateInput,
  Labeled,
  Link,
  ListButton,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SingleFieldList,
  TabbedShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useCreatePath,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useHasRole } from '../common/roles';
import { showQueryOptions } from '../common/showQueryOptions';
import { useToday } from '../common/useToday';
import { optionalText, requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { ReferralFieldsFragment } from '../gql/graphql';
import { enumKey } from '../labels';
import { OnsiteChangeLog } from '../onsite/OnsiteChangeLog';
import { ReferralStatusChip } from './ReferralStatusChip';

type Referral = ReferralFieldsFragment;
const f = (k: string) => `resources.referrals.fields.${k}`;

const SendDialog = ({ r, onClose }: { r: Referral; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const today = useToday();
  return (
    <ActionDialog<{ sentOn: string }, unknown>
      onClose={onClose}
      title="jiandu.onsite.referrals.send_title"
      submitLabel="jiandu.onsite.referrals.send"
      success="jiandu.onsite.referrals.sent"
      defaultValues={today ? { sentOn: today } : undefined}
      confirmation={(v) => translate('jiandu.onsite.referrals.send_confirm', { recipient: r.recipientName, date: v.sentOn })}
      mutationFn={(v) => dataProvider.sendReferral({ id: r.id, version: r.version, sentOn: v.sentOn })}
    >
      <DateInput source="sentOn" label={f('sentOn')} validate={required()} helperText={false} />
    </ActionDialog>
  );
};

const ReceiptDialog = ({ r, onClose }: { r: Referral; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const today = useToday();
  return (
    <ActionDialog<{ receivedOn: string; receivedBy: string; note: string | null }, unknown>
      onClose={onClose}
      title="jiandu.onsite.referrals.receipt_title"
      titleArgs={{ number: r.number ?? '' }}
      submitLabel="jiandu.onsite.referrals.receipt"
      success="jiandu.onsite.referrals.receipt_recorded"
      defaultValues={today ? { receivedOn: today, note: null } : undefined}
      mutationFn={(v) => dataProvider.recordReferralReceipt({ id: r.id, version: r.version, input: { receivedOn: v.receivedOn, receivedBy: text(v.receivedBy), note: optionalText(v.note) } })}
    >
      <DateInput source="receivedOn" label={f('receivedOn')} validate={required()} helperText={false} />
      <TextInput source="receivedBy" label={f('receivedBy')} validate={requiredText()} fullWidth helperText="jiandu.onsite.referrals.received_by_helper" />
      <TextInput source="note" label={f('receiptNote')} multiline minRows={2} fullWidth helperText={false} />
    </ActionDialog>
  );
};

const ReplyDialog = ({ r, onClose }: { r: Referral; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const today = useToday();
  return (
    <ActionDialog<{ repliedOn: string; reply: string }, unknown>
      onClose={onClose}
      title="jiandu.onsite.referrals.reply_title"
      titleArgs={{ number: r.number ?? '' }}
      submitLabel="jiandu.onsite.referrals.reply"
      success="jiandu.onsite.referrals.replied"
      defaultValues={today ? { repliedOn: today } : undefined}
      mutationFn={(v) => dataProvider.recordReferralReply({ id: r.id, version: r.version, input: { repliedOn: v.repliedOn, reply: text(v.reply) } })}
    >
      <DateInput source="repliedOn" label={f('repliedOn')} validate={required()} helperText={false} />
      <TextInput source="reply" label={f('reply')} validate={requiredText()} multiline minRows={3} fullWidth helperText={false} />
    </ActionDialog>
  );
};

const ActionButtons = () => {
  const r = useRecordContext<Referral>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const supervisor = useHasRole('SUPERVISOR');
  const [open, setOpen] = useState<'send' | 'receipt' | 'reply' | null>(null);
  if (!r) return null;
  return (
    <>
      {r.number && (
        <Button component={Link} to={`/referrals/${r.id}/print`} size="small" startIcon={<PrintIcon />}>
          {translate('jiandu.onsite.referrals.print')}
        </Button>
      )}
      {supervisor && r.status === 'DRAFT' && (
        <>
          <Button component={Link} to={createPath({ resource: 'referrals', id: r.id, type: 'edit' })} size="small" startIcon={<EditIcon />}>
            {translate('jiandu.onsite.referrals.edit')}
          </Button>
          <Button size="small" variant="contained" startIcon={<SendIcon />} onClick={() => setOpen('send')}>
            {translate('jiandu.onsite.referrals.send')}
          </Button>
        </>
      )}
      {supervisor && r.status === 'SENT' && (
        <Button size="small" variant="contained" startIcon={<MarkEmailReadIcon />} onClick={() => setOpen('receipt')}>
          {translate('jiandu.onsite.referrals.receipt')}
        </Button>
      )}
      {supervisor && r.status === 'ACKNOWLEDGED' && (
        <Button size="small" variant="contained" startIcon={<ReplyIcon />} onClick={() => setOpen('reply')}>
          {translate('jiandu.onsite.referrals.reply')}
        </Button>
      )}
      {open === 'send' && <SendDialog r={r} onClose={() => setOpen(null)} />}
      {open === 'receipt' && <ReceiptDialog r={r} onClose={() => setOpen(null)} />}
      {open === 'reply' && <ReplyDialog r={r} onClose={() => setOpen(null)} />}
    </>
  );
};

const Title = () => {
  const r = useRecordContext<Referral>();
  const translate = useTranslate();
  return <span>{r?.number ?? translate('jiandu.onsite.referrals.draft_title')}</span>;
};

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Labeled label={label}>
    <Typography component="span" variant="body2">
      {children}
    </Typography>
  </Labeled>
);

const Overview = () => {
  const r = useRecordContext<Referral>();
  const translate = useTranslate();
  if (!r) return null;
  const none = translate('jiandu.common.none');
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h1" data-testid="referral-number">
          {r.number ?? translate('jiandu.onsite.referrals.draft_title')}
        </Typography>
        <ReferralStatusChip status={r.status} />
      </Stack>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Field label={f('clueKind')}>{translate(enumKey('ReferralClueKind', r.clueKind))}</Field>
        {r.offence && <Field label={f('offence')}>{translate(enumKey('DutyOffence', r.offence))}</Field>}
        {r.field && <Field label={f('field')}>{translate(enumKey('PublicInterestField', r.field))}</Field>}
        {r.conduct && <Field label={f('conduct')}>{translate(enumKey('PublicInterestConduct', r.conduct))}</Field>}
        <Field label={f('recipientKind')}>{translate(enumKey('ReferralRecipientKind', r.recipientKind))}</Field>
        <Field label={f('recipientName')}>{r.recipientName}</Field>
      </Stack>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Labeled label={f('agencyId')}>
          <ReferenceField record={r} source="agencyId" reference="agencies" link="show" />
        </Labeled>
        <Field label={f('officerNames')}>{r.officerNames.length ? r.officerNames.join('、') : none}</Field>
        {r.inspectionId && (
          <Labeled label={f('inspectionId')}>
            <ReferenceField record={r} source="inspectionId" reference="inspections" link="show">
              <TextField source="title" />
            </ReferenceField>
          </Labeled>
        )}
        <Labeled label={f('complaintIds')}>
          {r.complaintIds.length ? (
            <ReferenceArrayField record={r} source="complaintIds" reference="complaints">
              <SingleFieldList linkType="show">
                <ChipField source="number" size="small" />
              </SingleFieldList>
            </ReferenceArrayField>
          ) : (
            <Typography variant="body2">{none}</Typography>
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
            <Typography variant="body2">{none}</Typography>
          )}
        </Labeled>
      </Stack>
      <Field label={f('summary')}>
        <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
          {r.summary}
        </Box>
      </Field>
      <Paper variant="outlined" sx={{ p: 2 }} data-testid="referral-progress">
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Field label={f('sentOn')}>{r.sentOn ? `${r.sentOn}（${r.sentBy ?? ''}）` : none}</Field>
          <Field label={f('receivedOn')}>{r.receivedOn ? `${r.receivedOn}（${translate('jiandu.onsite.referrals.received_by', { name: r.receivedBy ?? '' })}）` : none}</Field>
          {r.receiptNote && <Field label={f('receiptNote')}>{r.receiptNote}</Field>}
          <Field label={f('repliedOn')}>{r.repliedOn ?? none}</Field>
        </Stack>
        {r.reply && (
          <Field label={f('reply')}>
            <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
              {r.reply}
            </Box>
          </Field>
        )}
      </Paper>
    </Stack>
  );
};

const ChangeLogTab = () => {
  const r = useRecordContext<Referral>();
  return r ? <OnsiteChangeLog resource="referrals" id={r.id} /> : null;
};

export const ReferralShow = () => (
  <Show
    queryOptions={showQueryOptions}
    title={<Title />}
    actions={
      <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
        <ActionButtons />
        <ListButton />
      </TopToolbar>
    }
  >
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="jiandu.onsite.referrals.tab_overview">
        <Overview />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="jiandu.change_log.tab" path="changes">
        <ChangeLogTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
