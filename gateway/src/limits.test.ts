import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse } from 'graphql';
import { checkQueryLimits } from './limits.js';

const schema = buildSchema(`
  type Query { agencies(limit: Int): AgencyList! agency: Agency }
  type AgencyList { items: [Agency!]! total: Int! }
  type Agency { name: String! parent: Agency officers(limit: Int): OfficerList! tags: [String!]! }
  type OfficerList { items: [Officer!]! total: Int! }
  type Officer { name: String! }
`);
const check = (q: string, vars = {}, depth = 5, cost = 1000) => checkQueryLimits(schema, parse(q), undefined, vars, depth, cost).map((e) => e.message);

describe('gateway query limits', () => {
  it('counts depth through fragments', () => {
    expect(check('{ agency { parent { parent { parent { parent { name } } } } } }')).toEqual([expect.stringContaining('查询嵌套过深（6 层，最多 5 层）')]);
    expect(check('{ agency { ...P } } fragment P on Agency { parent { name } }')).toEqual([]);
  });

  it('multiplies a page by its limit, given literally or as a variable', () => {
    expect(check('{ agencies(limit: 10) { items { name } } }')).toEqual([]);
    expect(check('query($n: Int) { agencies(limit: $n) { items { officers(limit: $n) { items { name } } } } }', { n: 40 })).toEqual([expect.stringContaining('查询过于复杂')]);
    expect(check('query($n: Int) { agencies(limit: $n) { items { officers(limit: $n) { items { name } } } } }', { n: 10 })).toEqual([]);
  });
});
