import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeed000, pendingSchemaDiff, seedIds } from '@jiandu/kit';
import { startSubgraphForTest, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createCasesOrm, SCHEMA } from '../src/orm.js';
import { buildCasesSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { seedCases } from '../src/seed/seed.js';
import { categoryOfLabel, MatterCategory } from '../src/matters/matter.entity.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
let s: SubgraphUnderTest;

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'cases', createOrm: createCasesOrm, schemaName: SCHEMA, buildSchema: buildCasesSchema, createLoaders, seed: seedCases });
});
afterAll(() => s?.stop());

describe('enforcement matters (000 附件1; categories of 004 第三条)', () => {
  it('004 第三条: every published category label maps to one category', () => {
    expect(categoryOfLabel('行政处罚')).toBe(MatterCategory.PUNISHMENT);
    expect(categoryOfLabel('行政奖励')).toBe(MatterCategory.REWARD);
    expect(categoryOfLabel('行政检查')).toBe(MatterCategory.INSPECTION);
    expect(categoryOfLabel('行政征收征用')).toBe(MatterCategory.EXPROPRIATION);
    expect(categoryOfLabel('不存在')).toBeUndefined();
  });

  it('the migrations produce exactly the schema the entities describe', async () => {
    expect(await pendingSchemaDiff(s.orm)).toBe('');
  });

  it('000 附件1: the 3 seed matters are public, in list order, with their legal basis; reseeding adds none', async () => {
    expect(await seedCases(s.orm.em.fork(), s.clock.now())).toEqual({ matters: 0 });
    const d = await ok(s.url, '{ matters { total items { listSeq category unit legalBasis agencyId } } }');
    expect(d.matters.total).toBe(3);
    expect(d.matters.items.map((m: any) => [m.listSeq, m.category])).toEqual([[1, 'PUNISHMENT'], [2, 'REWARD'], [3, 'INSPECTION']]);
    expect(d.matters.items[0].legalBasis).toContain('《中华人民共和国节约能源法》第十二条');
    expect(d.matters.items.every((m: any) => m.agencyId === agencyId && m.unit === '公共机构节能管理处')).toBe(true);
  });

  it('000 附件1; 004 第三条: the matter list filters by category and search text', async () => {
    const d = await ok(s.url, '{ a: matters(filter: { category: REWARD }) { total } b: matters(filter: { search: "节能监督检查" }) { total } }');
    expect(d).toEqual({ a: { total: 1 }, b: { total: 1 } });
  });

  it('contributes Agency.matters through entity resolution, one query for many agencies', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { id matters { listSeq } } } }`;
    const other = '22222222-2222-4222-8222-222222222222';
    const d = await ok(s.url, q, { r: [{ __typename: 'Agency', id: agencyId }, { __typename: 'Agency', id: other }] });
    expect(d._entities).toEqual([{ id: agencyId, matters: [{ listSeq: 1 }, { listSeq: 2 }, { listSeq: 3 }] }, { id: other, matters: [] }]);
  });

  it('an unknown or malformed id is NOT_FOUND or BAD_USER_INPUT, never a server error', async () => {
    expect(codes(await gql(s.url, '{ matter(id: "33333333-3333-4333-8333-333333333333") { name } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, '{ matter(id: "x") { name } }'))).toEqual(['BAD_USER_INPUT']);
  });
});
