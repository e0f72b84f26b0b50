/**
 * Offset pagination and sorting shared by every list query (react-admin asks for a page, a sort and a
 * filter, and shows the total).
 */
import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';
import { InputProblems } from './errors.js';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: '排序方向 (sort direction): ASC 升序, DESC 降序',
  valuesConfig: { ASC: { description: '升序 ascending' }, DESC: { description: '降序 descending' } },
});

export const MAX_PAGE_SIZE = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: '跳过的条数 (offset): 从第几条开始，0 为第一条' })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 25, description: `每页条数 (page size), 1–${MAX_PAGE_SIZE}` })
  limit: number = 25;
}

/** Validates a page request; the message tells the clerk what is allowed. */
export function checkPage(p: PageArgs): { offset: number; limit: number } {
  const problems = new InputProblems();
  problems.check(Number.isInteger(p.offset) && p.offset >= 0, 'offset', '分页起点不能为负数');
  problems.check(Number.isInteger(p.limit) && p.limit >= 1 && p.limit <= MAX_PAGE_SIZE, 'limit', `每页条数应在 1 到 ${MAX_PAGE_SIZE} 之间`);
  problems.throwIfAny();
  return { offset: p.offset, limit: p.limit };
}

/** Escapes `%`, `_` and `\` so a clerk's search text is matched literally in `ilike`. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The ORM order of a list: the clerk's chosen column and direction (or the list's default), then the id,
 * so that pages never overlap or skip rows when values tie.
 */
export function sortOf<F extends string>(
  columns: Record<F, string>,
  order: { field: F; direction?: SortDirection | null } | null | undefined,
  fallback: F,
  fallbackDirection: SortDirection = SortDirection.ASC,
  nullsLast = false,
): Record<string, string>[] {
  const dir = (order?.direction ?? (order ? SortDirection.ASC : fallbackDirection)) === SortDirection.ASC ? 'asc' : 'desc';
  return [{ [columns[order?.field ?? fallback]]: nullsLast ? `${dir} nulls last` : dir }, { id: 'asc' }];
}
