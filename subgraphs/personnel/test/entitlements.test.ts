/**
 * 持证上岗 (004 第十一条; 003 第4条) through the personnel subgraph's own HTTP endpoint on a real PostgreSQL:
 * `enforcementEntitlements`, the public batched question cases asks at every step it records.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, addNaturalMonths, loadSeed000, seedIds, sqlCounter, startOfLocalDate } from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createPersonnelOrm, SCHEMA } from '../src/orm.js';
import { buildPersonnelSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { seedPersonnel } from '../src/seed/seed.js';
import { Agency, AgencyLevel } from '../src/agencies/agency.entity.js';
import { Officer } from '../src/officers/officer.entity.js';
import { Certificate, CertificateKind } from '../src/certificates/certificate.entity.js';
import { CertificateEvent, CertificateEventKind } from '../src/certificates/certificate-event.entity.js';

const seed = loadSeed000();
const FIELD = seed.officers[0]!.field; // 机关事务管理
const ROOT = seedIds.agency(seed.agency.name); // 自治区 level, region 全疆
const PREF = '0e000000-0000-4000-8000-00000000000a'; // 昌吉州, under ROOT
const COUNTY = '0e000000-0000-4000-8000-00000000000b'; // 昌吉市, under PREF
const officerOf = (i: number) => seedIds.officer(seed.officers[i]!.certificateNumber);
/** The certificate of a holder created here (its id is the officer's with another prefix). */
const certOf = (officerId: string) => officerId.replace(/^0e/, '0c');
const SUSPENDED_TODAY = '0e000000-0000-4000-8000-0000000000d1'; // 全疆 行政执法证, 暂扣 from today
const SUSPENDED_BEFORE = '0e000000-0000-4000-8000-0000000000d2'; // 全疆 行政执法证, 暂扣 that has ended
const PREF_HOLDER = '0e000000-0000-4000-8000-0000000000c1'; // 行政执法证 region 昌吉州
const ILI_HOLDER = '0e000000-0000-4000-8000-0000000000c2'; // 行政执法证 region 伊犁州
const OTHER_FIELD = '0e000000-0000-4000-8000-0000000000c3'; // 行政执法证 field 市场监管 only
const SUPERVISOR_ONLY = '0e000000-0000-4000-8000-0000000000c4'; // 执法监督证 only
const UNKNOWN = '0e000000-0000-4000-8000-0000000000ff';
/** 20 more holders in the county, for the statement count. */
const MANY = Array.from({ length: 20 }, (_, i) => `0e000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`);

const Q = `query($agencyId: ID!, $field: String, $officerIds: [ID!]!, $at: DateTimeISO) {
  enforcementEntitlements(agencyId: $agencyId, field: $field, officerIds: $officerIds, at: $at) { officerId officerName entitled status certificateNumber reason }
}`;
let s: SubgraphUnderTest;
let certAdmin: string;
/** Anonymous: the answer is 亮证 data only (003 第4条), so no login is needed. */
const ask = async (vars: { agencyId?: string; field?: string | null; officerIds: string[]; at?: string }) =>
  (await ok(s.url, Q, { agencyId: ROOT, field: FIELD, ...vars })).enforcementEntitlements as any[];
const one = async (officerId: string, vars: { agencyId?: string; field?: string | null; at?: string } = {}) => (await ask({ ...vars, officerIds: [officerId] }))[0];

