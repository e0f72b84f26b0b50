/**
 * The inputs of a referral (004 第三十一条), shared by drafting and editing: the kind of clue decides what is asked —
 * a duty offence (贪污贿赂、失职渎职等) names the officers and goes to a 监察机关; a public-interest clue names its field
 * and the conduct and goes to a 检察机关. Choosing the kind sets the matching recipient kind; the server refuses a
 * recipient that does not fit (its message lands on the input).
 */
import { Alert } from '@mui/material';
import { useEffect } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { requiredText } from '../common/validators';
import { REF_PROJECTION } from '../dataProvider';
import type { ReferralClueKind } from '../gql/graphql';
import { enumChoices } from '../labels';

const bySearch = (search: string) => ({ search });
const RECIPIENT_OF: Record<ReferralClueKind, string> = { DUTY_OFFENCE: 'SUPERVISORY_COMMISSION', PUBLIC_INTEREST: 'PROCURATORATE' };

/** 004 第三十一条: the kind of clue chooses its recipient kind (the clerk may still change it; the server judges). */
const RecipientFollowsClue = () => {
  const clueKind = useWatch({ name: 'clueKind' }) as ReferralClueKind | undefined;
  const { setValue, getFieldState } = useFormContext();
  useEffect(() => {
    if (clueKind && !getFieldState('recipientKind').isDirty) setValue('recipientKind', RECIPIENT_OF[clueKind]);
  }, [clueKind, setValue, getFieldState]);
  return null;
};

const ClueDetails = () => {
  const clueKind = useWatch({ name: 'clueKind' }) as ReferralClueKind | undefined;
  const agencyId = useWatch({ name: 'agencyId' }) as string | undefined;
  if (clueKind === 'DUTY_OFFENCE') {
    return (
      <>
        <SelectInput source="offence" choices={enumChoices('DutyOffence')} validate={required()} sx={{ minWidth: 280 }} />
        <ReferenceArrayInput source="officerIds" reference="officers" filter={agencyId ? { agencyId } : {}} queryOptions={{ meta: REF_PROJECTION }}>
          <AutocompleteArrayInput filterToQuery={bySearch} validate={required()} helperText="jiandu.onsite.referrals.officers_helper" noOptionsText="jiandu.common.no_options" fullWidth />
        </ReferenceArrayInput>
      </>
    );
  }
  if (clueKind === 'PUBLIC_INTEREST') {
    return (
      <>
        <SelectInput source="field" choices={enumChoices('PublicInterestField')} validate={required()} sx={{ minWidth: 280 }} />
        <RadioButtonGroupInput source="conduct" choices={enumChoices('PublicInterestConduct')} validate={required()} />
        <ReferenceArrayInput source="officerIds" reference="officers" filter={agencyId ? { agencyId } : {}} queryOptions={{ meta: REF_PROJECTION }}>
          <AutocompleteArrayInput filterToQuery={bySearch} helperText="jiandu.onsite.referrals.officers_optional" noOptionsText="jiandu.common.no_options" fullWidth />
        </ReferenceArrayInput>
      </>
    );
  }
  return null;
};

export const ReferralInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('jiandu.onsite.referrals.rule')}
      </Alert>
      <RadioButtonGroupInput source="clueKind" choices={enumChoices('ReferralClueKind')} validate={required()} row={false} />
      <RecipientFollowsClue />
      <ReferenceInput source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
        <AutocompleteInput filterToQuery={bySearch} validate={required()} noOptionsText="jiandu.common.no_options" fullWidth />
      </ReferenceInput>
      <ClueDetails />
      <SelectInput source="recipientKind" choices={enumChoices('ReferralRecipientKind')} validate={required()} helperText="jiandu.onsite.referrals.recipient_helper" sx={{ minWidth: 280 }} />
      <TextInput source="recipientName" validate={requiredText()} fullWidth helperText="jiandu.onsite.referrals.recipient_name_helper" />
      <TextInput source="summary" validate={requiredText()} multiline minRows={4} fullWidth helperText="jiandu.onsite.referrals.summary_helper" />
      <ReferenceInput source="inspectionId" reference="inspections">
        <AutocompleteInput filterToQuery={bySearch} optionText="title" noOptionsText="jiandu.common.no_options" helperText={false} fullWidth />
      </ReferenceInput>
      <ReferenceArrayInput source="complaintIds" reference="complaints">
        <AutocompleteArrayInput filterToQuery={bySearch} optionText="number" noOptionsText="jiandu.common.no_options" helperText={false} fullWidth />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="caseIds" reference="cases">
        <AutocompleteArrayInput filterToQuery={bySearch} optionText="number" noOptionsText="jiandu.common.no_options" helperText={false} fullWidth />
      </ReferenceArrayInput>
    </>
  );
};
