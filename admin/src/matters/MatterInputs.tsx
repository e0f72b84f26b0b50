import { AutocompleteInput, NumberInput, ReferenceInput, SelectInput, TextInput, minValue, number, required, useRecordContext } from 'react-admin';
import { requiredText } from '../common/validators';
import { REF_PROJECTION } from '../dataProvider';
import type { MatterQuery } from '../gql/graphql';
import { enumChoices } from '../labels';

type MatterRecord = MatterQuery['matter'];
const bySearch = (search: string) => ({ search });

/**
 * The inputs of a matter (004 第三条: 执法类别, 实施主体, 承办机构, 执法领域, 法律依据), shared by create and
 * edit. The agency is chosen when the matter is created and kept by an edit; the server checks that it is
 * in the clerk's part of the tree and that its 主体资格 is confirmed (004 第十条), and its messages land here.
 */
export const MatterInputs = () => {
  const record = useRecordContext<MatterRecord>();
  const editing = !!record?.id;
  return (
    <>
      <ReferenceInput source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
        <AutocompleteInput
          filterToQuery={bySearch}
          disabled={editing}
          validate={required()}
          helperText={editing ? 'jiandu.matters.agency_fixed' : 'jiandu.matters.agency_helper'}
          noOptionsText="jiandu.common.no_options"
        />
      </ReferenceInput>
      <TextInput source="name" validate={requiredText()} fullWidth />
      <SelectInput source="category" choices={enumChoices('MatterCategory')} validate={required()} />
      <TextInput source="legalBasis" validate={requiredText()} fullWidth multiline minRows={2} />
      <TextInput source="unit" />
      <TextInput source="field" />
      <NumberInput source="listSeq" validate={[number(), minValue(1)]} step={1} />
    </>
  );
};
