/**
 * 暂扣3个月 (003 第4条; 004 第三十三条 for a supervision sanction): ground, first day (default: today by the
 * server's clock), facts, basis (required for a sanction). The period is the server's: the dialog shows
 * the end `suspensionPreview` computes for the chosen first day, live, and again on the confirmation
 * step before anything is sent.
 */
import { Box, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RadioButtonGroupInput, TextInput, DateInput, required, useDataProvider, useTranslate, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ActionDialog } from '../common/ActionDialog';
import { refusalMessage } from '../common/serverErrors';
import { useToday } from '../common/useToday';
import { optionalText, requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { SuspensionGround, SuspensionPreviewQuery } from '../gql/graphql';
import { enumChoices } from '../labels';
import type { ActionTarget } from './CertificateActionDialogs';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Period = SuspensionPreviewQuery['suspensionPreview'];

interface SuspendValues {
  ground: SuspensionGround | '';
  startsOn: string;
  reason: string;
  basis: string;
}

/** 004 第三十三条: a suspension decided as a supervision sanction names its decision. */
const basisForSanction: Validator = (value: unknown, values: Partial<SuspendValues>) =>
  values.ground === 'SANCTION' && !(typeof value === 'string' && value.trim()) ? 'resources.certificates.actions.sanction_basis_required' : undefined;

/** The end the server computes for the chosen first day, live; tells the dialog the period it will confirm. */
const SuspensionPreview = ({ id, onPeriod }: { id: string; onPeriod(period: Period | undefined): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const startsOn = useWatch<SuspendValues, 'startsOn'>({ name: 'startsOn' }) ?? '';
  const validDate = DATE.test(startsOn);
  const preview = useQuery({
    queryKey: ['certificates', 'suspensionPreview', { id, startsOn }],
    queryFn: () => dataProvider.suspensionPreview({ id, startsOn }),
    enabled: validDate,
  });
  const period = validDate && preview.data?.startsOn === startsOn ? preview.data : undefined;
  useEffect(() => onPeriod(period), [period, onPeriod]);
  return (
    <Box sx={{ my: 1, p: 1.5, borderRadius: 1, bgcolor: 'rgba(237, 108, 2, 0.06)', border: 1, borderColor: 'warning.light' }} data-testid="suspension-preview" aria-live="polite">
      {!validDate ? (
        <Typography variant="body2" color="text.secondary">
          {translate('jiandu.certificates.preview_needs_date')}
        </Typography>
      ) : period ? (
        <>
          <Typography variant="subtitle1" component="p" sx={{ fontWeight: 500 }}>
            {translate('jiandu.certificates.suspension_preview', { start: period.startsOn, end: period.endsOn, months: period.months })}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('jiandu.certificates.rule')}：{period.rule}
          </Typography>
        </>
      ) : preview.error ? (
        <Typography variant="body2" color="error" role="alert">
          {translate(refusalMessage(preview.error), { _: refusalMessage(preview.error) })}
        </Typography>
      ) : (
        <Skeleton width="60%" />
      )}
    </Box>
  );
};

/** 依据: required for a sanction, and its hint says so. */
const BasisInput = () => {
  const ground = useWatch<SuspendValues, 'ground'>({ name: 'ground' });
  const sanction = ground === 'SANCTION';
  return (
    <TextInput
      source="basis"
      label="jiandu.certificates.basis"
      validate={basisForSanction}
      required={sanction}
      fullWidth
      helperText={sanction ? 'jiandu.certificates.sanction_basis_helper' : 'jiandu.certificates.basis_helper'}
    />
  );
};

export const SuspendDialog = ({ target, holderName, onClose }: { target: ActionTarget; holderName?: string; onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const today = useToday();
  const [period, setPeriod] = useState<Period | undefined>(undefined);

  return (
    <ActionDialog<SuspendValues, unknown>
      onClose={onClose}
      title="jiandu.certificates.dialog.SUSPEND"
      titleArgs={{ number: target.number }}
      submitLabel="jiandu.certificates.submit.SUSPEND"
      defaultValues={today ? { ground: '', startsOn: today, reason: '', basis: '' } : undefined}
      mutationFn={(v) =>
        dataProvider.suspendCertificate({
          id: target.id,
          version: target.version,
          input: { ground: v.ground as SuspensionGround, startsOn: v.startsOn, reason: text(v.reason), basis: optionalText(v.basis) },
        })
      }
      success="jiandu.certificates.done.SUSPEND"
      successArgs={{ number: target.number }}
      ready={!!period}
      confirmation={(v) =>
        period && v.ground ? (
          <Box data-testid="suspension-confirmation">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('jiandu.certificates.confirm_suspend', { number: target.number, holder: holderName ?? '' })}
            </Typography>
            <Typography variant="subtitle2">
              {translate('jiandu.certificates.suspension_preview', { start: period.startsOn, end: period.endsOn, months: period.months })}
            </Typography>
            <Typography variant="body2">
              {translate('jiandu.certificates.ground')}：{translate(`enums.SuspensionGround.${v.ground}`)}
            </Typography>
            <Typography variant="body2">
              {translate('jiandu.certificates.facts')}：{text(v.reason)}
            </Typography>
            {optionalText(v.basis) && (
              <Typography variant="body2">
                {translate('jiandu.certificates.basis')}：{text(v.basis)}
              </Typography>
            )}
          </Box>
        ) : undefined
      }
      maxWidth="md"
    >
      <RadioButtonGroupInput source="ground" label="jiandu.certificates.ground" choices={enumChoices('SuspensionGround')} validate={required()} row={false} />
      <DateInput source="startsOn" label="jiandu.certificates.starts_on" validate={required()} helperText="jiandu.certificates.starts_on_helper" />
      <SuspensionPreview id={target.id} onPeriod={setPeriod} />
      <TextInput source="reason" label="jiandu.certificates.facts" validate={requiredText()} multiline minRows={2} fullWidth />
      <BasisInput />
    </ActionDialog>
  );
};
