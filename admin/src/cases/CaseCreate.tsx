import { Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  CheckboxGroupInput,
  Create,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useGetOne,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { requiredText } from '../common/validators';
import { REF_PROJECTION } from '../dataProvider';
import { enumChoices } from '../labels';
import { getSession } from '../session';

const bySearch = (search: string) => ({ search });

/** At least two handlers (001: 执法人员不得少于两人); the server checks it again with their entitlement. */
const twoOrMore = (value: unknown) => (Array.isArray(value) && value.length > 0 && value.length < 2 ? 'jiandu.cases.two_handlers' : undefined);

/** The matter's agency decides whose officers may handle the case (their certificates must cover its field and region). */
const HandlerInputs = () => {
  const matterId = useWatch({ name: 'matterId' }) as string | undefined;
  const handlerIds = (useWatch({ name: 'handlerIds' }) as string[] | undefined) ?? [];
  const { data: matter } = useGetOne('matters', { id: matterId ?? '' }, { enabled: !!matterId });
  const agencyId = matter?.agencyId as string | undefined;
  return (
    <>
      <ReferenceArrayInput source="handlerIds" reference="officers" filter={agencyId ? { agencyId, employmentStatus: 'ON_DUTY' } : { employmentStatus: 'ON_DUTY' }} queryOptions={{ meta: REF_PROJECTION }}>
        <AutocompleteArrayInput
          filterToQuery={bySearch}
          validate={[required(), twoOrMore]}
          helperText="jiandu.cases.handlers_helper"
          noOptionsText="jiandu.common.no_options"
          fullWidth
        />
      </ReferenceArrayInput>
      <ReferenceInput source="leadOfficerId" reference="officers" filter={{ ids: handlerIds }} queryOptions={{ meta: REF_PROJECTION, enabled: handlerIds.length > 0 }}>
        <SelectInput validate={required()} helperText="jiandu.cases.lead_helper" disabled={handlerIds.length === 0} sx={{ minWidth: 240 }} />
      </ReferenceInput>
    </>
  );
};

/** Grounds of 004 第十六条 that hold already at registration; their facts are required with them. */
const MajorInputs = () => {
  const grounds = (useWatch({ name: 'majorGrounds' }) as string[] | undefined) ?? [];
  return (
    <>
      <CheckboxGroupInput source="majorGrounds" choices={enumChoices('MajorGround')} row={false} helperText="jiandu.cases.major_grounds_helper" />
      {grounds.length > 0 && <TextInput source="majorBasis" validate={requiredText()} multiline minRows={2} fullWidth />}
    </>
  );
};

/**
 * 立案登记 (000 二(四); 001): matter of the caller's agency subtree, 案由, parties, ≥ 2 handlers and the lead. The
 * number is assigned by the server; its refusals (a handler's suspended certificate, an invalid ID number…) land
 * on the inputs at fault (`parties.0.idNumber`, `handlerIds`) or as the server's message.
 */
export const CaseCreate = () => {
  const translate = useTranslate();
  const agencyId = getSession()?.user.agencyId ?? undefined;
  return (
    <Create redirect="show" title="jiandu.cases.register">
      <SimpleForm defaultValues={{ parties: [{ kind: 'PERSON' }], handlerIds: [], majorGrounds: [] }} sx={{ maxWidth: 1100 }}>
        <ReferenceInput source="matterId" reference="matters" filter={agencyId ? { agencyId } : {}} queryOptions={{ meta: REF_PROJECTION }}>
          <AutocompleteInput filterToQuery={bySearch} validate={required()} noOptionsText="jiandu.common.no_options" fullWidth />
        </ReferenceInput>
        <TextInput source="cause" validate={requiredText()} fullWidth helperText="jiandu.cases.cause_helper" />
        <Typography variant="subtitle1" sx={{ mt: 1 }}>
          {translate('resources.cases.fields.parties')}
        </Typography>
        <ArrayInput source="parties" label={false}>
          <SimpleFormIterator inline disableReordering>
            <SelectInput source="kind" label="resources.cases.fields.partyKind" choices={enumChoices('PartyKind')} validate={required()} fullWidth={false} sx={{ width: 180 }} />
            <TextInput source="name" label="resources.cases.fields.partyName" fullWidth={false} validate={requiredText()} sx={{ width: 180 }} />
            <TextInput source="idNumber" label="resources.cases.fields.partyIdNumber" fullWidth={false} helperText="jiandu.cases.id_number_helper" sx={{ width: 260 }} />
            <TextInput source="address" label="resources.cases.fields.partyAddress" fullWidth={false} sx={{ width: 300 }} />
            <TextInput source="phone" label="resources.cases.fields.partyPhone" fullWidth={false} sx={{ width: 170 }} />
          </SimpleFormIterator>
        </ArrayInput>
        <HandlerInputs />
        <MajorInputs />
      </SimpleForm>
    </Create>
  );
};
