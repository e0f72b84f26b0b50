import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  ReferenceInput,
  TextArrayInput,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { REF_PROJECTION } from '../dataProvider';
import type { OfficerQuery } from '../gql/graphql';
import { enumChoices } from '../labels';

type OfficerRecord = OfficerQuery['officer'];

const bySearch = (search: string) => ({ search });

/**
 * The inputs of an officer's profile, shared by create and edit. Required fields are checked here; the
 * server checks everything (the ID number's check digit, the agency being within the caller's scope) and
 * its Chinese messages land on the fields.
 *
 * The full ID number is never loaded into the form: left empty in an edit, the server keeps the stored one.
 */
export const OfficerInputs = () => {
  const record = useRecordContext<OfficerRecord>();
  const translate = useTranslate();
  const stored = record?.idNumberMasked;
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput
        source="idNumber"
        label="resources.officers.fields.idNumber"
        helperText={stored ? translate('jiandu.officers.id_number_reenter', { masked: stored }) : 'jiandu.officers.id_number_helper'}
        autoComplete="off"
      />
      <ReferenceInput source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
        <AutocompleteInput filterToQuery={bySearch} validate={required()} noOptionsText="jiandu.common.no_options" />
      </ReferenceInput>
      <TextInput source="post" />
      <TextInput source="region" validate={required()} helperText="jiandu.officers.region_helper" />
      <TextArrayInput source="fields" validate={required()} helperText="jiandu.common.array_helper" />
      <CheckboxGroupInput source="duties" choices={enumChoices('Duty')} validate={required()} />
      <BooleanInput source="legalProfessionQualification" />
    </>
  );
};
