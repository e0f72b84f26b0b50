/**
 * 提出处理 (004 第三十三条): the officer (fixed when opened from his page, chosen otherwise), one of the nine grounds,
 * one of the five kinds, the facts, the effective day (default today by the server's clock) and related complaints
 * and cases. Always a confirmation step stating the consequence — for 暂扣 the certificate and the period personnel's
 * policy gives (`suspensionPreview`, the server's computation, never the browser's), for 吊销 that it is final.
 * On success the sanction's page opens, where its effect on the certificate appears once personnel has applied it.
 */
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Box, Button, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useDataProvider,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { ActionDialog } from '../common/ActionDialog';
import { useHasRole } from '../common/roles';
import { refusalMessage } from '../common/serverErrors';
import { useToday } from '../common/useToday';
import { requiredText, text } from '../common/validators';
import type { JianduDataProvider } from '../dataProvider';
import type { SanctionGround, SanctionKind, SanctionOfficerQuery, SuspensionPreviewQuery } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';

type Officer = NonNullable<SanctionOfficerQuery['officer']>;
type Period = SuspensionPreviewQuery['suspensionPreview'];

interface IssueValues {
  officerId: string;
  ground: SanctionGround | '';
  kind: SanctionKind | '';
  facts: string;
  effectiveOn: string;
  relatedComplaintIds: string[];
  relatedCaseIds: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENDED = new Set(['REVOKED', 'CANCELLED', 'EXPIRED']);
const bySearch = (search: string) => ({ search });

/** The certificate a 暂扣 or 吊销 would reach: the officer's current 行政执法证, unless it has ended. */
export const openCertificate = (officer: Officer | undefined) => {
  const c = officer?.certificate;
  return c && c.kind === 'ENFORCEMENT' && !ENDED.has(c.status) ? c : null;
};

/** Watches the chosen officer and, for a 暂扣, the period the server computes; tells the dialog both. */
const Facts = ({ onOfficer, onPeriod, onKind }: { onOfficer(o: Officer | undefined): void; onPeriod(p: Period | undefined): void; onKind(k: IssueValues['kind']): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const officerId = useWatch<IssueValues, 'officerId'>({ name: 'officerId' });
  const kind = useWatch<IssueValues, 'kind'>({ name: 'kind' });
  const effectiveOn = useWatch<IssueValues, 'effectiveOn'>({ name: 'effectiveOn' }) ?? '';
  const officer = useQuery({
    queryKey: ['sanctions', 'officer', { id: officerId }],
    queryFn: () => dataProvider.sanctionOfficer({ id: officerId }),
    enabled: !!officerId,
    retry: false,
  });
  const cert = openCertificate(officer.data ?? undefined);
  const wantsPeriod = kind === 'SUSPEND_CERTIFICATE' && !!cert && DATE.test(effectiveOn);
  const preview = useQuery({
    queryKey: ['certificates', 'suspensionPreview', { id: cert?.id, startsOn: effectiveOn }],
    queryFn: () => dataProvider.suspensionPreview({ id: cert!.id, startsOn: effectiveOn }),
    enabled: wantsPeriod,
    retry: false,
  });
  const period = wantsPeriod && preview.data?.startsOn === effectiveOn ? preview.data : undefined;
  useEffect(() => onOfficer(officer.data ?? undefined), [officer.data, onOfficer]);
  useEffect(() => onPeriod(period), [period, onPeriod]);
  useEffect(() => onKind(kind), [kind, onKind]);
  if (!officerId || !kind) return null;
  const reaches = kind === 'SUSPEND_CERTIFICATE' || kind === 'REVOKE_CERTIFICATE';
  return (
    <Box sx={{ my: 1, p: 1.5, borderRadius: 1, bgcolor: 'rgba(237, 108, 2, 0.06)', border: 1, borderColor: 'warning.light' }} data-testid="sanction-preview" aria-live="polite">
      {officer.isPending ? (
        <Skeleton width="60%" />
      ) : officer.error ? (
        <Typography variant="body2" color="error" role="alert">
          {translate(refusalMessage(officer.error), { _: refusalMessage(officer.error) })}
        </Typography>
      ) : !reaches ? (
        <Typography variant="body2">{translate(`jiandu.sanctions.consequence.${kind}`)}</Typography>
      ) : !cert ? (
        <Typography variant="body2" color="error.main">
          {translate('jiandu.sanctions.no_certificate', { name: officer.data?.name ?? '' })}
        </Typography>
      ) : kind === 'REVOKE_CERTIFICATE' ? (
        <Typography variant="body2">{translate('jiandu.sanctions.preview_revoke', { number: cert.number, start: effectiveOn })}</Typography>
      ) : period ? (
        <>
          <Typography variant="subtitle2" component="p">
            {translate('jiandu.sanctions.preview_suspend', { number: cert.number, start: period.startsOn, end: period.endsOn, months: period.months })}
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

/** Related records: the officer's complaints and the cases he handles, to choose from. */
const Related = () => {
  const officerId = useWatch<IssueValues, 'officerId'>({ name: 'officerId' });
  const filter = officerId ? { officerId } : {};
  return (
    <>
      <ReferenceArrayInput source="relatedComplaintIds" reference="complaints" filter={filter}>
        <AutocompleteArrayInput label="jiandu.sanctions.related_complaints" filterToQuery={bySearch} optionText="number" noOptionsText="jiandu.common.no_options" fullWidth />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="relatedCaseIds" reference="cases" filter={officerId ? { handlerId: officerId } : {}}>
        <AutocompleteArrayInput label="jiandu.sanctions.related_cases" filterToQuery={bySearch} optionText="number" noOptionsText="jiandu.common.no_options" fullWidth />
      </ReferenceArrayInput>
    </>
  );
};

export const IssueSanctionDialog = ({ officerId, onClose }: { officerId?: string; onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<JianduDataProvider>();
  const navigate = useNavigate();
  const today = useToday();
  const [officer, setOfficer] = useState<Officer | undefined>(undefined);
  const [period, setPeriod] = useState<Period | undefined>(undefined);
  const [kind, setKind] = useState<IssueValues['kind']>('');
  const cert = openCertificate(officer);

  const confirmation = (v: IssueValues) => {
    if (!officer || !v.kind || !v.ground) return undefined;
    const name = officer.name;
    let consequence: string;
    if (v.kind === 'SUSPEND_CERTIFICATE' && cert && period) {
      consequence = translate('jiandu.sanctions.confirm_suspend', { name, number: cert.number, start: period.startsOn, end: period.endsOn, months: period.months });
    } else if (v.kind === 'REVOKE_CERTIFICATE' && cert) {
      consequence = translate('jiandu.sanctions.confirm_revoke', { name, number: cert.number, start: v.effectiveOn });
    } else if (v.kind === 'SUSPEND_CERTIFICATE' || v.kind === 'REVOKE_CERTIFICATE') {
      consequence = translate('jiandu.sanctions.no_certificate', { name });
    } else {
      consequence = translate('jiandu.sanctions.confirm_other', { name, kind: translate(enumKey('SanctionKind', v.kind)) });
    }
    return (
      <Box data-testid="sanction-confirmation">
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          {consequence}
        </Typography>
        {v.kind === 'REMOVAL_FROM_POST' && (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('jiandu.sanctions.consequence.REMOVAL_FROM_POST')}
          </Typography>
        )}
        <Typography variant="body2">
          {translate('resources.sanctions.fields.ground')}：{translate(enumKey('SanctionGround', v.ground))}
        </Typography>
        <Typography variant="body2">
          {translate('resources.sanctions.fields.facts')}：{text(v.facts)}
        </Typography>
        <Typography variant="body2">
          {translate('resources.sanctions.fields.effectiveOn')}：{v.effectiveOn}
        </Typography>
      </Box>
    );
  };

  return (
    <ActionDialog<IssueValues, { id: string; number: string }>
      onClose={onClose}
      title={officer && officerId ? 'jiandu.sanctions.issue_title' : 'jiandu.sanctions.issue'}
      titleArgs={{ name: officer?.name ?? '' }}
      submitLabel="jiandu.sanctions.submit"
      defaultValues={today ? { officerId: officerId ?? '', ground: '', kind: '', facts: '', effectiveOn: today, relatedComplaintIds: [], relatedCaseIds: [] } : undefined}
      mutationFn={(v) =>
        dataProvider.issueSanction({
          input: {
            officerId: v.officerId,
            ground: v.ground as SanctionGround,
            kind: v.kind as SanctionKind,
            facts: text(v.facts),
            effectiveOn: v.effectiveOn,
            relatedComplaintIds: v.relatedComplaintIds ?? [],
            relatedCaseIds: v.relatedCaseIds ?? [],
          },
        })
      }
      success="jiandu.sanctions.issued"
      onSuccess={(r) => navigate(`/sanctions/${r.id}/show`)}
      // a 暂扣 of a certificate is confirmed with the period the server computed, never without it
      ready={!!officer && !(kind === 'SUSPEND_CERTIFICATE' && cert && !period)}
      confirmation={confirmation}
      destructive={(v) => v.kind === 'SUSPEND_CERTIFICATE' || v.kind === 'REVOKE_CERTIFICATE'}
      maxWidth="md"
    >
      {!officerId && (
        <ReferenceInput source="officerId" reference="officers">
          <AutocompleteInput label="resources.sanctions.fields.officerId" filterToQuery={bySearch} validate={required()} noOptionsText="jiandu.common.no_options" fullWidth />
        </ReferenceInput>
      )}
      <SelectInput source="ground" label="resources.sanctions.fields.ground" choices={enumChoices('SanctionGround')} validate={required()} fullWidth helperText="jiandu.sanctions.ground_helper" />
      <RadioButtonGroupInput source="kind" label="resources.sanctions.fields.kind" choices={enumChoices('SanctionKind')} validate={required()} />
      <DateInput source="effectiveOn" label="resources.sanctions.fields.effectiveOn" validate={required()} helperText="jiandu.sanctions.effective_helper" />
      <Facts onOfficer={setOfficer} onPeriod={setPeriod} onKind={setKind} />
      <TextInput source="facts" label="resources.sanctions.fields.facts" validate={requiredText()} multiline minRows={3} fullWidth />
      <Related />
    </ActionDialog>
  );
};

/** 提出处理 for supervisors: opens the dialog (for `officerId`, or with an officer to choose). */
export const IssueSanctionButton = ({ officerId }: { officerId?: string }) => {
  const translate = useTranslate();
  const maySupervise = useHasRole('SUPERVISOR');
  const [open, setOpen] = useState(false);
  if (!maySupervise) return null;
  return (
    <>
      <Button size="small" startIcon={<PersonOffIcon />} onClick={() => setOpen(true)} data-testid="issue-sanction">
        {translate('jiandu.sanctions.issue')}
      </Button>
      {open && <IssueSanctionDialog officerId={officerId} onClose={() => setOpen(false)} />}
    </>
  );
};
