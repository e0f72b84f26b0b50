/**
 * The list machinery, written once (issue 7 item 8): every list query of every subgraph is
 * `(PageArgs, <Thing>Filter, <Thing>Order) → <Thing>List { items, total }`, built from these pieces:
 * `Paged(Item)` for the page type, `OrderBy(FieldEnum)` for the order input, `ListFilter` for the
 * filter pieces every list has (`search`, `ids`), and `findPage` to run it (one `findAndCount`).
 */
import { Field, ID, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { checkPage, likePattern, MAX_PAGE_SIZE, SortDirection, type PageArgs } from './pagination.js';
import { badInput } from './errors.js';
import { isUuid } from './ids.js';

/** How a list names what it holds, for the descriptions: `{ zh: '执法主体', en: 'agencies' }`. */
export interface ItemLabel {
  zh: string;
  en: string;
}

/**
 * A page of `Item`: `{ items, total }`. Subclass it to name the GraphQL type:
 * `@ObjectType({ description }) export class AgencyList extends Paged(Agency, { zh: '执法主体', en: 'agencies' }) {}`.
 */
export function Paged<T extends object>(item: ClassType<T>, label: ItemLabel) {
  @ObjectType()
  abstract class PagedType {
    @Field(() => [item], { description: `本页的${label.zh} (${label.en} on this page)` })
    items!: T[];

    @Field(() => Int, { description: '符合条件的总数 (total matching, all pages)' })
    total!: number;
  }
  return PagedType;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * The order input of a list: a field of the list's own enum and a direction. Subclass it:
 * `@InputType({ description }) export class AgencyOrder extends OrderBy(AgencyOrderField) {}`.
 */
export function OrderBy<F extends string>(fieldEnum: Record<string, F>, defaultDirection: SortDirection = SortDirection.ASC) {
  @InputType()
  abstract class OrderInput {
    @Field(() => fieldEnum, { description: '排序字段 (field)' })
    field!: F;

    @Field(() => SortDirection, { defaultValue: defaultDirection, description: '方向 (direction)' })
    direction: SortDirection = defaultDirection;
  }
  return OrderInput;
}

/**
 * What every list filter has: a search text (what it searches is the list's own; say so in
 * `searchDescription`) and `ids`, the console's "fetch these records" (react-admin getMany), capped at
 * one page. Subclass it and add the list's own conditions.
 */
export function ListFilter(searchDescription: string) {
  @InputType()
  abstract class ListFilterInput {
    @Field(() => String, { nullable: true, description: searchDescription })
    search?: string | null;

    @Field(() => [ID], { nullable: true, description: `只取这些编号 (only these ids), at most ${MAX_PAGE_SIZE}` })
    ids?: string[] | null;
  }
  return ListFilterInput;
}

/**
 * The conditions every list shares: `search` (through `searchIn`, given the escaped `ilike` pattern) and
 * `ids` (at most one page of well-formed ids, or the clerk is told why not).
 */
export function commonConditions<T>(
  filter: { search?: string | null; ids?: string[] | null } | null | undefined,
  searchIn: (pattern: string) => FilterQuery<T>,
): FilterQuery<T>[] {
  const and: FilterQuery<T>[] = [];
  const search = filter?.search?.trim();
  if (search) and.push(searchIn(likePattern(search)));
  if (filter?.ids) and.push({ id: { $in: checkIds(filter.ids) } } as unknown as FilterQuery<T>);
  return and;
}

/** A list of ids asked for at once: no more than one page, each a UUID. */
export function checkIds(ids: readonly string[], field = 'ids'): string[] {
  if (ids.length > MAX_PAGE_SIZE) throw badInput(`一次最多查询 ${MAX_PAGE_SIZE} 个编号，请分批查询`, field, { max: MAX_PAGE_SIZE });
  const bad = ids.find((id) => !isUuid(id));
  if (bad !== undefined) throw badInput(`编号格式不正确：${bad}`, field);
  return [...new Set(ids)];
}

type Ctor<T> = new (...args: never[]) => T;

/** One page of `entity` matching all of `and`, in `orderBy` order (from `sortOf`), with the total. */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: Ctor<T>,
  and: FilterQuery<T>[],
  orderBy: Record<string, string>[],
  page: PageArgs,
): Promise<Page<T>> {
  const { offset, limit } = checkPage(page);
  const where = and.length ? { $and: and } : {};
  const [items, total] = await em.findAndCount(entity as never, where as never, { orderBy: orderBy as never, offset, limit } as never);
  return { items: items as T[], total };
}
