/**
 * 执法监督资格 (004 第二十条, 第二十二条) through personnel's own HTTP endpoint on a real PostgreSQL: the public batched
 * `supervisorCredentials` that supervision asks before a supervisor takes a complaint, reviews a file or goes on site.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, addNaturalMonths, DEMO_SUPERVISORS, seedIds, sqlCounter, startOfLocalDate } from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createPersonnelOrm, SCHEMA } from '../src/orm.js';
import { buildPersonnelSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { Agency, AgencyLevel } from '../src/agencies/agency.entity.js';
import { Duty, EmploymentStatus, Officer } from '../src/officers/officer.entity.js';
import { Certificate, CertificateKind } from '../src/certificates/certificate.entity.js';
import { CertificateEvent, CertificateEventKind } from '../src/certificates/certificate-event.entity.js';
import { UserAccount } from '../src/accounts/account.entity.js';
import { seedPersonnel } from '../src/seed/seed.js';

const BUREAU = '0f000000-0000-4000-8000-000000000001';
const VALID = '0f000000-0000-4000-8000-0000000000a1'; // 执法监督人员, 执法监督证 valid
const SUSPENDED = '0f000000-0000-4000-8000-0000000000a2'; // 执法监督证 暂扣 from today
const NO_CERT = '0f000000-0000-4000-8000-0000000000a3'; // supervision duty, no 执法监督证
const ENFORCER = '0f000000-0000-4000-8000-0000000000a4'; // enforcement duty only, holds a 执法监督证 nonetheless
const TRANSFERRED = '0f000000-0000-4000-8000-0000000000a5'; // 调离 with a valid 执法监督证
const ENFORCEMENT_CERT_ONLY = '0f000000-0000-4000-8000-0000000000a6'; // supervision duty, a 行政执法证 only
const UNKNOWN = '0f000000-0000-4000-8000-0000000000ff';
const MANY = Array.from({ length: 20 }, (_, i) => `0f000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`);
const certOf = (id: string) => id.replace(/^0f/, '0c');

const Q = 'query($ids: [ID!]!, $at: DateTimeISO) { supervisorCredentials(officerIds: $ids, at: $at) { officerId officerName agencyId valid certificateNumber status reason } }';
let s: SubgraphUnderTest;
const ask = async (ids: string[], at?: string) => (await ok(s.url, Q, { ids, at })).supervisorCredentials as any[];

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'supervisor-credentials', createOrm: createPersonnelOrm, schemaName: SCHEMA, buildSchema: buildPersonnelSchema, createLoaders });
  const em = s.orm.em.fork();
  const now = s.clock.now();
  em.create(Agency, { id: BUREAU, name: '州司法局', level: AgencyLevel.PREFECTURE, path: `/${BUREAU}/`, region: '昌吉州', createdAt: now, updatedAt: now });
  const issuedOn = testDate({ days: -365 });
  const person = (id: string, name: string, o: { duties?: Duty[]; kind?: CertificateKind | null; status?: EmploymentStatus } = {}) => {
    em.create(Officer, { id, name, agencyId: BUREAU, region: '昌吉州', fields: ['执法监督'], duties: o.duties ?? [Duty.SUPERVISION], employmentStatus: o.status ?? EmploymentStatus.ON_DUTY, createdAt: now, updatedAt: now });
    if (o.kind === null) return;
    em.create(Certificate, {
      id: certOf(id), number: `JD${id.slice(-6)}`, kind: o.kind ?? CertificateKind.SUPERVISION, officerId: id, fields: ['执法监督'], region: '昌吉州', issuedOn,
      validUntil: addDays(addNaturalMonths(issuedOn, 60, { extendToWorkingDay: false }), -1), createdAt: now, updatedAt: now,
    });
    em.create(CertificateEvent, { id: id.replace(/^0f/, '0d'), certificateId: certOf(id), kind: CertificateEventKind.ISSUED, effectiveFrom: startOfLocalDate(issuedOn), recordedAt: now });
  };
  person(VALID, '有效监督员');
  person(SUSPENDED, '暂扣监督员');
  person(NO_CERT, '无证监督员', { kind: null });
  person(ENFORCER, '执法员', { duties: [Duty.ENFORCEMENT] });
  person(TRANSFERRED, '调离监督员', { status: EmploymentStatus.TRANSFERRED });
  person(ENFORCEMENT_CERT_ONLY, '执法证监督员', { kind: CertificateKind.ENFORCEMENT });
  MANY.forEach((id, i) => person(id, `批量监督员${i}`));
  await em.flush();
  const certAdmin = await s.token(['CERT_ADMIN']);
  const { certificate } = await ok(s.url, 'query($id: ID!) { certificate(id: $id) { version } }', { id: certOf(SUSPENDED) }, certAdmin);
  await ok(s.url, 'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }', {
    id: certOf(SUSPENDED), v: certificate.version, i: { ground: 'MISUSED', startsOn: TEST_TODAY, reason: '将执法监督证用于执法监督以外的活动' },
  }, certAdmin);
});
afterAll(() => s?.stop());

describe('supervisorCredentials: 执法监督资格 at an instant (004 第二十条, 第二十二条)', () => {
  it('004 第二十条 (四), 第二十二条: a 执法监督人员 on duty with a valid 执法监督证 is valid, with the certificate he shows; no login needed', async () => {
    expect(await ask([VALID])).toEqual([{ officerId: VALID, officerName: '有效监督员', agencyId: BUREAU, valid: true, certificateNumber: 'JD0000a1', status: 'VALID', reason: null }]);
  });

  it('004 第二十二条: a 执法监督证 suspended today is not valid today — and was the day before', async () => {
    expect((await ask([SUSPENDED]))[0]).toMatchObject({ valid: false, status: 'SUSPENDED', reason: 'CERTIFICATE_NOT_VALID', certificateNumber: 'JD0000a2' });
    const yesterday = new Date(startOfLocalDate(TEST_TODAY).getTime() - 1).toISOString();
    expect((await ask([SUSPENDED], yesterday))[0]).toMatchObject({ valid: true, status: 'VALID', reason: null });
  });

  it('004 第二十条: says why not — no 执法监督证, not a 执法监督人员, not on duty, unknown', async () => {
    const r = await ask([NO_CERT, ENFORCER, TRANSFERRED, ENFORCEMENT_CERT_ONLY, UNKNOWN]);
    expect(r.map((c) => [c.officerId, c.valid, c.reason])).toEqual([
      [NO_CERT, false, 'NO_CERTIFICATE'],
      [ENFORCER, false, 'NOT_A_SUPERVISOR'],
      [TRANSFERRED, false, 'NOT_ON_DUTY'],
      [ENFORCEMENT_CERT_ONLY, false, 'NO_CERTIFICATE'],
      [UNKNOWN, false, 'UNKNOWN_OFFICER'],
    ]);
    expect(r[4]).toMatchObject({ officerName: null, agencyId: null, certificateNumber: null, status: null });
  });

  it('more than 50 ids or a malformed id is BAD_USER_INPUT', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `0f000000-0000-4000-8000-0000000002${String(i).padStart(2, '0')}`);
    expect(codes(await gql(s.url, Q, { ids: many }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, Q, { ids: ['nope'] }))).toEqual(['BAD_USER_INPUT']);
  });

  it('the SQL statements do not grow with the number of people asked (2 vs 20)', async () => {
    const count = async (ids: string[]) => {
      const before = sqlCounter.statements;
      const r = await ask(ids);
      expect(r.every((c) => c.valid)).toBe(true);
      return sqlCounter.statements - before;
    };
    expect(await count(MANY)).toBe(await count(MANY.slice(0, 2)));
  });

  it('the demo 执法监督人员 (development seed only): valid through the seed\'s validity, the accounts supervisor and supervisor2 linked to them', async () => {
    // accounts seeded before the demo supervisors existed are linked once they do
    expect(await seedPersonnel(s.orm.em.fork(), s.clock.now(), { demoUsers: true })).toMatchObject({ officers: 15, certificates: 15 });
    expect(await seedPersonnel(s.orm.em.fork(), s.clock.now(), { demoUsers: true, demoSupervisors: true })).toEqual({ agencies: 0, officers: 2, certificates: 2, users: 0 });
    const ids = DEMO_SUPERVISORS.map((d) => seedIds.officer(d.certificateNumber));
    expect((await ask(ids)).map((c) => [c.officerName, c.valid, c.certificateNumber])).toEqual([['马文华', true, 'JD6523000001'], ['李建新', true, 'JD6523000002']]);
    expect((await ask(ids, startOfLocalDate('2027-12-04').toISOString())).map((c) => c.valid)).toEqual([true, true]);
    expect((await ask(ids, startOfLocalDate('2027-12-05').toISOString())).map((c) => c.valid)).toEqual([false, false]);
    const accounts = await s.orm.em.fork().find(UserAccount, { username: { $in: ['supervisor', 'supervisor2'] } }, { orderBy: { username: 'asc' } });
    expect(accounts.map((a) => a.officerId)).toEqual(ids);
    expect(await seedPersonnel(s.orm.em.fork(), s.clock.now(), { demoUsers: true, demoSupervisors: true })).toEqual({ agencies: 0, officers: 0, certificates: 0, users: 0 });
  });
});
