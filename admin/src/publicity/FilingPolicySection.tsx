/**
 * 备案期限 of the caller's agency (004 第十九条: 15 days by default; a jurisdiction may set its own, e.g. 000 二（九）
 * 7 working days): what is in force, with its source and whether it is the agency's own, an ancestor's or the
 * default; its administrators set or remove the agency's own period (with the version they saw). Deadlines
 * already set keep the rule that set them.
 */
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { NumberInput, SelectInput, TextInput, maxValue, minValue, required, useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { PeriodUnit } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';
import { getSession } from '../session';

interface PolicyValues {
  value: number;
  unit: PeriodUnit;
  sourceText: string;
}

const range = (values: PolicyValues) => (values.unit === 'NATURAL_MONTHS' ? 12 : 90);

export const FilingPolicySection = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const agencyId = getSession()?.user.agencyId ?? null;
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  const [dialog, setDialog] = useState<'set' | 'remove' | null>(null);
  const policy = useQuery({
    queryKey: ['jiandu', 'filingPolicy', agencyId],
    queryFn: () => dataProvider.filingPolicy({ agencyId: agencyId ?? '' }),
    enabled: !!agencyId,
    retry: false,
  });
  if (!agencyId) return null;
  const p = policy.data;
  const own = !!p && p.setAt === agencyId && p.version != null;
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="filing-policy">
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}>
          <Box>
            <Typography variant="subtitle2">{translate('jiandu.publicity.policy_title')}</Typography>
            {policy.error ? (
              <Alert severity="error">{policy.error.message}</Alert>
            ) : p ? (
              <Typography variant="body2">
                <strong>
                  {p.value} {translate(enumKey('PeriodUnit', p.unit))}
                </strong>
                {' · '}
                {p.sourceText}
                {' · '}
                <Typography component="span" variant="body2" color="text.secondary">
                  {translate(p.isDefault ? 'jiandu.publicity.policy_default' : own ? 'jiandu.publicity.policy_own' : 'jiandu.publicity.policy_inherited')}
                </Typography>
              </Typography>
            ) : (
              <Typography variant="body2" color="text.secondary">
                …
              </Typography>
            )}
            <Typography variant="caption" color="text.secondary">
              {translate('jiandu.publicity.policy_hint')}
            </Typography>
          </Box>
          {mayKeep && p && (
            <Stack direction="row" spacing={1}>
              <Button size="small" startIcon={<EditIcon />} onClick={() => setDialog('set')}>
                {translate('jiandu.publicity.policy_set')}
              </Button>
              {own && (
                <Button size="small" color="error" onClick={() => setDialog('remove')}>
                  {translate('jiandu.publicity.policy_remove')}
                </Button>
              )}
            </Stack>
          )}
        </Stack>
      </CardContent>
      {dialog === 'set' && p && (
        <ActionDialog<PolicyValues, unknown>
          onClose={() => setDialog(null)}
          title="jiandu.publicity.policy_set"
          submitLabel="ra.action.save"
          defaultValues={{ value: p.value, unit: p.unit, sourceText: own ? p.sourceText : '' }}
          mutationFn={(v) => dataProvider.setFilingPolicy({ agencyId, version: own ? p.version : null, input: { value: Number(v.value), unit: v.unit, sourceText: text(v.sourceText) } })}
          success="jiandu.publicity.policy_saved"
        >
          <Stack direction="row" spacing={2}>
            <NumberInput source="value" label="jiandu.publicity.policy_value" validate={[required(), minValue(1), (v: unknown, all: PolicyValues) => maxValue(range(all))(v, all)]} step={1} />
            <SelectInput source="unit" label="jiandu.publicity.policy_unit" choices={enumChoices('PeriodUnit')} validate={required()} />
          </Stack>
          <TextInput source="sourceText" label="jiandu.publicity.policy_source" helperText="jiandu.publicity.policy_source_helper" validate={requiredText()} multiline fullWidth />
        </ActionDialog>
      )}
      {dialog === 'remove' && p && (
        <ActionDialog<Record<string, never>, unknown>
          onClose={() => setDialog(null)}
          title="jiandu.publicity.policy_remove"
          submitLabel="jiandu.publicity.policy_remove"
          defaultValues={{}}
          mutationFn={() => dataProvider.setFilingPolicy({ agencyId, version: p.version, input: null })}
          success="jiandu.publicity.policy_saved"
          confirmation={() => translate('jiandu.publicity.confirm_policy_remove')}
          destructive
        >
          <Typography variant="body2">{translate('jiandu.publicity.policy_remove_hint')}</Typography>
        </ActionDialog>
      )}
    </Card>
  );
};
