import {
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { REF_PROJECTION } from '../dataProvider';
import type { AgencyQuery } from '../gql/graphql';
import { enumChoices } from '../labels';

type AgencyRecord = AgencyQuery['agency'];

const bySearch = (search: string) => ({ search });

/**
 * The inputs of an agency, shared by create and edit. The server checks the rest (the unified code's
 * check digit, the phone, a level that fits the parent per 004 第五条, the parent within the caller's
 * part of the tree) and its messages land on the fields. The parent is chosen when the agency is
 * created; an edit keeps it (the API refuses to move a subtree through an edit).
 */
export const AgencyInputs = () => {
  const record = useRecordContext<AgencyRecord>();
  const editing = !!record?.id;
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="unifiedCode" helperText="jiandu.agencies.unified_code_helper" />
      <SelectInput source="level" choices={enumChoices('AgencyLevel')} validate={required()} />
      <ReferenceInput source="parentId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
        <AutocompleteInput
          filterToQuery={bySearch}
          disabled={editing}
          helperText={editing ? 'jiandu.agencies.parent_fixed' : 'jiandu.agencies.parent_helper'}
          noOptionsText="jiandu.common.no_options"
        />
      </ReferenceInput>
      <TextInput source="region" validate={required()} />
      <TextArrayInput source="fields" validate={required()} helperText="jiandu.common.array_helper" />
      <TextInput source="enforcementUnit" />
      <TextInput source="supervisionUnit" />
      <TextInput source="supervisionPhone" helperText="jiandu.agencies.phone_helper" />
    </>
  );
};
