/**
 * 回避记录 (004 第二十一条): every 回避 the caller may see — per supervisor (`officerId` filter), per kind of matter,
 * by way and status. A row opens the matter's page where the console has one (现场监督).
 */
import { Chip } from '@mui/material';
import { DataTable, FilterButton, List, ReferenceField, ReferenceInput, AutocompleteInput, SearchInput, SelectInput, TopToolbar, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import type { RecusalFieldsFragment } from '../gql/graphql';
import { enumChoices, enumKey } from '../labels';

const bySearch = (search: string) => ({ search });

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('RecusalStatus')} alwaysOn sx={{ minWidth: 160 }} />,
  <SelectInput key="way" source="way" choices={enumChoices('RecusalWay')} />,
  <SelectInput key="subjectType" source="subjectType" choices={enumChoices('RecusalSubjectType')} />,
  <ReferenceInput key="officerId" source="officerId" reference="officers">
    <AutocompleteInput filterToQuery={bySearch} noOptionsText="jiandu.common.no_options" />
  </ReferenceInput>,
];

const Way = () => {
  const r = useRecordContext<RecusalFieldsFragment>();
  const translate = useTranslate();
  return r ? <Chip size="small" variant="outlined" label={translate(enumKey('RecusalWay', r.way))} /> : null;
};

const Status = () => {
  const r = useRecordContext<RecusalFieldsFragment>();
  const translate = useTranslate();
  if (!r) return null;
  return <Chip size="small" color={r.status === 'IN_EFFECT' ? 'error' : r.status === 'PENDING' ? 'warning' : 'default'} label={translate(enumKey('RecusalStatus', r.status))} />;
};

const Subject = () => {
  const r = useRecordContext<RecusalFieldsFragment>();
  const translate = useTranslate();
  return r ? <>{translate(enumKey('RecusalSubjectType', r.subjectType))}</> : null;
};

export const RecusalList = () => {
  const createPath = useCreatePath();
  const rowClick = (_id: unknown, _resource: string, record: unknown) => {
    const r = record as RecusalFieldsFragment;
    return r.subjectType === 'INSPECTION' ? createPath({ resource: 'inspections', id: r.subjectId, type: 'show' }) : false;
  };
  return (
    <List filters={filters} perPage={25} sort={{ field: 'recordedAt', order: 'DESC' }} actions={<TopToolbar><FilterButton /></TopToolbar>}>
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.Col source="recordedAt" field={DateTimeField} />
        <DataTable.Col source="officerName" disableSort />
        <DataTable.Col source="subjectType" disableSort>
          <Subject />
        </DataTable.Col>
        <DataTable.Col source="agencyId" disableSort>
          <ReferenceField source="agencyId" reference="agencies" link={false} />
        </DataTable.Col>
        <DataTable.Col source="way" disableSort>
          <Way />
        </DataTable.Col>
        <DataTable.Col source="status">
          <Status />
        </DataTable.Col>
        <DataTable.Col source="grounds" disableSort sx={{ maxWidth: 320 }} />
      </DataTable>
    </List>
  );
};
