/**
 * A hand-written react-admin DataProvider over the typed GraphQL operations of the gateway.
 *
 * react-admin's `pagination` becomes `offset`/`limit` (the API serves 1–200 rows a request; larger
 * pages, such as an export, are fetched in chunks), `sort` becomes `orderBy` through each resource's
 * map to its `XOrderField` (a column the API cannot sort by is left to the server's order), and
 * `filter` becomes the API's `XFilter` with only the keys it accepts. An operation the API does not
 * offer (delete: records are never deleted, they change status) rejects with a message that says so.
 *
 * Domain actions (暂扣, 核发, 人员变动…) are not CRUD: they are custom methods (actions.ts), called through
 * react-admin's `useDataProvider()` with `useMutation`/`useQuery`, so a refused token still signs the user out.
 */
import type { DataProvider, GetListResult, Identifier, RaRecord, SortPayload } from 'react-admin';
import { HttpError } from 'react-admin';
import { actions, type JianduActions } from './actions';
import { agencies } from './agencies';
import { calendar } from './calendar';
import { cases } from './cases';
import { certificates } from './certificates';
import { complaints } from './complaints';
import { matters } from './matters';
import { officers } from './officers';
import { filings, publications } from './publicity';
import { sanctions } from './sanctions';
import { notices, supervisionDecisions } from './notices';
import { inspections } from './inspections';
import { recusals } from './recusals';
import { referrals } from './referrals';
import { opinions, reviewBatches } from './reviews';
import type { Page, ResourceAdapter } from './resource';

export const MAX_LIMIT = 200;

type AnyAdapter = ResourceAdapter<Record<string, unknown>, string>;

const adapters: Record<string, AnyAdapter> = {
  agencies: agencies as unknown as AnyAdapter,
  officers: officers as unknown as AnyAdapter,
  certificates: certificates as unknown as AnyAdapter,
  matters: matters as unknown as AnyAdapter,
  complaints: complaints as unknown as AnyAdapter,
  calendar: calendar as unknown as AnyAdapter,
  cases: cases as unknown as AnyAdapter,
  publications: publications as unknown as AnyAdapter,
  filings: filings as unknown as AnyAdapter,
  sanctions: sanctions as unknown as AnyAdapter,
  notices: notices as unknown as AnyAdapter,
  'supervision-decisions': supervisionDecisions as unknown as AnyAdapter,
  inspections: inspections as unknown as AnyAdapter,
  recusals: recusals as unknown as AnyAdapter,
  referrals: referrals as unknown as AnyAdapter,
  reviews: reviewBatches as unknown as AnyAdapter,
  opinions: opinions as unknown as AnyAdapter,
};

function adapterFor(resource: string): AnyAdapter {
  const adapter = adapters[resource];
  if (!adapter) throw new HttpError(`未知的资源 (unknown resource)：${resource}`, 404, {});
  return adapter;
}

function unsupported(resource: string, operation: string): never {
  throw new HttpError(`控制台不支持此操作 (operation not supported)：${resource}.${operation}`, 405, {});
}

/** react-admin's filter values as the API's filter: known keys only, empty values dropped. */
export function toFilter(adapter: AnyAdapter, raw: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const filter: Record<string, unknown> = {};
  for (const key of adapter.filterKeys) {
    const value = raw?.[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0 && key !== 'ids') continue;
    filter[key] = value;
  }
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** react-admin's sort as the API's `orderBy`, or none when the API cannot sort by that field. */
export function toOrderBy(adapter: AnyAdapter, sort: SortPayload | undefined): { field: string; direction: 'ASC' | 'DESC' } | undefined {
  const field = sort ? adapter.sortFields[sort.field] : undefined;
  if (!sort || !field) return undefined;
  return { field, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' };
}

/** `meta` that asks for a resource's reference projection (see `ResourceAdapter.refs`). */
export const REF_PROJECTION = { projection: 'ref' } as const;

const wantsRefs = (meta: unknown): boolean => (meta as { projection?: string } | undefined)?.projection === 'ref';

async function fetchRange(
  fetchPage: AnyAdapter['list'],
  offset: number,
  count: number,
  filter: Record<string, unknown> | undefined,
  orderBy: { field: string; direction: 'ASC' | 'DESC' } | undefined,
): Promise<Page> {
  if (count <= MAX_LIMIT) return fetchPage({ offset, limit: Math.max(1, count), filter, orderBy });
  const items: RaRecord[] = [];
  let total = 0;
  for (let start = offset; start < offset + count; start += MAX_LIMIT) {
    const limit = Math.min(MAX_LIMIT, offset + count - start);
    const page = await fetchPage({ offset: start, limit, filter, orderBy });
    items.push(...page.items);
    total = page.total;
    if (page.items.length < limit) break;
  }
  return { items, total };
}

async function getList(
  resource: string,
  params: { pagination?: { page: number; perPage: number }; sort?: SortPayload; filter?: Record<string, unknown>; meta?: unknown },
): Promise<GetListResult> {
  const adapter = adapterFor(resource);
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const fetchPage = wantsRefs(params.meta) && adapter.refs ? adapter.refs : adapter.list;
  const { items, total } = await fetchRange(fetchPage, (page - 1) * perPage, perPage, toFilter(adapter, params.filter), toOrderBy(adapter, params.sort));
  return { data: items, total };
}

async function getMany(resource: string, ids: Identifier[]): Promise<RaRecord[]> {
  const adapter = adapterFor(resource);
  const wanted = [...new Set(ids.map(String))];
  const found: RaRecord[] = [];
  for (let i = 0; i < wanted.length; i += MAX_LIMIT) {
    const chunk = wanted.slice(i, i + MAX_LIMIT);
    const fetchPage = adapter.refs ?? adapter.list;
    found.push(...(await fetchPage({ offset: 0, limit: chunk.length, filter: { ids: chunk } })).items);
  }
  return found;
}

/** react-admin's CRUD methods plus the console's domain actions and reads (actions.ts). */
export type JianduDataProvider = DataProvider & JianduActions;

// Records are typed per resource by the generated operations; react-admin's generic `RecordType` of a
// call cannot be known here, hence the `as never` on the way out.
export const dataProvider: JianduDataProvider = {
  getList: (resource, params) => getList(resource, params),

  getOne: async (resource, params) => ({ data: (await adapterFor(resource).one(String(params.id))) as never }),

  getMany: async (resource, params) => ({ data: (await getMany(resource, params.ids)) as never[] }),

  getManyReference: async (resource, params) => {
    const adapter = adapterFor(resource);
    if (!adapter.filterKeys.includes(params.target)) unsupported(resource, `getManyReference(${params.target})`);
    return getList(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } });
  },

  create: async (resource, params) => {
    const adapter = adapterFor(resource);
    if (!adapter.create) unsupported(resource, 'create');
    return { data: (await adapter.create(params.data as Record<string, unknown>)) as never };
  },

  update: async (resource, params) => {
    const adapter = adapterFor(resource);
    if (!adapter.update) unsupported(resource, 'update');
    return { data: (await adapter.update(String(params.id), params.data as Record<string, unknown>, (params.previousData ?? {}) as Record<string, unknown>)) as never };
  },
  updateMany: async (resource) => unsupported(resource, 'updateMany'),
  delete: async (resource) => unsupported(resource, 'delete'),
  deleteMany: async (resource) => unsupported(resource, 'deleteMany'),

  ...actions,
};
