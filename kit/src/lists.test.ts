import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { checkIds, commonConditions } from './lists.js';
import { DomainError, ErrorCode } from './errors.js';
import { MAX_PAGE_SIZE } from './pagination.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return { code: (e as DomainError).code, message: (e as Error).message, field: (e as DomainError).details.field };
  }
  return null;
};

describe('list filters written once (issue 7 item 8)', () => {
  it('filter.ids is capped at one page, with a Chinese message, and deduplicated', () => {
    expect(checkIds([uuid(1), uuid(1), uuid(2)])).toEqual([uuid(1), uuid(2)]);
    expect(checkIds(Array.from({ length: MAX_PAGE_SIZE }, (_, i) => uuid(i)))).toHaveLength(MAX_PAGE_SIZE);
    expect(codeOf(() => checkIds(Array.from({ length: MAX_PAGE_SIZE + 1 }, (_, i) => uuid(i))))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      message: `一次最多查询 ${MAX_PAGE_SIZE} 个编号，请分批查询`,
      field: 'ids',
    });
  });

  it('a malformed id in filter.ids is BAD_USER_INPUT, never a database error', () => {
    expect(codeOf(() => checkIds([uuid(1), 'not-a-uuid']))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, message: '编号格式不正确：not-a-uuid' });
  });

  it('search is matched literally (% and _ escaped) through the list\'s own columns; empty search adds nothing', () => {
    const searchIn = (like: string) => ({ name: { $ilike: like } });
    expect(commonConditions(null, searchIn)).toEqual([]);
    expect(commonConditions({ search: '  ' }, searchIn)).toEqual([]);
    expect(commonConditions({ search: ' 50%_x ', ids: [uuid(3)] }, searchIn)).toEqual([{ name: { $ilike: '%50\\%\\_x%' } }, { id: { $in: [uuid(3)] } }]);
  });
});