async function suspend(certificateId: string, startsOn: string) {
  const { certificate } = await ok(s.url, 'query($id: ID!) { certificate(id: $id) { version } }', { id: certificateId }, certAdmin);
  await ok(
    s.url,
    'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }',
    { id: certificateId, v: certificate.version, i: { ground: 'OUTSIDE_FIELD', startsOn, reason: '擅自超出行政执法领域执法' } },
    certAdmin,
  );
}

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'entitlements', createOrm: createPersonnelOrm, schemaName: SCHEMA, buildSchema: buildPersonnelSchema, createLoaders, seed: (em, now) => seedPersonnel(em, now, { demoUsers: false }) });
  certAdmin = await s.token(['CERT_ADMIN']);
  const em = s.orm.em.fork();
  const now = s.clock.now();
  em.create(Agency, { id: PREF, name: '昌吉州某局', level: AgencyLevel.PREFECTURE, parentId: ROOT, path: `/${ROOT}/${PREF}/`, region: '昌吉州', createdAt: now, updatedAt: now });
  em.create(Agency, { id: COUNTY, name: '昌吉市某局', level: AgencyLevel.COUNTY, parentId: PREF, path: `/${ROOT}/${PREF}/${COUNTY}/`, region: '昌吉市', createdAt: now, updatedAt: now });
  const issuedOn = testDate({ days: -365 });
  const holder = (id: string, name: string, o: { region?: string; fields?: string[]; kind?: CertificateKind } = {}) => {
    em.create(Officer, { id, name, agencyId: COUNTY, region: o.region ?? '昌吉州', fields: o.fields ?? [FIELD], createdAt: now, updatedAt: now });
    const certificateId = certOf(id);
    em.create(Certificate, {
      id: certificateId, number: `T${id.slice(-6)}`, kind: o.kind ?? CertificateKind.ENFORCEMENT, officerId: id, fields: o.fields ?? [FIELD], region: o.region ?? '昌吉州',
      issuedOn, validUntil: addDays(addNaturalMonths(issuedOn, 60, { extendToWorkingDay: false }), -1), createdAt: now, updatedAt: now,
    });
    em.create(CertificateEvent, { id: id.replace(/^0e/, '0d'), certificateId, kind: CertificateEventKind.ISSUED, effectiveFrom: startOfLocalDate(issuedOn), recordedAt: now });
  };
  holder(SUSPENDED_TODAY, '今日暂扣人', { region: '全疆' });
  holder(SUSPENDED_BEFORE, '曾暂扣人', { region: '全疆' });
  holder(PREF_HOLDER, '州证持有人');
  holder(ILI_HOLDER, '伊犁证持有人', { region: '伊犁州' });
  holder(OTHER_FIELD, '市场监管证持有人', { fields: ['市场监管'], region: '全疆' });
  holder(SUPERVISOR_ONLY, '监督证持有人', { kind: CertificateKind.SUPERVISION, region: '全疆' });
  MANY.forEach((id, i) => holder(id, `批量${i}`));
  await em.flush();
  // 003 第4条 暂扣3个月: one starting today, one that started 125 days ago and so ended about a month ago.
  await suspend(certOf(SUSPENDED_TODAY), TEST_TODAY);
  await suspend(certOf(SUSPENDED_BEFORE), testDate({ days: -125 }));
});
afterAll(() => s?.stop());

