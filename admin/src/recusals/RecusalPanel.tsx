/**
 * 回避 on the page of a matter of supervision (004 第二十一条), self-contained: give it the matter (kind, id) and the
 * supervisors it names. The records say which way each came — 自行回避, 申请回避 (then the 主要负责人's decision),
 * 决定回避 — and the dialogs record each: 自行回避 for the supervisor himself (his account is linked to his officer
 * record), 登记回避申请 for supervisors and the supervised body, 决定回避 for supervisors, and on a pending
 * application the 主要负责人's decision (approve or reject with reasons; confirmed first). The server decides again.
 */
import GavelIcon from '@mui/icons-material/Gavel';
import PanToolIcon from '@mui/icons-material/PanTool';
import PostAddIcon from '@mui/icons-material/PostAdd';
import RuleIcon from '@mui/icons-material/Rule';
import { Alert, Box, Button, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DateInput, RadioButtonGroupInput, SelectInput, TextInput, required, useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { DateTimeField } from '../common/DateTimeField';
import { useHasRole } from '../common/roles';
import { refusalMessage } from '../common/serverErrors';
import { useToday } from '../common/useToday';
import { optionalText, requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { RecusalApplicant, RecusalFieldsFragment, RecusalStatus, RecusalSubjectType } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';
import { getSession } from '../session';

export interface RecusalCandidate {
  officerId: string;
  officerName: string | null;
}

interface Subject {
  type: RecusalSubjectType;
  id: string;
}

const STATUS_COLOR: Record<RecusalStatus, 'warning' | 'error' | 'default'> = { PENDING: 'warning', IN_EFFECT: 'error', REJECTED: 'default' };

const candidateChoices = (candidates: RecusalCandidate[]) => candidates.map((c) => ({ id: c.officerId, name: c.officerName ?? c.officerId }));

const DeclareDialog = ({ subject, officerId, onClose }: { subject: Subject; officerId: string; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  return (
    <ActionDialog<{ grounds: string }, unknown>
      onClose={onClose}
      title="jiandu.onsite.recusals.declare_title"
      submitLabel="jiandu.onsite.recusals.declare"
      success="jiandu.onsite.recusals.declared"
      defaultValues={{ grounds: '' }}
      confirmation={() => translate('jiandu.onsite.recusals.declare_confirm')}
      mutationFn={(v) => dataProvider.declareRecusal({ input: { subject, officerId, grounds: text(v.grounds) } })}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('jiandu.onsite.recusals.declare_rule')}
      </Typography>
      <TextInput source="grounds" label="resources.recusals.fields.grounds" validate={requiredText()} multiline minRows={2} fullWidth helperText="jiandu.onsite.recusals.grounds_helper" />
    </ActionDialog>
  );
};

interface ApplyValues {
  officerId: string;
  applicantKind: RecusalApplicant;
  applicantName: string;
  grounds: string;
  appliedOn: string;
}

const ApplyDialog = ({ subject, candidates, bodyOnly, onClose }: { subject: Subject; candidates: RecusalCandidate[]; bodyOnly: boolean; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const today = useToday();
  const kinds = enumChoices('RecusalApplicant').filter((c) => !bodyOnly || c.id === 'SUPERVISED_BODY');
  return (
    <ActionDialog<ApplyValues, unknown>
      onClose={onClose}
      title="jiandu.onsite.recusals.apply_title"
      submitLabel="jiandu.onsite.recusals.apply"
      success="jiandu.onsite.recusals.applied"
      defaultValues={today ? { applicantKind: bodyOnly ? 'SUPERVISED_BODY' : 'COMPLAINANT', appliedOn: today, officerId: candidates[0]?.officerId } : undefined}
      mutationFn={(v) =>
        dataProvider.applyForRecusal({
          input: { subject, officerId: v.officerId, applicantKind: v.applicantKind, applicantName: text(v.applicantName), grounds: text(v.grounds), appliedOn: v.appliedOn },
        })
      }
    >
      <SelectInput source="officerId" label="resources.recusals.fields.officerId" choices={candidateChoices(candidates)} validate={required()} fullWidth />
      <RadioButtonGroupInput source="applicantKind" label="resources.recusals.fields.applicantKind" choices={kinds} validate={required()} />
      <TextInput source="applicantName" label="resources.recusals.fields.applicantName" validate={requiredText()} fullWidth helperText={false} />
      <TextInput source="grounds" label="resources.recusals.fields.grounds" validate={requiredText()} multiline minRows={2} fullWidth helperText={false} />
      <DateInput source="appliedOn" label="resources.recusals.fields.appliedOn" validate={required()} helperText={false} />
    </ActionDialog>
  );
};

interface OrderValues {
  officerId: string;
  grounds: string;
  decidedBy: string;
  decidedOn: string;
}

const OrderDialog = ({ subject, candidates, onClose }: { subject: Subject; candidates: RecusalCandidate[]; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const today = useToday();
  return (
    <ActionDialog<OrderValues, unknown>
      onClose={onClose}
      title="jiandu.onsite.recusals.order_title"
      submitLabel="jiandu.onsite.recusals.order"
      success="jiandu.onsite.recusals.ordered"
      defaultValues={today ? { decidedOn: today, officerId: candidates[0]?.officerId } : undefined}
      confirmation={() => translate('jiandu.onsite.recusals.order_confirm')}
      mutationFn={(v) => dataProvider.orderRecusal({ input: { subject, officerId: v.officerId, grounds: text(v.grounds), decidedBy: text(v.decidedBy), decidedOn: v.decidedOn } })}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('jiandu.onsite.recusals.order_rule')}
      </Typography>
      <SelectInput source="officerId" label="resources.recusals.fields.officerId" choices={candidateChoices(candidates)} validate={required()} fullWidth />
      <TextInput source="grounds" label="resources.recusals.fields.grounds" validate={requiredText()} multiline minRows={2} fullWidth helperText={false} />
      <TextInput source="decidedBy" label="jiandu.onsite.recusals.ordered_by" validate={requiredText()} fullWidth helperText="jiandu.onsite.recusals.ordered_by_helper" />
      <DateInput source="decidedOn" label="resources.recusals.fields.decidedOn" validate={required()} helperText={false} />
    </ActionDialog>
  );
};

interface DecideValues {
  approved: 'true' | 'false';
  decidedBy: string;
  decidedOn: string;
  reason: string | null;
}

const DecideDialog = ({ r, onClose }: { r: RecusalFieldsFragment; onClose(): void }) => {
  const dataProvider = useDataProvider<JianduDataProvider>();
  const translate = useTranslate();
  const today = useToday();
  return (
    <ActionDialog<DecideValues, unknown>
      onClose={onClose}
      title="jiandu.onsite.recusals.decide_title"
      titleArgs={{ name: r.officerName ?? '' }}
      submitLabel="jiandu.onsite.recusals.decide"
      success="jiandu.onsite.recusals.decided"
      defaultValues={today ? { approved: 'true', decidedOn: today, reason: null } : undefined}
      destructive={(v) => v.approved === 'true'}
      confirmation={(v) =>
        translate(v.approved === 'true' ? 'jiandu.onsite.recusals.decide_confirm_approve' : 'jiandu.onsite.recusals.decide_confirm_reject', { name: r.officerName ?? '', by: text(v.decidedBy) })
      }
      mutationFn={(v) =>
        dataProvider.decideRecusal({ id: r.id, version: r.version, input: { approved: v.approved === 'true', decidedBy: text(v.decidedBy), decidedOn: v.decidedOn, reason: optionalText(v.reason) } })
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('jiandu.onsite.recusals.decide_rule')}
      </Typography>
      <RadioButtonGroupInput
        source="approved"
        label="resources.recusals.fields.approved"
        choices={[
          { id: 'true', name: 'jiandu.onsite.recusals.approve' },
          { id: 'false', name: 'jiandu.onsite.recusals.reject' },
        ]}
        validate={required()}
      />
      <TextInput source="decidedBy" label="resources.recusals.fields.decidedBy" validate={requiredText()} fullWidth helperText="jiandu.onsite.recusals.decided_by_helper" />
      <DateInput source="decidedOn" label="resources.recusals.fields.decidedOn" validate={required()} helperText={false} />
      <TextInput source="reason" label="resources.recusals.fields.decisionReason" multiline minRows={2} fullWidth helperText="jiandu.onsite.recusals.reason_helper" />
    </ActionDialog>
  );
};

const RecusalRow = ({ r, mayDecide, onDecide }: { r: RecusalFieldsFragment; mayDecide: boolean; onDecide(r: RecusalFieldsFragment): void }) => {
  const translate = useTranslate();
  return (
    <TableRow data-testid="recusal-row" data-way={r.way} data-status={r.status}>
      <TableCell>{r.officerName ?? r.officerId}</TableCell>
      <TableCell>
        <Chip size="small" variant="outlined" label={translate(enumKey('RecusalWay', r.way))} />
      </TableCell>
      <TableCell>
        <Chip size="small" color={STATUS_COLOR[r.status]} label={translate(enumKey('RecusalStatus', r.status))} data-testid="recusal-status" />
      </TableCell>
      <TableCell sx={{ maxWidth: 280, whiteSpace: 'pre-wrap' }}>
        {r.grounds}
        {r.applicantKind && (
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('jiandu.onsite.recusals.applied_by', { kind: translate(enumKey('RecusalApplicant', r.applicantKind)), name: r.applicantName ?? '', on: r.appliedOn ?? '' })}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {r.decidedBy ? (
          <Stack>
            <span>
              {r.decidedBy}（{r.decidedOn}）
            </span>
            {r.way === 'APPLIED' && r.approved != null && (
              <Typography variant="caption" color="text.secondary">
                {translate(r.approved ? 'jiandu.onsite.recusals.approve' : 'jiandu.onsite.recusals.reject')}
                {r.decisionReason ? `：${r.decisionReason}` : ''}
              </Typography>
            )}
          </Stack>
        ) : (
          translate('jiandu.common.none')
        )}
      </TableCell>
      <TableCell>
        <Stack>
          <span>{r.recordedBy}</span>
          <Typography variant="caption" color="text.secondary">
            <DateTimeField record={r} source="recordedAt" />
          </Typography>
        </Stack>
      </TableCell>
      <TableCell align="right">
        {mayDecide && r.status === 'PENDING' && (
          <Button size="small" startIcon={<GavelIcon />} onClick={() => onDecide(r)}>
            {translate('jiandu.onsite.recusals.decide')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
};

export const RecusalPanel = ({ subjectType, subjectId, candidates, closed = false }: { subjectType: RecusalSubjectType; subjectId: string; candidates: RecusalCandidate[]; closed?: boolean }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const supervisor = useHasRole('SUPERVISOR');
  const agencyAdmin = useHasRole('AGENCY_ADMIN');
  const me = getSession()?.user.officerId ?? null;
  const [open, setOpen] = useState<'declare' | 'apply' | 'order' | null>(null);
  const [deciding, setDeciding] = useState<RecusalFieldsFragment | null>(null);
  const subject = { type: subjectType, id: subjectId };
  const query = useQuery({ queryKey: ['recusals', 'subject', subject], queryFn: () => dataProvider.subjectRecusals(subject) });
  const items = query.data?.items ?? [];
  // nobody records a 回避 about himself, save his own declaration
  const others = candidates.filter((c) => c.officerId !== me);
  return (
    <Box data-testid="recusal-panel">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('jiandu.onsite.recusals.rule')}
      </Typography>
      {!closed && (
        <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }} useFlexGap>
          {supervisor && me && (
            <Button size="small" variant="outlined" startIcon={<PanToolIcon />} onClick={() => setOpen('declare')}>
              {translate('jiandu.onsite.recusals.declare')}
            </Button>
          )}
          {(supervisor || agencyAdmin) && others.length > 0 && (
            <Button size="small" variant="outlined" startIcon={<PostAddIcon />} onClick={() => setOpen('apply')}>
              {translate('jiandu.onsite.recusals.apply')}
            </Button>
          )}
          {supervisor && others.length > 0 && (
            <Button size="small" variant="outlined" startIcon={<RuleIcon />} onClick={() => setOpen('order')}>
              {translate('jiandu.onsite.recusals.order')}
            </Button>
          )}
        </Stack>
      )}
      {query.isPending ? (
        <LinearProgress />
      ) : query.isError ? (
        <Alert severity="error">{translate(refusalMessage(query.error), { _: refusalMessage(query.error) })}</Alert>
      ) : items.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="recusals-empty">
          {translate('jiandu.onsite.recusals.empty')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('jiandu.onsite.recusals.title')}>
            <TableHead>
              <TableRow>
                {['officerId', 'way', 'status', 'grounds', 'decidedBy', 'recordedBy'].map((f) => (
                  <TableCell key={f}>{translate(`resources.recusals.fields.${f}`)}</TableCell>
                ))}
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((r) => (
                <RecusalRow key={r.id} r={r} mayDecide={supervisor && r.officerId !== me} onDecide={setDeciding} />
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {open === 'declare' && me && <DeclareDialog subject={subject} officerId={me} onClose={() => setOpen(null)} />}
      {open === 'apply' && <ApplyDialog subject={subject} candidates={others} bodyOnly={!supervisor} onClose={() => setOpen(null)} />}
      {open === 'order' && <OrderDialog subject={subject} candidates={others} onClose={() => setOpen(null)} />}
      {deciding && <DecideDialog r={deciding} onClose={() => setDeciding(null)} />}
    </Box>
  );
};
