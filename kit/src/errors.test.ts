import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode, formatError, InputProblems } from './errors.js';

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
