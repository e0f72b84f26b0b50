import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
} from 'react-admin';
import { REF_PROJECTION } from '../dataProvider';
import { enumChoices } from '../labels';

const bySearch = (search: string) => ({ search });

/**
 * The inputs of a complaint (the case it concerns optional: one of the agency's or its sub-units'). Channel and agency are checked here (the API cannot say so in Chinese for a
 * missing variable); everything else — content, the complainant's name unless anonymous, the phone —
 * is validated by the server, whose Chinese messages land on the fields (BAD_USER_INPUT problems).
 */
export const ComplaintInputs = () => (
  <>
    <SelectInput source="channel" choices={enumChoices('ComplaintChannel')} validate={required()} />
    <BooleanInput source="anonymous" helperText="jiandu.complaints.anonymous_helper" />
    <FormDataConsumer<{ anonymous?: boolean }>>
      {({ formData }) =>
        formData.anonymous ? null : (
          <>
            <TextInput source="complainantName" />
            <TextInput source="complainantPhone" helperText="jiandu.complaints.phone_helper" />
            <TextInput source="complainantAddress" />
            <TextInput source="complainantEmail" type="email" />
          </>
        )
      }
    </FormDataConsumer>
    <ReferenceInput source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
      <AutocompleteInput filterToQuery={bySearch} validate={required()} noOptionsText="jiandu.common.no_options" />
    </ReferenceInput>
    <FormDataConsumer<{ agencyId?: string }>>
      {({ formData }) => (
        <ReferenceInput source="officerId" reference="officers" filter={formData.agencyId ? { agencyId: formData.agencyId } : {}}>
          <AutocompleteInput filterToQuery={bySearch} helperText="jiandu.complaints.officer_helper" noOptionsText="jiandu.common.no_options" />
        </ReferenceInput>
      )}
    </FormDataConsumer>
    <FormDataConsumer<{ agencyId?: string }>>
      {({ formData }) => (
        <ReferenceInput source="caseId" reference="cases" filter={formData.agencyId ? { agencyId: formData.agencyId } : {}}>
          <AutocompleteInput optionText="number" filterToQuery={bySearch} helperText="jiandu.complaints.case_helper" noOptionsText="jiandu.common.no_options" />
        </ReferenceInput>
      )}
    </FormDataConsumer>
    <TextInput source="content" multiline minRows={4} />
  </>
);
