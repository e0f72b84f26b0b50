/**
 * 政策参数 in force for an agency (DESIGN "Rules are data"): each period, threshold and ratio with its
 * value, unit, source and where it is set (the seeds' default, this agency, or an agency above). A
 * certificate administrator overrides one for this agency's subtree, or removes this agency's override;
 * deadlines already set keep the value that set them.
 */
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { NumberInput, ReferenceField, TextInput, number, required, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useHasRole } from '../common/roles';
import { useNotifyRefusal } from '../common/serverErrors';
import { requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { AgencyQuery } from '../gql/graphql';

type AgencyRecord = AgencyQuery['agency'];
type Policy = AgencyRecord['policies'][number];

interface PolicyValues {
  value: number | null;
  source: string;
}

/**
 * Both actions send the version of this agency's own override the clerk saw (`policy.version`, empty when it
 * sets none), so a change made meanwhile by another administrator is refused, not overwritten.
 */

/** 删除本级设置: the agency falls back to the value set above it (or the seeds' default). */
const RemoveOverrideButton = ({ agency, policy, onDone }: { agency: AgencyRecord; policy: Policy; onDone(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyRefusal = useNotifyRefusal();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.setPolicy({ agencyId: agency.id, key: policy.key, value: null, source: null, version: policy.version }),
    onSuccess: () => {
      notify('jiandu.agencies.policy_reset', { type: 'success', messageArgs: { label: policy.label } });
      refresh();
      onDone();
    },
    onError: notifyRefusal,
  });
  return (
    <Button color="warning" sx={{ mt: 1 }} disabled={isPending} onClick={() => mutate()}>
      {translate('jiandu.agencies.policy_remove')}
    </Button>
  );
};

const PolicyDialog = ({ agency, policy, onClose }: { agency: AgencyRecord; policy: Policy; onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const setHere = policy.setAt === agency.id;
  return (
    <ActionDialog<PolicyValues, unknown>
      onClose={onClose}
      title="jiandu.agencies.policy_title"
      titleArgs={{ label: policy.label }}
      submitLabel="ra.action.save"
      defaultValues={{ value: policy.value, source: setHere ? policy.source : '' }}
      mutationFn={(v) => dataProvider.setPolicy({ agencyId: agency.id, key: policy.key, value: v.value, source: text(v.source), version: policy.version })}
      success="jiandu.agencies.policy_saved"
      successArgs={{ label: policy.label }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('jiandu.agencies.policy_help', { name: agency.name, default: policy.defaultValue, unit: policy.unit })}
      </Typography>
      <NumberInput
        source="value"
        label="jiandu.agencies.policy_col.value"
        validate={[required(), number()]}
        autoFocus
        slotProps={{ input: { endAdornment: <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>{policy.unit}</Typography> } }}
      />
      <TextInput source="source" label="jiandu.agencies.policy_col.source" validate={requiredText()} fullWidth multiline helperText="jiandu.agencies.policy_source_helper" />
      <Alert severity="info" sx={{ mt: 1 }}>
        {translate('jiandu.agencies.policy_keeps_deadlines')}
      </Alert>
      {setHere && <RemoveOverrideButton agency={agency} policy={policy} onDone={onClose} />}
    </ActionDialog>
  );
};

export const AgencyPolicies = () => {
  const agency = useRecordContext<AgencyRecord>();
  const translate = useTranslate();
  const mayEdit = useHasRole('CERT_ADMIN', 'SYSTEM_ADMIN');
  const [editing, setEditing] = useState<Policy | null>(null);
  if (!agency) return null;
  return (
    <>
      <Table size="small" aria-label={translate('jiandu.agencies.policies')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('jiandu.agencies.policy_col.label')}</TableCell>
            <TableCell align="right">{translate('jiandu.agencies.policy_col.value')}</TableCell>
            <TableCell>{translate('jiandu.agencies.policy_col.source')}</TableCell>
            <TableCell>{translate('jiandu.agencies.policy_col.set_at')}</TableCell>
            {mayEdit && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {agency.policies.map((p) => (
            <TableRow key={p.key} data-policy={p.key}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.label}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {p.value} {p.unit}
                {p.value !== p.defaultValue && (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {translate('jiandu.agencies.policy_default', { value: p.defaultValue, unit: p.unit })}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ maxWidth: 480 }}>
                <Typography variant="body2">{p.source}</Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {!p.setAt ? (
                  <Chip size="small" variant="outlined" label={translate('jiandu.agencies.policy_seed_default')} />
                ) : p.setAt === agency.id ? (
                  <Chip size="small" color="primary" label={translate('jiandu.agencies.policy_set_here')} />
                ) : (
                  <ReferenceField record={{ id: p.key, setAt: p.setAt }} source="setAt" reference="agencies" link="show" />
                )}
              </TableCell>
              {mayEdit && (
                <TableCell>
                  <Button size="small" startIcon={<EditIcon />} onClick={() => setEditing(p)} aria-label={translate('jiandu.agencies.policy_edit', { label: p.label })}>
                    {translate('ra.action.edit')}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing && <PolicyDialog agency={agency} policy={editing} onClose={() => setEditing(null)} />}
    </>
  );
};