describe('enforcementEntitlements: 持证上岗 at an instant (004 第十一条, 003 第4条)', () => {
  it('004 第十一条: an officer with a valid 全疆 行政执法证 of the field is entitled, with the certificate shown (亮证)', async () => {
    expect(await one(officerOf(2))).toEqual({
      officerId: officerOf(2), officerName: seed.officers[2]!.name, entitled: true, status: 'VALID', certificateNumber: seed.officers[2]!.certificateNumber, reason: null,
    });
  });

  it('003 第4条: an officer suspended today is refused SUSPENDED today (and was entitled the day before)', async () => {
    expect(await one(SUSPENDED_TODAY)).toMatchObject({ entitled: false, status: 'SUSPENDED', reason: 'SUSPENDED', certificateNumber: 'T0000d1' });
    expect(await one(SUSPENDED_TODAY, { at: startOfLocalDate(testDate({ days: -1 })).toISOString() })).toMatchObject({ entitled: true, status: 'VALID' });
  });

  it('003 第4条: the suspension ends by itself after 3 months — entitled again from the next day', async () => {
    const ends = addNaturalMonths(TEST_TODAY, 3, { extendToWorkingDay: false });
    expect(await one(SUSPENDED_TODAY, { at: new Date(startOfLocalDate(addDays(ends, 1)).getTime() - 1).toISOString() })).toMatchObject({ entitled: false, reason: 'SUSPENDED' });
    expect(await one(SUSPENDED_TODAY, { at: startOfLocalDate(addDays(ends, 1)).toISOString() })).toMatchObject({ entitled: true, status: 'VALID', reason: null });
  });

  it('003 第4条: an officer whose suspension period has ended is entitled again now; during it he was not', async () => {
    expect(await one(SUSPENDED_BEFORE)).toMatchObject({ entitled: true, status: 'VALID', reason: null });
    expect(await one(SUSPENDED_BEFORE, { at: startOfLocalDate(testDate({ days: -100 })).toISOString() })).toMatchObject({ entitled: false, reason: 'SUSPENDED' });
  });

  it('003 第4条 擅自超出行政执法领域: a valid certificate of another field → FIELD_NOT_COVERED; no field asked → entitled', async () => {
    expect(await one(OTHER_FIELD, { agencyId: COUNTY })).toMatchObject({ entitled: false, status: 'VALID', reason: 'FIELD_NOT_COVERED' });
    expect(await one(OTHER_FIELD, { agencyId: COUNTY, field: null })).toMatchObject({ entitled: true, reason: null });
  });

  it('004 第十一条: an ancestor\'s region covers a descendant agency (全疆 and 昌吉州 certificates act in a 昌吉市 agency)', async () => {
    const [seedHolder, prefHolder] = await ask({ agencyId: COUNTY, officerIds: [officerOf(2), PREF_HOLDER] });
    expect(seedHolder).toMatchObject({ entitled: true, certificateNumber: seed.officers[2]!.certificateNumber });
    expect(prefHolder).toMatchObject({ entitled: true, status: 'VALID' });
  });

  it('004 第十一条 不得超越范围: a 昌吉州 certificate does not cover the 自治区 agency; an 伊犁州 one does not cover 昌吉市', async () => {
    expect(await one(PREF_HOLDER, { agencyId: ROOT })).toMatchObject({ entitled: false, status: 'VALID', reason: 'REGION_NOT_COVERED' });
    expect(await one(ILI_HOLDER, { agencyId: COUNTY })).toMatchObject({ entitled: false, status: 'VALID', reason: 'REGION_NOT_COVERED' });
  });

  it('004 第十一条: an unknown officer and a holder of a 执法监督证 only → NO_CERTIFICATE', async () => {
    const [unknown, supervisor] = await ask({ agencyId: COUNTY, officerIds: [UNKNOWN, SUPERVISOR_ONLY] });
    expect(unknown).toEqual({ officerId: UNKNOWN, officerName: null, entitled: false, status: null, certificateNumber: null, reason: 'NO_CERTIFICATE' });
    expect(supervisor).toMatchObject({ officerName: '监督证持有人', entitled: false, status: null, certificateNumber: null, reason: 'NO_CERTIFICATE' });
  });

  it('answers every id asked, in the order asked (repeats included)', async () => {
    const ids = [UNKNOWN, officerOf(2), SUSPENDED_TODAY, officerOf(2)];
    expect((await ask({ officerIds: ids })).map((e) => [e.officerId, e.entitled])).toEqual([[UNKNOWN, false], [officerOf(2), true], [SUSPENDED_TODAY, false], [officerOf(2), true]]);
    expect(await ask({ officerIds: [] })).toEqual([]);
  });

  it('more than 50 ids, a malformed id or a blank field are BAD_USER_INPUT; an unknown agency is NOT_FOUND', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `0e000000-0000-4000-8000-0000000002${String(i).padStart(2, '0')}`);
    const tooMany = await gql(s.url, Q, { agencyId: ROOT, field: FIELD, officerIds: many });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0]?.message).toContain('50');
    expect(codes(await gql(s.url, Q, { agencyId: ROOT, field: FIELD, officerIds: many.slice(0, 50) }))).toEqual([]);
    expect(codes(await gql(s.url, Q, { agencyId: ROOT, field: FIELD, officerIds: ['not-a-uuid'] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, Q, { agencyId: ROOT, field: '  ', officerIds: [UNKNOWN] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, Q, { agencyId: UNKNOWN, field: FIELD, officerIds: [officerOf(2)] }))).toEqual(['NOT_FOUND']);
  });

  it('the SQL statements do not grow with the number of officers (2 vs 20: statuses computed in bulk)', async () => {
    const count = async (ids: string[]) => {
      const before = sqlCounter.statements;
      const answer = await ask({ agencyId: COUNTY, officerIds: ids });
      const statements = sqlCounter.statements - before;
      expect(answer.map((e) => e.entitled)).toEqual(ids.map(() => true));
      return statements;
    };
    const small = await count(MANY.slice(0, 2));
    const large = await count(MANY);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(5); // agency, its ancestors, officers, certificates, histories
  });
});
