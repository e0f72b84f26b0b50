import { CreateButton, DataTable, FilterButton, List, ReferenceField, SearchInput, SelectInput, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useHasRole } from '../common/roles';
import type { ReferralFieldsFragment } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';
import { ReferralStatusChip } from './ReferralStatusChip';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('ReferralStatus')} alwaysOn sx={{ minWidth: 140 }} />,
  <SelectInput key="clueKind" source="clueKind" choices={enumChoices('ReferralClueKind')} />,
  <SelectInput key="recipientKind" source="recipientKind" choices={enumChoices('ReferralRecipientKind')} />,
];

const Actions = () => {
  const supervisor = useHasRole('SUPERVISOR');
  return (
    <TopToolbar>
      <FilterButton />
      {supervisor && <CreateButton />}
    </TopToolbar>
  );
};

const Clue = () => {
  const r = useRecordContext<ReferralFieldsFragment>();
  const translate = useTranslate();
  if (!r) return null;
  const detail = r.offence ? enumKey('DutyOffence', r.offence) : r.field ? enumKey('PublicInterestField', r.field) : null;
  return <>{`${translate(enumKey('ReferralClueKind', r.clueKind))}${detail ? `（${translate(detail)}）` : ''}`}</>;
};

const Status = () => {
  const r = useRecordContext<ReferralFieldsFragment>();
  return r ? <ReferralStatusChip status={r.status} /> : null;
};

export const ReferralList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'createdAt', order: 'DESC' }} actions={<Actions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" disableSort />
      <DataTable.Col source="clueKind" disableSort>
        <Clue />
      </DataTable.Col>
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} />
      </DataTable.Col>
      <DataTable.Col source="recipientName" disableSort />
      <DataTable.Col source="sentOn" />
      <DataTable.Col source="status">
        <Status />
      </DataTable.Col>
    </DataTable>
  </List>
);
