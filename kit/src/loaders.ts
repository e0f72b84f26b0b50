/**
 * Request-scoped DataLoaders over MikroORM: N keys cost one query (`… where key in (…)`), never one each.
 * Every subgraph builds its loaders from these two.
 */
import DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';

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
