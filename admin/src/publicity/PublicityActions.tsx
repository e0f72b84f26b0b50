/**
 * The acts on a publication and a filing, each a button with its dialog, used by the case's panel and by the rows
 * of the 公示 and 备案 lists: 预览并公示 (see PublishDialog), 撤回公示 (002 （二）3 事后公开（三）: reason and basis,
 * confirmed first), 登记备案 (004 第十九条: the date it was filed). Each sends the version shown; the server decides
 * who may act (the case's handlers, agency administrators of its subtree; supervisors also withdraw).
 */
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import PublishIcon from '@mui/icons-material/Publish';
import UnpublishedIcon from '@mui/icons-material/Unpublished';
import { Button } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { DateInput, TextInput, required, useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useHasRole } from '../common/roles';
import { useToday } from '../common/useToday';
import { optionalText, requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { FilingRowFragment, PublicationRowFragment } from '../gql/graphql';
import { PublishDialog } from './PublishDialog';

type Publication = Pick<PublicationRowFragment, 'caseId' | 'caseNumber' | 'status' | 'version'>;
type Filing = Pick<FilingRowFragment, 'caseId' | 'caseNumber' | 'filedOn' | 'version' | 'decidedOn'>;

/** A click in a list row acts on the button, not on the row. */
const stop = (e: MouseEvent) => e.stopPropagation();

const minLength4 = (value: unknown) => (typeof value === 'string' && value.trim().length > 0 && value.trim().length < 4 ? 'jiandu.publicity.reason_too_short' : undefined);

export const PublishButton = ({ publication }: { publication: Publication }) => {
  const translate = useTranslate();
  const mayPublish = useHasRole('OFFICER', 'AGENCY_ADMIN');
  const [open, setOpen] = useState(false);
  if (publication.status !== 'PENDING' || !mayPublish) return null;
  return (
    <span onClick={stop}>
      <Button size="small" variant="outlined" startIcon={<PublishIcon />} sx={{ whiteSpace: 'nowrap' }} onClick={() => setOpen(true)}>
        {translate('jiandu.publicity.preview_publish')}
      </Button>
      {open && <PublishDialog caseId={publication.caseId} caseNumber={publication.caseNumber} version={publication.version} onClose={() => setOpen(false)} />}
    </span>
  );
};

export const WithdrawButton = ({ publication }: { publication: Publication }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  // The handlers do not withdraw their own decision's publication (002 事后公开（三）: on revocation or illegality).
  const mayWithdraw = useHasRole('AGENCY_ADMIN', 'SUPERVISOR');
  const [open, setOpen] = useState(false);
  if (publication.status !== 'PUBLISHED' || !mayWithdraw) return null;
  return (
    <span onClick={stop}>
      <Button size="small" color="error" startIcon={<UnpublishedIcon />} sx={{ whiteSpace: 'nowrap' }} onClick={() => setOpen(true)}>
        {translate('jiandu.publicity.withdraw')}
      </Button>
      {open && (
        <ActionDialog<{ reason: string; basis: string }, unknown>
          onClose={() => setOpen(false)}
          title="jiandu.publicity.withdraw_title"
          titleArgs={{ number: publication.caseNumber }}
          submitLabel="jiandu.publicity.withdraw"
          defaultValues={{ reason: '', basis: '' }}
          mutationFn={(v) => dataProvider.withdrawPublication({ caseId: publication.caseId, version: publication.version, reason: text(v.reason), basis: optionalText(v.basis) })}
          success="jiandu.publicity.withdrawn_done"
          successArgs={{ number: publication.caseNumber }}
          confirmation={() => translate('jiandu.publicity.confirm_withdraw', { number: publication.caseNumber })}
          destructive
        >
          <TextInput source="reason" label="jiandu.publicity.withdraw_reason" helperText="jiandu.publicity.withdraw_reason_helper" validate={[...requiredText(), minLength4]} multiline minRows={2} fullWidth autoFocus />
          <TextInput source="basis" label="jiandu.publicity.withdraw_basis" helperText="jiandu.publicity.withdraw_basis_helper" fullWidth />
        </ActionDialog>
      )}
    </span>
  );
};

export const RecordFilingButton = ({ filing }: { filing: Filing }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const mayFile = useHasRole('OFFICER', 'AGENCY_ADMIN');
  const [open, setOpen] = useState(false);
  const today = useToday(open);
  if (filing.filedOn || !mayFile) return null;
  return (
    <span onClick={stop}>
      <Button size="small" variant="outlined" startIcon={<AssignmentTurnedInIcon />} sx={{ whiteSpace: 'nowrap' }} onClick={() => setOpen(true)}>
        {translate('jiandu.publicity.record_filing')}
      </Button>
      {open && (
        <ActionDialog<{ filedOn: string }, unknown>
          onClose={() => setOpen(false)}
          title="jiandu.publicity.record_filing_title"
          titleArgs={{ number: filing.caseNumber }}
          submitLabel="jiandu.publicity.record_filing"
          defaultValues={today ? { filedOn: today } : undefined}
          mutationFn={(v) => dataProvider.recordFiling({ caseId: filing.caseId, version: filing.version, filedOn: v.filedOn })}
          success="jiandu.publicity.filed_done"
          successArgs={{ number: filing.caseNumber }}
        >
          <DateInput source="filedOn" label="jiandu.publicity.filed_on" helperText="jiandu.publicity.filed_on_helper" validate={required()} fullWidth />
        </ActionDialog>
      )}
    </span>
  );
};
