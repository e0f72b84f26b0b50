/**
 * Request-scoped DataLoaders over MikroORM: N keys cost one query (`… where key in (…)`), never one each.
 * Every subgraph builds its loaders from these two.
 */
import DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { checkPage, type PageArgs } from './pagination.js';
import type { Page } from './lists.js';

type Ctor<T> = new (...args: never[]) => T;

/** Loads entities by id; a missing id gives null. `where` narrows what may be seen (e.g. visibility). */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: Ctor<T>, where: FilterQuery<T> = {} as FilterQuery<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = (await em.find(entity as never, { $and: [where, { id: { $in: [...ids] } }] } as never)) as T[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Loads the entities whose `key` column equals each key, in `orderBy` order. */
export function groupedLoader<T, K extends keyof T & string>(
  em: EntityManager,
  entity: Ctor<T>,
  key: K,
  orderBy: Record<string, 'asc' | 'desc'>[] | Record<string, 'asc' | 'desc'>,
  where: FilterQuery<T> = {} as FilterQuery<T>,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = (await em.find(entity as never, { $and: [where, { [key]: { $in: [...keys] } }] } as never, { orderBy } as never)) as T[];
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const k = String(r[key]);
      const list = map.get(k);
      if (list) list.push(r);
      else map.set(k, [r]);
    }
    return keys.map((k) => map.get(k) ?? []);
  });
}

/**
 * A page of each parent's children (a contributed list such as `Agency.children` or `Officer.changeLog`)
 * with each parent's total: for N parents, ONE query — a window function numbers each parent's rows in
 * `orderBy` order (end it with a unique column for a total order) and counts them — never one per parent, and never more rows than a page per parent.
 * One DataLoader per page size and offset asked for in the request.
 */
export function pagedGroupedLoader<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: Ctor<T>,
  key: K,
  orderBy: [keyof T & string, 'asc' | 'desc'][],
  where: FilterQuery<T> = {} as FilterQuery<T>,
) {
  const byPage = new Map<string, DataLoader<string, Page<T>>>();
  const meta = em.getMetadata().get(entity as never);
  // Without a unique last column rows that tie could appear on two pages or on none.
  const last = meta.properties[orderBy.at(-1)?.[0] as never] as { primary?: boolean; unique?: boolean } | undefined;
  if (!last?.primary && !last?.unique) throw new Error(`pagedGroupedLoader(${meta.className}): end the order with a unique column (e.g. ['id', 'asc']) for a total order`);
  const column = (prop: string) => `"${meta.properties[prop as never]!.fieldNames[0]}"`;
  const partition = column(key);
  const order = orderBy.map(([p, d]) => `${column(p)} ${d}`).join(', ');
  const batch = (offset: number, limit: number) => async (keys: readonly string[]): Promise<Page<T>[]> => {
    const inner = em.createQueryBuilder(entity as never, 'g').select('*').where({ $and: [where, { [key]: { $in: [...keys] } }] } as never);
    const sql =
      `select * from (select g2.*, row_number() over (partition by ${partition} order by ${order}) as "__rn", ` +
      `count(*) over (partition by ${partition}) as "__total" from (${inner.getQuery()}) g2) w ` +
      `where "__rn" = 1 or ("__rn" > ? and "__rn" <= ?) order by ${partition}, "__rn"`;
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql, [...inner.getParams(), offset, offset + limit]);
    const pages = new Map<string, Page<T>>();
    const keyColumn = meta.properties[key as never]!.fieldNames[0]!;
    for (const { __rn, __total, ...row } of rows) {
      const k = String(row[keyColumn]);
      const page = pages.get(k) ?? { items: [], total: Number(__total) };
      pages.set(k, page);
      if (Number(__rn) > offset) page.items.push(em.map(entity as never, row as never) as T);
    }
    return keys.map((k) => pages.get(k) ?? { items: [], total: 0 });
  };
  return {
    /** Parent `k`'s page; parents asked for with the same page in one tick share one query. */
    load(k: string, page: PageArgs): Promise<Page<T>> {
      const { offset, limit } = checkPage(page);
      const id = `${offset}:${limit}`;
      let loader = byPage.get(id);
      if (!loader) byPage.set(id, (loader = new DataLoader(batch(offset, limit))));
      return loader.load(k);
    },
  };
}
