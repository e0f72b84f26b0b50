/**
 * What is done with a 监督意见书 (003 第15条 督促执法单位整改): the supervised body reports its rectification; the
 * supervisor accepts it (mended) or not, with the reason; an opinion unmended past its deadline is turned into a
 * 监督通知书 (the notice's form, with the opinion named). Offered exactly as the server's `availableActions` allow.
 */
import { Button, Stack } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useState } from 'react';
import { Link, RadioButtonGroupInput, TextInput, required, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ActionDialog } from '../common/ActionDialog';
import { requiredText } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { OpinionRecord } from '../reviews/types';

const VerdictNote = () => {
  const accepted = useWatch({ name: 'accepted' }) as string | undefined;
  return <TextInput source="note" label="jiandu.opinions.note" helperText="jiandu.opinions.note_helper" multiline minRows={3} fullWidth validate={accepted === 'no' ? requiredText() : undefined} />;
};

export const OpinionActions = () => {
  const o = useRecordContext<OpinionRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const [open, setOpen] = useState<'report' | 'decide' | null>(null);
  if (!o) return null;
  const can = (a: string) => o.availableActions.includes(a as never);
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} useFlexGap>
      <Button component={Link} to={`/opinions/${o.id}/print`} size="small" startIcon={<PrintIcon />} data-testid="print-opinion">
        {translate('jiandu.opinions.print')}
      </Button>
      {can('REPORT') && (
        <Button size="small" variant="contained" onClick={() => setOpen('report')} data-testid="report-rectification">
          {translate('jiandu.opinions.report')}
        </Button>
      )}
      {can('ACCEPT') && (
        <Button size="small" variant="contained" onClick={() => setOpen('decide')} data-testid="decide-rectification">
          {translate('jiandu.opinions.decide')}
        </Button>
      )}
      {can('ESCALATE') && (
        <Button size="small" variant="contained" color="error" href={`#/notices/create?opinionId=${o.id}`} title={translate('jiandu.opinions.escalate_helper')} data-testid="escalate-opinion">
          {translate('jiandu.opinions.escalate')}
        </Button>
      )}
      {open === 'report' && (
        <ActionDialog
          onClose={() => setOpen(null)}
          title="jiandu.opinions.report"
          submitLabel="jiandu.opinions.report"
          defaultValues={{ text: '' }}
          mutationFn={(v: { text: string }) => dataProvider.reportOpinionRectification({ id: o.id, version: o.version, text: v.text })}
          success="jiandu.opinions.report_done"
          maxWidth="md"
        >
          <TextInput source="text" label="jiandu.opinions.report_text" multiline minRows={5} fullWidth validate={requiredText()} />
        </ActionDialog>
      )}
      {open === 'decide' && (
        <ActionDialog
          onClose={() => setOpen(null)}
          title="jiandu.opinions.decide"
          submitLabel="ra.action.confirm"
          defaultValues={{ accepted: 'yes', note: '' }}
          mutationFn={(v: { accepted: string; note: string }) => dataProvider.decideOpinionRectification({ id: o.id, version: o.version, accepted: v.accepted === 'yes', note: v.note })}
          success="jiandu.opinions.decided"
        >
          <RadioButtonGroupInput
            source="accepted"
            label="jiandu.opinions.accepted"
            choices={[{ id: 'yes', name: 'jiandu.opinions.accept_yes' }, { id: 'no', name: 'jiandu.opinions.accept_no' }]}
            row={false}
            validate={required()}
          />
          <VerdictNote />
        </ActionDialog>
      )}
    </Stack>
  );
};
