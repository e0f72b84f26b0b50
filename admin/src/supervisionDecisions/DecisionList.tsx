/** 监督决定书 list (004 第二十五条): newest first; type, the case concerned and the effect on it. */
import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { REF_PROJECTION } from '../dataProvider';
import { enumChoices } from '../labels';
import { EffectChip } from '../notices/NoticeChips';
import type { DecisionRow } from '../notices/types';

const bySearch = (search: string) => ({ search });

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="type" source="type" choices={enumChoices('SupervisionDecisionType')} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="effect" source="effect" choices={enumChoices('DecisionEffectState')} alwaysOn sx={{ minWidth: 140 }} />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies" queryOptions={{ meta: REF_PROJECTION }}>
    <AutocompleteInput filterToQuery={bySearch} sx={{ minWidth: 240 }} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
];

export const DecisionList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'issuedAt', order: 'DESC' }} actions={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="type">
        <EnumField source="type" enumName="SupervisionDecisionType" />
      </DataTable.Col>
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} />
      </DataTable.Col>
      <DataTable.Col source="noticeId" disableSort>
        <ReferenceField source="noticeId" reference="notices" link="show" />
      </DataTable.Col>
      <DataTable.Col source="caseId" disableSort>
        <ReferenceField source="caseId" reference="cases" link="show" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="decidedOn" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="effect" disableSort render={(r: DecisionRow) => (r.effect ? <EffectChip state={r.effect.state} /> : '—')} />
    </DataTable>
  </List>
);
