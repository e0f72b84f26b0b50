/**
 * The kit's "one way to do each thing" as personnel answers it (issue 7 item 8): malformed ids are
 * BAD_USER_INPUT on every path, `filter.ids` is capped, unique violations are DUPLICATE with the clerk's
 * message, a stale version is refused naming the record, contributed lists are paged with a total, and
 * scoped lists stay in SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeed000, MAX_PAGE_SIZE, pagedGroupedLoader, seedIds, sqlCounter } from '@jiandu/kit';
import { startSubgraphForTest, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createPersonnelOrm, SCHEMA } from '../src/orm.js';
import { buildPersonnelSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { seedPersonnel } from '../src/seed/seed.js';
import { Agency } from '../src/agencies/agency.entity.js';
import { CertificateEvent } from '../src/certificates/certificate-event.entity.js';

const seed = loadSeed000();
const ROOT = seedIds.agency(seed.agency.name);
const OFFICER = seedIds.officer('31000036001');
let s: SubgraphUnderTest;
let cert: string;
let scoped: string;

beforeAll(async () => {
  s = await startSubgraphForTest({
    label: 'conventions',
    createOrm: createPersonnelOrm,
    schemaName: SCHEMA,
    buildSchema: buildPersonnelSchema,
    createLoaders,
    seed: (em, now) => seedPersonnel(em, now, { demoUsers: false }),
  });
  cert = await s.token(['CERT_ADMIN'], { name: '证件管理员甲' });
  scoped = await s.token(['AGENCY_ADMIN'], { agencyId: ROOT, name: '管理局管理员' });
});
afterAll(() => s?.stop());

const firstError = (r: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => r.errors?.[0];

describe('a malformed id is BAD_USER_INPUT on every path, never INTERNAL_SERVER_ERROR', () => {
  it.each([
    ['an ID argument of a query', '{ officer(id: "not-a-uuid") { id } }', 'id'],
    ['an ID argument of another query', '{ certificate(id: "123") { id } }', 'id'],
    ['filter.ids', '{ officers(filter: { ids: ["x"] }) { total } }', 'ids'],
    ['an id inside a filter', '{ certificates(filter: { agencyId: "x" }) { total } }', 'agencyId'],
    ['an ID argument of a command', 'mutation { updateOfficer(id: "x", version: 1, input: { name: "a", region: "b", fields: ["c"], duties: [ENFORCEMENT], agencyId: "x" }) { id } }', 'id'],
    ['an ID argument of a contributed field', '{ suspensionPreview(id: "x", startsOn: "2026-12-01") { endsOn } }', 'id'],
  ])('%s', async (_what, query, field) => {
    const r = await gql(s.url, query, {}, cert);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(firstError(r)?.message).toMatch(/编号格式不正确/);
    expect(firstError(r)?.extensions?.field).toBe(field);
  });

  it('an id inside a command input is reported with the input\'s other problems (and the database never sees it)', async () => {
    const r = await gql(s.url, 'mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { id } }', { i: { officerId: 'x', number: '65239999999' } }, cert);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it(`filter.ids is capped at ${MAX_PAGE_SIZE} with a message the clerk can act on`, async () => {
    const ids = Array.from({ length: MAX_PAGE_SIZE + 1 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const r = await gql(s.url, 'query($ids: [ID!]) { officers(filter: { ids: $ids }) { total } }', { ids }, cert);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(firstError(r)?.message).toBe(`一次最多查询 ${MAX_PAGE_SIZE} 个编号，请分批查询`);
    expect((await ok(s.url, 'query($ids: [ID!]) { officers(filter: { ids: $ids }) { total } }', { ids: [OFFICER] }, cert)).officers.total).toBe(1);
  });
});

describe('unique violations are DUPLICATE with the message of the constraint (kit uniqueMessages)', () => {
  it('renaming an agency to a name in use', async () => {
    const input = { name: '昌吉州司法局', level: 'PREFECTURE', parentId: ROOT, region: '昌吉州', fields: ['司法行政'] };
    const created = (await ok(s.url, 'mutation($i: AgencyInput!) { createAgency(input: $i) { id version } }', { i: input }, cert)).createAgency;
    const r = await gql(s.url, 'mutation($id: ID!, $v: Int!, $i: AgencyInput!) { updateAgency(id: $id, version: $v, input: $i) { id } }', { id: created.id, v: created.version, i: { ...input, name: seed.agency.name } }, cert);
    expect(codes(r)).toEqual(['DUPLICATE']);
    expect(firstError(r)).toMatchObject({ message: '已有同名执法主体', extensions: { code: 'DUPLICATE', field: 'name' } });
    const after = (await ok(s.url, 'query($id: ID!) { agency(id: $id) { name version } }', { id: created.id }, cert)).agency;
    expect(after).toEqual({ name: '昌吉州司法局', version: created.version });
  });

  it('renewing a certificate onto a number in use', async () => {
    const certs = (await ok(s.url, '{ certificates(limit: 2, orderBy: { field: NUMBER }) { items { id number version } } }', {}, cert)).certificates.items;
    const r = await gql(s.url, 'mutation($id: ID!, $v: Int!, $n: String) { renewCertificate(id: $id, version: $v, reason: "换发", newNumber: $n) { id } }', { id: certs[0].id, v: certs[0].version, n: certs[1].number }, cert);
    expect(firstError(r)).toMatchObject({ message: '证件号已存在，证件号必须唯一', extensions: { code: 'DUPLICATE', field: 'number' } });
  });
});

describe('lock-and-version (kit lockForEdit): version is required and a stale one is refused naming the record', () => {
  it('every edit command declares version as Int!', async () => {
    const { __schema } = await ok(s.url, '{ __schema { mutationType { fields { name args { name type { kind ofType { name } } } } } } }');
    const editing = ['updateAgency', 'confirmAgencyQualification', 'publishAgency', 'updateOfficer', 'recordEmploymentChange', 'renewCertificate', 'reviewCertificate', 'suspendCertificate', 'liftCertificateSuspension', 'revokeCertificate', 'cancelCertificate', 'recoverCertificate'];
    for (const name of editing) {
      const f = __schema.mutationType.fields.find((x: any) => x.name === name);
      expect({ name, version: f.args.find((a: any) => a.name === 'version')?.type }).toEqual({ name, version: { kind: 'NON_NULL', ofType: { name: 'Int' } } });
    }
  });

  it('a stale version: CONCURRENT_MODIFICATION naming the officer and the versions; nothing changes', async () => {
    const o = (await ok(s.url, 'query($id: ID!) { officer(id: $id) { name version region fields duties agencyId } }', { id: OFFICER }, cert)).officer;
    const input = { name: o.name, region: o.region, fields: o.fields, duties: o.duties, agencyId: o.agencyId };
    const q = 'mutation($id: ID!, $v: Int!, $i: OfficerInput!) { updateOfficer(id: $id, version: $v, input: $i) { version post } }';
    expect((await ok(s.url, q, { id: OFFICER, v: o.version, i: { ...input, post: '科员' } }, cert)).updateOfficer).toEqual({ version: o.version + 1, post: '科员' });
    const r = await gql(s.url, q, { id: OFFICER, v: o.version, i: { ...input, post: '覆盖' } }, cert);
    expect(codes(r)).toEqual(['CONCURRENT_MODIFICATION']);
    expect(firstError(r)?.message).toContain(`执法人员“${o.name}”已于`);
    expect(firstError(r)?.message).toContain('被证件管理员甲修改'); // from the change log: who made the edit it missed
    expect(firstError(r)?.message).toContain(`您看到的是第 ${o.version} 版，现为第 ${o.version + 1} 版`);
    expect((await ok(s.url, 'query($id: ID!) { officer(id: $id) { post } }', { id: OFFICER }, cert)).officer.post).toBe('科员');
  });
});

describe('contributed lists are paged with a total, one query for all parents', () => {
  it('Officer.changeLog and Agency.children page with offset/limit and report the total', async () => {
    const log = (await ok(s.url, 'query($id: ID!) { officer(id: $id) { all: changeLog(limit: 10) { total items { action } } second: changeLog(offset: 1, limit: 1) { total items { action } } } }', { id: OFFICER }, cert)).officer;
    expect(log.all.total).toBeGreaterThanOrEqual(1);
    expect(log.second.total).toBe(log.all.total);
    expect(log.second.items).toEqual(log.all.items.slice(1, 2));
    const root = (await ok(s.url, 'query($id: ID!) { agency(id: $id) { children(limit: 1) { total items { name } } } }', { id: ROOT }, cert)).agency;
    expect(root.children.total).toBeGreaterThanOrEqual(1);
    expect(root.children.items).toHaveLength(1);
    expect(codes(await gql(s.url, 'query($id: ID!) { agency(id: $id) { children(limit: 1000) { total } } }', { id: ROOT }, cert))).toEqual(['BAD_USER_INPUT']);
  });

  it('the histories of a page of certificates are one statement, whatever the page size', async () => {
    const q = (n: number) => `{ certificates(limit: ${n}) { items { history(limit: 5) { total items { kind } } } } }`;
    const measure = async (n: number) => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, q(n), {}, cert);
      expect(d.certificates.items.every((c: any) => c.history.total >= 1)).toBe(true);
      return sqlCounter.statements - before;
    };
    expect(await measure(2)).toBe(await measure(15));
  });
});

describe('scoped lists stay in SQL', () => {
  it('an agency administrator\'s officer list is the page and its count — no separate load of every agency in scope', async () => {
    const before = sqlCounter.statements;
    const d = await ok(s.url, '{ officers(limit: 5) { total items { id } } }', {}, scoped);
    expect(d.officers.total).toBe(15);
    expect(sqlCounter.statements - before).toBe(2);
  });

  it('an agency\'s figures are one statement over its subtree (plus its policies), not a load of its officers', async () => {
    const measure = async () => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, 'query($id: ID!) { agency(id: $id) { figures(year: 2026) { officers withValidCertificate suspendedNow } } }', { id: ROOT }, cert);
      return { statements: sqlCounter.statements - before, figures: d.agency.figures };
    };
    const first = await measure();
    expect(first.figures).toEqual({ officers: 15, withValidCertificate: 15, suspendedNow: 0 });
    const again = await measure();
    expect(again.statements).toBeLessThanOrEqual(4);
  });
});

describe('one read rule and one write-scope rule (access.rules.ts), on every path', () => {
  it('DESIGN "Who uses it": staff attached to no agency see no agency, officer or certificate — empty lists and NOT_FOUND, not an error', async () => {
    const unattached = await s.token(['SUPERVISOR'], { name: '未关联的监督人员' });
    const d = await ok(s.url, '{ agencies { total items { id } } officers { total } certificates { total } }', {}, unattached);
    expect(d).toEqual({ agencies: { total: 0, items: [] }, officers: { total: 0 }, certificates: { total: 0 } });
    expect(codes(await gql(s.url, 'query($id: ID!) { agency(id: $id) { id } }', { id: ROOT }, unattached))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, 'query($id: ID!) { officer(id: $id) { id } }', { id: OFFICER }, unattached))).toEqual(['NOT_FOUND']);
    // the same lists answer a signed-in caller with a subtree, and still ask anonymous callers to log in
    expect((await ok(s.url, '{ officers { total } certificates { total } }', {}, scoped))).toEqual({ officers: { total: 15 }, certificates: { total: 15 } });
    expect(codes(await gql(s.url, '{ certificates { total } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('DESIGN "Who uses it" (write scope): an administrator attached to no agency keeps no agency\'s records', async () => {
    const unattached = await s.token(['AGENCY_ADMIN'], { name: '未关联的管理员' });
    const r = await gql(s.url, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', { i: { name: '无主', agencyId: ROOT, region: '全疆', fields: ['机关事务管理'], duties: ['ENFORCEMENT'] } }, unattached);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, 'mutation($i: TrainingInput!) { recordTraining(input: $i) { id } }', { i: { officerId: OFFICER, type: 'PUBLIC_LAW', title: '培训', trainedOn: testDate({ days: -30 }), hours: 2 } }, unattached))).toEqual(['NOT_FOUND']);
  });
});

describe('Officer.idNumberViews through the request\'s loaders', () => {
  it('the views of N officers cost the same statements whatever N (one for their agencies, one for all their pages)', async () => {
    const officers = (await ok(s.url, '{ officers(limit: 10, orderBy: { field: LIST_SEQ, direction: ASC }) { items { id } } }', {}, cert)).officers.items;
    for (const o of officers) await ok(s.url, 'mutation($id: ID!) { revealIdNumber(officerId: $id, reason: "核对身份信息") { idNumber } }', { id: o.id }, cert);
    await ok(s.url, 'mutation($id: ID!) { revealIdNumber(officerId: $id, reason: "第二次核对") { idNumber } }', { id: officers[0].id }, cert);
    const measure = async (n: number) => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, `{ officers(limit: ${n}, orderBy: { field: LIST_SEQ, direction: ASC }) { items { idNumberViews(limit: 1) { total items { reason } } } } }`, {}, scoped);
      expect(d.officers.items.every((o: any) => o.idNumberViews.total >= 1 && o.idNumberViews.items.length === 1)).toBe(true);
      return { statements: sqlCounter.statements - before, first: d.officers.items[0].idNumberViews };
    };
    const two = await measure(2);
    expect(two.first.total).toBe(2); // both reveals counted, one on the page
    expect((await measure(10)).statements).toBe(two.statements);
    expect(two.statements).toBeLessThanOrEqual(4); // count + page + agencies + views
  });
});

describe('paged contributed lists have a total order', () => {
  it('pagedGroupedLoader refuses an order that does not end with a unique column (rows that tie could repeat or vanish between pages)', () => {
    const em = s.orm.em.fork() as never;
    expect(() => pagedGroupedLoader(em, Agency, 'parentId', [['level', 'asc']])).toThrow(/unique column/);
    expect(() => pagedGroupedLoader(em, Agency, 'parentId', [['level', 'asc'], ['id', 'asc']])).not.toThrow();
    expect(() => pagedGroupedLoader(em, CertificateEvent, 'certificateId', [['effectiveFrom', 'asc'], ['recordedAt', 'asc']])).toThrow(/unique column/);
    expect(() => createLoaders(em, { anonymous: true } as never, s.clock)).not.toThrow();
  });
});

describe('setPolicy: on the version seen, recorded in the agency\'s change log (DESIGN "Rules are data")', () => {
  const SET = 'mutation($v: Float, $s: String, $ver: Int) { setPolicy(agencyId: "' + ROOT + '", key: TRAINING_HOURS_PER_YEAR, value: $v, source: $s, version: $ver) { value source setAt version } }';
  const policy = async () => (await ok(s.url, 'query($id: ID!) { agency(id: $id) { policies { key value setAt version } } }', { id: ROOT }, cert)).agency.policies.find((p: any) => p.key === 'TRAINING_HOURS_PER_YEAR');

  it('the first override needs no version; later changes need the version seen; a stale or missing one changes nothing', async () => {
    expect(await policy()).toMatchObject({ value: 60, setAt: null, version: null });
    const first = (await ok(s.url, SET, { v: 50, s: '某地规定 第三条' }, cert)).setPolicy;
    expect(first).toMatchObject({ value: 50, setAt: ROOT });
    expect((await policy()).version).toBe(first.version);

    const missing = await gql(s.url, SET, { v: 45, s: '某地规定 第三条' }, cert);
    expect(codes(missing)).toEqual(['CONCURRENT_MODIFICATION']);
    expect(firstError(missing)?.message).toBe(`本单位已设定「年度培训学时」（第 ${first.version} 版，证件管理员甲设定），请刷新后在其基础上修改`);

    const second = (await ok(s.url, SET, { v: 55, s: '某地规定 第四条', ver: first.version }, cert)).setPolicy;
    expect(second).toMatchObject({ value: 55, version: first.version + 1 });
    const stale = await gql(s.url, SET, { v: 40, s: '某地规定 第五条', ver: first.version }, cert);
    expect(codes(stale)).toEqual(['CONCURRENT_MODIFICATION']);
    expect(firstError(stale)?.message).toContain(`您看到的是第 ${first.version} 版，现为第 ${second.version} 版`);
    expect(await policy()).toMatchObject({ value: 55, version: second.version });

    expect(codes(await gql(s.url, SET, { v: null, s: null, ver: first.version }, cert))).toEqual(['CONCURRENT_MODIFICATION']);
    expect((await ok(s.url, SET, { v: null, s: null, ver: second.version }, cert)).setPolicy).toMatchObject({ value: 60, setAt: null, version: null });
    expect(codes(await gql(s.url, SET, { v: 50, s: '某地规定 第三条', ver: second.version }, cert))).toEqual(['CONCURRENT_MODIFICATION']); // removed meanwhile
    expect(await policy()).toMatchObject({ value: 60, version: null });
  });

  it('each change is in the agency\'s change log: who, which policy, before → after with the source', async () => {
    const log = (await ok(s.url, 'query($id: ID!) { agency(id: $id) { changeLog(limit: 3) { items { action actorName changes { field before after } } } } }', { id: ROOT }, cert)).agency.changeLog.items;
    const field = '年度培训学时（TRAINING_HOURS_PER_YEAR）';
    expect(log).toEqual([
      { action: '删除政策参数设置', actorName: '证件管理员甲', changes: [{ field, before: '55学时（某地规定 第四条），本级设定', after: expect.stringMatching(/^60学时（003 第3条.*），默认$/) }] },
      { action: '设定政策参数', actorName: '证件管理员甲', changes: [{ field, before: '50学时（某地规定 第三条），本级设定', after: '55学时（某地规定 第四条），本级设定' }] },
      { action: '设定政策参数', actorName: '证件管理员甲', changes: [{ field, before: expect.stringMatching(/^60学时（003 第3条.*），默认$/), after: '50学时（某地规定 第三条），本级设定' }] },
    ]);
  });
});
