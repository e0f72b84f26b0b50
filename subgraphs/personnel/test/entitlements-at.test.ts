/**
 * 持证上岗 at past instants (004 第十一条; 003 第4条) through personnel's own HTTP endpoint on a real PostgreSQL:
 * `entitlementsAt`, the batched question supervision's 案卷评查 (003 第15条) asks for every recorded step of the
 * sampled cases — many (agency, field, officer, instant) checks in one call, a fixed number of statements.
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
const FIELD = seed.officers[0]!.field;
const ROOT = seedIds.agency(seed.agency.name); // region 全疆
const COUNTY = '0f000000-0000-4000-8000-00000000000b'; // region 昌吉市, under ROOT
const ILI = '0f000000-0000-4000-8000-00000000000c'; // region 伊犁州, under ROOT
const SUSPENDED = '0f000000-0000-4000-8000-0000000000d1'; // 昌吉市 certificate, 暂扣 from 10 days ago
const CHANGJI = '0f000000-0000-4000-8000-0000000000d2'; // 昌吉市 certificate, valid
const UNKNOWN = '0f000000-0000-4000-8000-0000000000ff';
const MANY = Array.from({ length: 20 }, (_, i) => `0f000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`);
const certOf = (officerId: string) => officerId.replace(/^0f/, '0c');

const Q = `query($checks: [EntitlementCheckInput!]!) { entitlementsAt(checks: $checks) { officerId officerName entitled status certificateNumber reason } }`;
let s: SubgraphUnderTest;
let certAdmin: string;
const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`).toISOString();
const ask = async (checks: { agencyId: string; field?: string | null; officerId: string; at: string }[]) => (await ok(s.url, Q, { checks })).entitlementsAt as any[];

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'entitlements-at', createOrm: createPersonnelOrm, schemaName: SCHEMA, buildSchema: buildPersonnelSchema, createLoaders, seed: (em, now) => seedPersonnel(em, now, { demoUsers: false }) });
  certAdmin = await s.token(['CERT_ADMIN']);
  const em = s.orm.em.fork();
  const now = s.clock.now();
  em.create(Agency, { id: COUNTY, name: '昌吉市某局', level: AgencyLevel.PREFECTURE, parentId: ROOT, path: `/${ROOT}/${COUNTY}/`, region: '昌吉市', createdAt: now, updatedAt: now });
  em.create(Agency, { id: ILI, name: '伊犁州某局', level: AgencyLevel.PREFECTURE, parentId: ROOT, path: `/${ROOT}/${ILI}/`, region: '伊犁州', createdAt: now, updatedAt: now });
  const issuedOn = testDate({ days: -365 });
  for (const [id, name] of [[SUSPENDED, '曾被暂扣人'], [CHANGJI, '昌吉证持有人'], ...MANY.map((m, i) => [m, `批量${i}`])] as [string, string][]) {
    em.create(Officer, { id, name, agencyId: COUNTY, region: '昌吉市', fields: [FIELD], createdAt: now, updatedAt: now });
    em.create(Certificate, {
      id: certOf(id), number: `U${id.slice(-6)}`, kind: CertificateKind.ENFORCEMENT, officerId: id, fields: [FIELD], region: '昌吉市',
      issuedOn, validUntil: addDays(addNaturalMonths(issuedOn, 60, { extendToWorkingDay: false }), -1), createdAt: now, updatedAt: now,
    });
    em.create(CertificateEvent, { id: id.replace(/^0f/, '0d'), certificateId: certOf(id), kind: CertificateEventKind.ISSUED, effectiveFrom: startOfLocalDate(issuedOn), recordedAt: now });
  }
  await em.flush();
  // 003 第4条 暂扣3个月, starting 10 days ago (recorded today: the history answers for the instants since then).
  const { certificate } = await ok(s.url, 'query($id: ID!) { certificate(id: $id) { version } }', { id: certOf(SUSPENDED) }, certAdmin);
  await ok(s.url, 'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }', {
    id: certOf(SUSPENDED), v: certificate.version, i: { ground: 'OUTSIDE_FIELD', startsOn: testDate({ days: -10 }), reason: '擅自超出行政执法领域执法' },
  }, certAdmin);
});
afterAll(() => s?.stop());

describe('entitlementsAt: 持证上岗 at past instants, for 案卷评查 (004 第十一条, 003 第4条, 003 第15条)', () => {
  it('003 第4条: a step taken while the certificate was suspended is not entitled (SUSPENDED); one taken the day before was', async () => {
    const [during, before] = await ask([
      { agencyId: COUNTY, field: FIELD, officerId: SUSPENDED, at: at(testDate({ days: -5 })) },
      { agencyId: COUNTY, field: FIELD, officerId: SUSPENDED, at: at(testDate({ days: -11 })) },
    ]);
    expect(during).toMatchObject({ officerId: SUSPENDED, officerName: '曾被暂扣人', entitled: false, status: 'SUSPENDED', reason: 'SUSPENDED', certificateNumber: 'U0000d1' });
    expect(before).toMatchObject({ entitled: true, status: 'VALID', reason: null });
  });

  it('004 第十一条: each check has its own agency and field — a 昌吉市 certificate covers the 昌吉市 agency, not the 伊犁州 one, nor another field', async () => {
    const answers = await ask([
      { agencyId: COUNTY, field: FIELD, officerId: CHANGJI, at: at(TEST_TODAY, 9) },
      { agencyId: ILI, field: FIELD, officerId: CHANGJI, at: at(TEST_TODAY, 9) },
      { agencyId: COUNTY, field: '市场监管', officerId: CHANGJI, at: at(TEST_TODAY, 9) },
      { agencyId: COUNTY, field: null, officerId: CHANGJI, at: at(TEST_TODAY, 9) },
      { agencyId: ROOT, field: FIELD, officerId: seedIds.officer(seed.officers[2]!.certificateNumber), at: at(TEST_TODAY, 9) },
      { agencyId: COUNTY, field: FIELD, officerId: UNKNOWN, at: at(TEST_TODAY, 9) },
    ]);
    expect(answers.map((a) => [a.entitled, a.reason])).toEqual([[true, null], [false, 'REGION_NOT_COVERED'], [false, 'FIELD_NOT_COVERED'], [true, null], [true, null], [false, 'NO_CERTIFICATE']]);
  });

  it('a check before the certificate was issued is NOT_YET_VALID (statusAt answers any past instant)', async () => {
    const [a] = await ask([{ agencyId: COUNTY, field: FIELD, officerId: CHANGJI, at: at(testDate({ days: -400 })) }]);
    expect(a).toMatchObject({ entitled: false, status: 'NOT_YET_VALID', reason: 'NOT_YET_VALID' });
  });

  it('more than 500 checks, a malformed id or a blank field are BAD_USER_INPUT; an unknown agency is NOT_FOUND; none asked answers none', async () => {
    const one = { agencyId: COUNTY, field: FIELD, officerId: CHANGJI, at: at(TEST_TODAY, 9) };
    const tooMany = await gql(s.url, Q, { checks: Array.from({ length: 501 }, () => one) });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0]?.message).toContain('500');
    expect(codes(await gql(s.url, Q, { checks: [{ ...one, officerId: 'x' }] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, Q, { checks: [{ ...one, field: ' ' }] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, Q, { checks: [{ ...one, agencyId: UNKNOWN }] }))).toEqual(['NOT_FOUND']);
    expect(await ask([])).toEqual([]);
  });

  it('the SQL statements do not grow with the number of checks, officers, instants or agencies (2 vs 60)', async () => {
    const count = async (checks: { agencyId: string; field: string; officerId: string; at: string }[]) => {
      const before = sqlCounter.statements;
      const answer = await ask(checks);
      const statements = sqlCounter.statements - before;
      expect(answer).toHaveLength(checks.length);
      expect(answer.every((a) => a.officerId && typeof a.entitled === 'boolean')).toBe(true);
      return statements;
    };
    const small = await count(MANY.slice(0, 2).map((officerId) => ({ agencyId: COUNTY, field: FIELD, officerId, at: at(TEST_TODAY, 9) })));
    const large = await count(MANY.flatMap((officerId, i) => [1, 2, 3].map((d) => ({ agencyId: i % 2 ? COUNTY : ILI, field: FIELD, officerId, at: at(testDate({ days: -d * i })) }))));
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(5); // the agencies asked, their ancestors, officers, certificates, histories
  });
});
