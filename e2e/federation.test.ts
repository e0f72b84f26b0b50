/**
 * Through the real gateway, with every subgraph in its own process (DESIGN "Architecture").
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { startTestPlatform, sqlStatements, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { SEED_VALID_UNTIL, TEST_YEAR } from './support/subgraph.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
let p: TestPlatform;
let supervisor: string;

const login = async (username: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;

const CROSS = `query Cross($id: ID!) {
  agency(id: $id) {
    name
    officers(limit: 200) { total items { name certificate { number status validUntil } certificates { number } complaints { total items { number content } } } }
    matters { name category }
    complaints { total items { number } }
  }
}`;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'federation' });
  supervisor = await login('supervisor');
}, 180_000);
afterAll(() => p?.stop());

describe('one query across the three subgraphs', () => {
  it('an agency, its officers with certificates and complaints (supervision), and its matters (cases)', async () => {
    const officerId = seedIds.officer('31000036001');
    await ok(
      p.gatewayUrl,
      'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { number } }',
      { i: { channel: 'PHONE', complainantName: '张三', complainantPhone: '13812345678', agencyId, officerId, content: '执法时未出示行政执法证' } },
      supervisor,
    );
    const d = await ok(p.gatewayUrl, CROSS, { id: agencyId }, supervisor);
    expect(d.agency.name).toBe('新疆维吾尔自治区机关事务管理局');
    expect(d.agency.officers.total).toBe(15);
    const pan = d.agency.officers.items.find((o: any) => o.name === '潘铤');
    expect(pan.certificate).toEqual({ number: '31000036001', status: 'VALID', validUntil: SEED_VALID_UNTIL });
    expect(pan.complaints).toEqual({ total: 1, items: [{ number: `TS${TEST_YEAR}-000001`, content: '执法时未出示行政执法证' }] });
    expect(d.agency.matters.map((m: any) => m.category)).toEqual(['PUNISHMENT', 'REWARD', 'INSPECTION']);
    expect(d.agency.complaints.items).toHaveLength(1);
  });

  it('the number of SQL statements the query causes does not grow with the number of officers (DataLoader batching)', async () => {
    const measure = async () => {
      const before = await sqlStatements(p);
      const d = await ok(p.gatewayUrl, CROSS, { id: agencyId }, supervisor);
      return { statements: (await sqlStatements(p)) - before, officers: d.agency.officers.items.length };
    };
    await measure(); // warm up (first-request metadata queries)
    const small = await measure();
    // 60 more officers, each with a certificate and a complaint — written straight into each owner's schema.
    await sql(
      p.databaseUrl,
      `insert into personnel.officer (id, name, agency_id, list_seq, region, fields, duties, created_at, updated_at)
       select gen_random_uuid(), '测试人员' || g, $1, 100 + g, '全疆', '{机关事务管理}', '{ENFORCEMENT}', now(), now() from generate_series(1, 60) g`,
      [agencyId],
    );
    await sql(
      p.databaseUrl,
      `insert into personnel.certificate (id, number, kind, officer_id, fields, region, issued_on, valid_until, created_at, updated_at)
       select gen_random_uuid(), 'T' || list_seq, 'ENFORCEMENT', id, fields, region, '2024-01-01', '2029-01-01', now(), now() from personnel.officer where list_seq > 100`,
    );
    await sql(
      p.databaseUrl,
      `insert into supervision.complaint (id, number, channel, anonymous, agency_id, officer_id, content, status, received_at, created_at)
       select gen_random_uuid(), 'TX-' || list_seq, 'LETTER', true, agency_id, id, '测试投诉', 'RECEIVED', now(), now() from personnel.officer where list_seq > 100`,
    );
    const large = await measure();
    expect(small.officers).toBe(15);
    expect(large.officers).toBe(75);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(12);
  });
});

describe('identity through the gateway and straight to a subgraph', () => {
  it('the public lookup answers without login for all 15 published numbers (DESIGN "Fixed points")', async () => {
    for (const o of seed.officers) {
      const d = await ok(p.gatewayUrl, 'query($n: String!) { publicCertificate(number: $n) { holderName agencyName status } }', { n: o.certificateNumber });
      expect(d.publicCertificate).toEqual({ holderName: o.name, agencyName: seed.agency.name, status: 'VALID' });
    }
  });

  it('a forged token at the gateway is refused with UNAUTHENTICATED', async () => {
    const forged = supervisor.replace(/\.[^.]+$/, '.AAAA');
    expect(codes(await gql(p.gatewayUrl, '{ me { username } }', {}, forged))).toEqual(['UNAUTHENTICATED']);
  });

  it('a subgraph reached directly with a forged token serves only anonymous data', async () => {
    const forged = supervisor.replace(/\.[^.]+$/, '.AAAA');
    const direct = `${p.subgraphUrls.supervision}/graphql`;
    expect(codes(await gql(direct, '{ complaints { total } }', {}, forged))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(`${p.subgraphUrls.personnel}/graphql`, '{ officers { total } }', {}, forged))).toEqual(['UNAUTHENTICATED']);
    // and the genuine token works directly too: every subgraph verifies it itself
    expect((await ok(direct, '{ complaints { total } }', {}, supervisor)).complaints.total).toBeGreaterThan(0);
  });
});

describe('gateway limits and errors', () => {
  it('refuses a query nested deeper than the limit with QUERY_TOO_COMPLEX', async () => {
    let q = 'name';
    for (let i = 0; i < 14; i++) q = `parent { ${q} }`;
    const r = await gql(p.gatewayUrl, `{ agencies { items { ${q} } } }`);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses a query whose estimated cost is too high', async () => {
    const r = await gql(p.gatewayUrl, '{ agencies(limit: 200) { items { officers(limit: 200) { items { certificates { history { items { kind } } } complaints { items { number } } } } } } }', {}, supervisor);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('bad input reaches the clerk as BAD_USER_INPUT with a Chinese message, and nothing is created', async () => {
    const before = (await ok(p.gatewayUrl, '{ complaints { total } }', {}, supervisor)).complaints.total;
    const r = await gql(p.gatewayUrl, 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { number } }', { i: { channel: 'PHONE', agencyId, content: '  ' } }, supervisor);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toContain('请填写投诉内容');
    expect(r.errors?.[0]?.message).toContain('非匿名投诉请填写投诉人姓名');
    expect((await ok(p.gatewayUrl, '{ complaints { total } }', {}, supervisor)).complaints.total).toBe(before);
  });

  it('a malformed id reaches the clerk as BAD_USER_INPUT through the gateway, in every subgraph', async () => {
    for (const query of ['{ officer(id: "not-a-uuid") { id } }', '{ complaint(id: "42") { id } }', '{ matters(filter: { ids: ["x"] }) { total } }']) {
      const r = await gql(p.gatewayUrl, query, {}, supervisor);
      expect({ query, codes: codes(r) }).toEqual({ query, codes: ['BAD_USER_INPUT'] });
      expect(r.errors?.[0]?.message).toContain('编号格式不正确');
    }
  });

  it('GET /health answers 200 once the supergraph is loaded', async () => {
    const res = await fetch(`${p.baseUrl}/health`);
    expect(res.status).toBe(200);
  });
});
