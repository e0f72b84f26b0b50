/** 处理记录 (sanctions on officers, 004 第三十三条): filters by kind, ground, effect and issue dates; 提出处理 for supervisors. */
import { DataTable, DateInput, ExportButton, FilterButton, List, ReferenceField, SearchInput, SelectInput, TopToolbar, useRecordContext } from 'react-admin';
import { EnumField } from '../common/EnumField';
import type { SanctionSummaryFragment } from '../gql/graphql';
import { enumChoices } from '../labels';
import { IssueSanctionButton } from './IssueSanctionDialog';
import { SanctionEffectChip } from './SanctionEffectChip';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('SanctionKind')} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="effectState" source="effectState" choices={enumChoices('SanctionEffectState')} sx={{ minWidth: 160 }} />,
  <SelectInput key="ground" source="ground" choices={enumChoices('SanctionGround')} sx={{ minWidth: 240 }} />,
  <DateInput key="issuedFrom" source="issuedFrom" />,
  <DateInput key="issuedTo" source="issuedTo" />,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <IssueSanctionButton />
    <ExportButton />
  </TopToolbar>
);

const Effect = (_: { label?: string }) => {
  const record = useRecordContext<SanctionSummaryFragment>();
  return record ? <SanctionEffectChip effect={record.effect} kind={record.kind} withLink={false} /> : null;
};

export const SanctionList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'issuedOn', order: 'DESC' }} actions={<Actions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" disableSort sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="issuedOn" />
      <DataTable.Col source="officerId" disableSort>
        <ReferenceField source="officerId" reference="officers" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="agencyName" disableSort />
      <DataTable.Col source="kind">
        <EnumField source="kind" enumName="SanctionKind" />
      </DataTable.Col>
      <DataTable.Col source="ground">
        <EnumField source="ground" enumName="SanctionGround" />
      </DataTable.Col>
      <DataTable.Col source="effectiveOn" />
      <DataTable.Col source="effect" disableSort>
        <Effect />
      </DataTable.Col>
    </DataTable>
  </List>
);
