import { DataTable, FilterButton, List, ReferenceField, SearchInput, SelectInput, useRecordContext } from 'react-admin';
import { DeadlineChip } from '../common/DeadlineChip';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../labels';
import type { OpinionRecord } from '../reviews/types';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('SupervisionOpinionStatus')} alwaysOn sx={{ minWidth: 160 }} />,
  <SelectInput key="dueState" source="dueState" choices={enumChoices('DueState')} sx={{ minWidth: 160 }} />,
];

const Deadline = () => {
  const record = useRecordContext<OpinionRecord>();
  return record ? <DeadlineChip deadline={record.deadline} compact /> : null;
};

/** 监督意见书 (003 第15条), newest first, each with its rectification countdown (yellow before, red after). */
export const OpinionList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'issuedOn', order: 'DESC' }} actions={<FilterButton />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" disableSort />
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} />
      </DataTable.Col>
      <DataTable.Col source="issuedOn" />
      <DataTable.Col source="status" disableSort>
        <EnumField source="status" enumName="SupervisionOpinionStatus" />
      </DataTable.Col>
      <DataTable.Col source="deadline" disableSort>
        <Deadline />
      </DataTable.Col>
    </DataTable>
  </List>
);
