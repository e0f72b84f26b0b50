import { AutocompleteInput, BooleanInput, CreateButton, DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectInput, TopToolbar } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import { REF_PROJECTION } from '../dataProvider';
import { enumChoices } from '../labels';
import { RetiredChip } from './RetiredChip';

const bySearch = (search: string) => ({ search });

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="category" source="category" choices={enumChoices('MatterCategory')} alwaysOn sx={{ minWidth: 180 }} />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }} alwaysOn>
    <AutocompleteInput filterToQuery={bySearch} sx={{ minWidth: 240 }} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
  <BooleanInput key="includeRetired" source="includeRetired" alwaysOn />,
];

const MatterListActions = () => {
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  return (
    <TopToolbar>
      {mayKeep && <CreateButton />}
    </TopToolbar>
  );
};

/** 执法事项清单: the current matters; with 包括已停用, retired ones too, flagged. */
export const MatterList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'listSeq', order: 'ASC' }} actions={<MatterListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="listSeq" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="category" sx={{ whiteSpace: 'nowrap' }}>
        <EnumField source="category" enumName="MatterCategory" />
      </DataTable.Col>
      <DataTable.Col source="name" sx={{ maxWidth: 480 }} />
      <DataTable.Col source="legalBasis" disableSort sx={{ maxWidth: 420 }} />
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} />
      </DataTable.Col>
      <DataTable.Col source="retired" disableSort>
        <RetiredChip />
      </DataTable.Col>
    </DataTable>
  </List>
);
