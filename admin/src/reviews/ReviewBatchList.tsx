import { CreateButton, DataTable, FilterButton, List, NumberField, ReferenceField, SearchInput, SelectInput, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { useHasRole } from '../common/roles';
import { enumChoices } from '../labels';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('ReviewBatchStatus')} alwaysOn sx={{ minWidth: 160 }} />,
];

/** 组织抽查 is for supervisors (`createReviewBatch`); the server refuses anyone else anyway. */
const Actions = () => {
  const supervises = useHasRole('SUPERVISOR');
  return (
    <TopToolbar>
      <FilterButton />
      {supervises && <CreateButton />}
    </TopToolbar>
  );
};

/** 案卷评查批次 (003 第15条: 每季度开展一次案卷抽查), newest first. */
export const ReviewBatchList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'createdAt', order: 'DESC' }} actions={<Actions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="quarterLabel" />
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} />
      </DataTable.Col>
      <DataTable.Col source="candidateCount" disableSort field={NumberField} />
      <DataTable.Col source="sampleSize" disableSort field={NumberField} />
      <DataTable.Col source="status" disableSort>
        <EnumField source="status" enumName="ReviewBatchStatus" />
      </DataTable.Col>
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="createdBy" disableSort />
    </DataTable>
  </List>
);
