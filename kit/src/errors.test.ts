import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode, formatError, fromDatabaseError, InputProblems, registerUniqueMessages } from './errors.js';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatError: domain errors keep their code, anything unexpected is masked', () => {
  it('a DomainError becomes its code and message, with details', () => {
    const f = formatError({ message: 'x' }, wrap(new DomainError(ErrorCode.CERTIFICATE_SUSPENDED, '证件已暂扣', { until: '2027-02-28' })));
    expect(f.message).toBe('证件已暂扣');
    expect(f.extensions).toEqual({ code: 'CERTIFICATE_SUSPENDED', until: '2027-02-28' });
  });

  it('an unexpected error is masked: no message, no stack, code INTERNAL_SERVER_ERROR', () => {
    const f = formatError({ message: 'relation "secret_table" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.js'] } }, wrap(new Error('relation "secret_table" does not exist')));
    expect(f.message).not.toContain('secret_table');
    expect(f.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('GraphQL validation errors pass through with their code', () => {
    const f = formatError({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('Cannot query field "x"'));
    expect(f.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('InputProblems reports every problem in one BAD_USER_INPUT error', () => {
    const p = new InputProblems().check(false, 'name', '请填写姓名').check(true, 'x', 'never').check(false, 'phone', '电话格式不正确');
    expect(() => p.throwIfAny()).toThrow('请填写姓名；电话格式不正确');
    try {
      p.throwIfAny();
    } catch (e) {
      expect((e as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
      expect((e as DomainError).details.problems).toHaveLength(2);
    }
  });
});

describe('database refusals that are the caller\'s mistake', () => {
  // What pg (and MikroORM's UniqueConstraintViolationException, which copies pg's fields) carries.
  const pgError = (code: string, constraint?: string) => Object.assign(new Error(`duplicate key value violates unique constraint "${constraint}"`), { code, constraint });

  it('a unique violation of a registered constraint is DUPLICATE with its Chinese message and field', () => {
    registerUniqueMessages({ widget_serial_unique: { field: 'serial', message: '序列号已被使用' } });
    const f = formatError({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrap(pgError('23505', 'widget_serial_unique')));
    expect(f.message).toBe('序列号已被使用');
    expect(f.extensions).toEqual({ code: 'DUPLICATE', field: 'serial' });
  });

  it('an unregistered unique violation is still DUPLICATE, never INTERNAL_SERVER_ERROR, and leaks no SQL', () => {
    const f = formatError({ message: 'x' }, wrap(pgError('23505', 'secret_table_col_unique')));
    expect(f.extensions).toEqual({ code: 'DUPLICATE' });
    expect(f.message).not.toContain('secret_table');
  });

  it('22P02 (a malformed uuid PostgreSQL could not read) is BAD_USER_INPUT — the safety net behind the id checks', () => {
    const f = formatError({ message: 'x' }, wrap(pgError('22P02')));
    expect(f.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(f.message).toContain('格式不正确');
  });

  it('other database errors stay masked', () => {
    expect(fromDatabaseError(pgError('40P01'))).toBeNull();
    expect(formatError({ message: 'deadlock' }, wrap(pgError('40P01'))).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
