import BlockIcon from '@mui/icons-material/Block';
import { Button } from '@mui/material';
import { useState } from 'react';
import { TextInput, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { MatterQuery } from '../gql/graphql';

type MatterRecord = MatterQuery['matter'];

const minLength4 = (value: unknown) => (typeof value === 'string' && value.trim().length > 0 && value.trim().length < 4 ? 'jiandu.matters.reason_too_short' : undefined);

/** 停用: the matter leaves the published list but stays readable, flagged; the clerk confirms first. */
export const RetireMatterButton = () => {
  const record = useRecordContext<MatterRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  const [open, setOpen] = useState(false);
  if (!record || record.retired || !mayKeep) return null;
  return (
    <>
      <Button size="small" color="error" startIcon={<BlockIcon />} onClick={() => setOpen(true)}>
        {translate('jiandu.matters.retire')}
      </Button>
      {open && (
        <ActionDialog<{ reason: string }, unknown>
          onClose={() => setOpen(false)}
          title="jiandu.matters.retire_title"
          titleArgs={{ name: record.name }}
          submitLabel="jiandu.matters.retire"
          defaultValues={{ reason: '' }}
          mutationFn={(v) => dataProvider.retireMatter({ id: record.id, version: record.version, reason: text(v.reason) })}
          success="jiandu.matters.retired_done"
          successArgs={{ name: record.name }}
          confirmation={() => translate('jiandu.matters.confirm_retire', { name: record.name })}
          destructive
        >
          <TextInput source="reason" label="jiandu.matters.reason" validate={[...requiredText(), minLength4]} multiline minRows={2} fullWidth autoFocus />
        </ActionDialog>
      )}
    </>
  );
};
