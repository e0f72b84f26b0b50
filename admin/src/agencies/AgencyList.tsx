import SubdirectoryArrowRightIcon from '@mui/icons-material/SubdirectoryArrowRight';
import { Box } from '@mui/material';
import { createContext, useContext, useMemo } from 'react';
import {
  BooleanField,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ListContextProvider,
  type ListControllerResult,
  NumberField,
  SearchInput,
  SelectInput,
  TopToolbar,
  useListContext,
  useRecordContext,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { RECORD_KEEPERS, useHasRole } from '../common/roles';
import type { AgenciesQuery } from '../gql/graphql';
import { enumChoices } from '../labels';

type AgencyRow = AgenciesQuery['agencies']['items'][number];

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="level" source="level" choices={enumChoices('AgencyLevel')} />,
];

/**
 * The rows in tree order: each agency right under its parent, siblings in the server's order. An agency
 * whose parent is not among the rows (filtered out, or outside the caller's part of the tree) is a root.
 */
export function treeOrder<T extends { id: string; parentId?: string | null }>(rows: readonly T[]): { rows: T[]; depth: Map<string, number> } {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const r of rows) {
    if (r.parentId && ids.has(r.parentId) && r.parentId !== r.id) {
      const siblings = children.get(r.parentId) ?? [];
      siblings.push(r);
      children.set(r.parentId, siblings);
    } else roots.push(r);
  }
  const ordered: T[] = [];
  const depth = new Map<string, number>();
  const visit = (r: T, d: number) => {
    if (depth.has(r.id)) return;
    depth.set(r.id, d);
    ordered.push(r);
    for (const c of children.get(r.id) ?? []) visit(c, d + 1);
  };
  for (const r of roots) visit(r, 0);
  return { rows: ordered, depth };
}

const DepthContext = createContext<Map<string, number>>(new Map());

/** The name, indented by its depth in the tree. */
const TreeName = (_: { label?: string }) => {
  const record = useRecordContext<AgencyRow>();
  const depth = useContext(DepthContext).get(record?.id ?? '') ?? 0;
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', pl: depth * 3 }} data-depth={depth}>
      {depth > 0 && <SubdirectoryArrowRightIcon fontSize="small" sx={{ color: 'text.disabled', mr: 0.5 }} />}
      {record.name}
    </Box>
  );
};

const TreeTable = () => {
  const list = useListContext<AgencyRow>();
  const { rows, depth } = useMemo(() => treeOrder(list.data ?? []), [list.data]);
  return (
    <DepthContext.Provider value={depth}>
      <ListContextProvider value={{ ...list, data: rows } as ListControllerResult}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name">
            <TreeName />
          </DataTable.Col>
          <DataTable.Col source="level">
            <EnumField source="level" enumName="AgencyLevel" />
          </DataTable.Col>
          <DataTable.Col source="region" disableSort />
          <DataTable.Col source="qualificationConfirmed" disableSort field={BooleanField} />
          <DataTable.Col source="publishedAt" disableSort>
            <DateTimeField source="publishedAt" showTime={false} emptyText="—" />
          </DataTable.Col>
          <DataTable.NumberCol source="officerCount" disableSort field={NumberField} />
          <DataTable.Col source="supervisionPhone" disableSort />
        </DataTable>
      </ListContextProvider>
    </DepthContext.Provider>
  );
};

const AgencyListActions = () => {
  const mayKeep = useHasRole(...RECORD_KEEPERS);
  return (
    <TopToolbar>
      <FilterButton />
      {mayKeep && <CreateButton />}
    </TopToolbar>
  );
};

/**
 * The agency tree (004 第五条) as one indented table: the whole visible part of the tree is loaded at
 * once (agencies number in the hundreds at most), then ordered parent first.
 */
export const AgencyList = () => (
  <List filters={filters} perPage={1000} pagination={false} sort={{ field: 'name', order: 'ASC' }} actions={<AgencyListActions />}>
    <TreeTable />
  </List>
);
