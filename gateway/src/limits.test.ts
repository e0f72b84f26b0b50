import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse } from 'graphql';
import { checkQueryCost } from './limits.js';

const schema = buildSchema(`
  type Query { agencies(limit: Int): AgencyList! agency: Agency }
  type AgencyList { items: [Agency!]! total: Int! }
  type Agency { name: String! parent: Agency officers(limit: Int): OfficerList! tags: [String!]! }
  type OfficerList { items: [Officer!]! total: Int! }
  type Officer { name: String! }
`);
const check = (q: string, vars = {}, cost = 1000) => checkQueryCost(schema, parse(q), undefined, vars, cost).map((e) => e.message);

describe('gateway query limits', () => {
  it('counts through fragments, each list item once per expected item', () => {
    // agencies 1 + items (1 + (name 1 + officers (1 + items (1 + name 1 × 20))) × 20) = 1 + 1 + 23 × 20 = 462
    const q = parse('{ agencies { ...A } } fragment A on AgencyList { items { name officers { items { name } } } }');
    expect(checkQueryCost(schema, q, undefined, {}, 462)).toEqual([]);
    const [refusal] = checkQueryCost(schema, q, undefined, {}, 461);
    expect(refusal?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 461, found: 462 });
  });

  it('multiplies a page by its limit, given literally or as a variable', () => {
    expect(check('{ agencies(limit: 10) { items { name } } }')).toEqual([]);
    expect(check('query($n: Int) { agencies(limit: $n) { items { officers(limit: $n) { items { name } } } } }', { n: 40 })).toEqual([expect.stringContaining('查询过于复杂')]);
    expect(check('query($n: Int) { agencies(limit: $n) { items { officers(limit: $n) { items { name } } } } }', { n: 10 })).toEqual([]);
  });
});
