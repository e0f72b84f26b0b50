/**
 * 政策参数 in force for an agency (DESIGN "Rules are data"): each period, threshold and ratio with its
 * value, unit, source and where it is set (the seeds' default, this agency, or an agency above). A
 * certificate administrator overrides one for this agency's subtree, or removes this agency's override;
 * deadlines already set keep the value that set them.
 */
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { CommandDialog } from '../common/CommandDialog';
import { useHasRole } from '../common/roles';
import { useCommand } from '../common/useCommand';
import { fieldErrors } from '../dataProvider/client';
import { SetPolicy } from '../dataProvider/agencies';
import type { AgencyQuery } from '../gql/graphql';

type AgencyRecord = AgencyQuery['agency'];
type Policy = AgencyRecord['policies'][number];

const PolicyDialog = ({ agency, policy, onClose }: { agency: AgencyRecord; policy: Policy; onClose(): void }) => {
  const translate = useTranslate();
  const setHere = policy.setAt === agency.id;
  const [value, setValue] = useState(String(policy.value));
  const [source, setSource] = useState(setHere ? policy.source : '');
  const [touched, setTouched] = useState(false);
  const command = useCommand(SetPolicy, { success: 'jiandu.agencies.policy_saved', successArgs: { label: policy.label } });
  const reset = useCommand(SetPolicy, { success: 'jiandu.agencies.policy_reset', successArgs: { label: policy.label } });
  const server = fieldErrors(command.error);
  const numeric = Number(value);
  const problems = { value: value.trim() === '' || !Number.isFinite(numeric), source: !source.trim() };
  return (
    <CommandDialog
      open
      onClose={onClose}
      title="jiandu.agencies.policy_title"
      titleArgs={{ label: policy.label }}
      submitLabel="ra.action.save"
      validate={() => {
        setTouched(true);
        return !Object.values(problems).some(Boolean);
      }}
      onSubmit={async () => {
        if (await command.run({ agencyId: agency.id, key: policy.key, value: numeric, source: source.trim() })) onClose();
      }}
      isPending={command.isPending || reset.isPending}
      error={command.error ?? reset.error}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('jiandu.agencies.policy_help', { name: agency.name, default: policy.defaultValue, unit: policy.unit })}
      </Typography>
      <TextField
        name="value"
        type="number"
        label={translate('jiandu.agencies.policy_col.value')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        required
        margin="dense"
        autoFocus
        error={(touched && problems.value) || !!server.value}
        helperText={server.value ?? (touched && problems.value ? translate('ra.validation.required') : ' ')}
        slotProps={{ input: { endAdornment: <Typography variant="body2" color="text.secondary">{policy.unit}</Typography> } }}
      />
      <TextField
        name="source"
        label={translate('jiandu.agencies.policy_col.source')}
        value={source}
        onChange={(e) => setSource(e.target.value)}
        required
        fullWidth
        multiline
        margin="dense"
        error={(touched && problems.source) || !!server.source}
        helperText={server.source ?? (touched && problems.source ? translate('ra.validation.required') : translate('jiandu.agencies.policy_source_helper'))}
      />
      <Alert severity="info" sx={{ mt: 1 }}>
        {translate('jiandu.agencies.policy_keeps_deadlines')}
      </Alert>
      {setHere && (
        <Button
          color="warning"
          sx={{ mt: 1 }}
          disabled={reset.isPending}
          onClick={async () => {
            if (await reset.run({ agencyId: agency.id, key: policy.key, value: null, source: null })) onClose();
          }}
        >
          {translate('jiandu.agencies.policy_remove')}
        </Button>
      )}
    </CommandDialog>
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
