/**
 * personnel's consumer of `sanction.issued` against a real PostgreSQL (004 第三十三条 暂扣/吊销行政执法证; 003 第4条
 * 暂扣3个月 as personnel's policy): the handler runs through kit's `handleOnce` exactly as the worker runs it, and its
 * answer (`sanction.applied`) is read from the real outbox (graphile-worker's job table).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addNaturalMonths, eventEnvelope, handleOnce, loadSeed000, seedIds, type EventEnvelope, type SanctionAppliedPayload, type SanctionIssuedPayload } from '@jiandu/kit';
import { startSubgraphForTest, TEST_NOW, TEST_TODAY, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createPersonnelOrm, SCHEMA } from '../src/orm.js';
import { buildPersonnelSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { seedPersonnel } from '../src/seed/seed.js';
import { sanctionEventHandlers } from '../src/certificates/certificate.sanction.js';

const seed = loadSeed000();
const ROOT = seedIds.agency(seed.agency.name);
const officer = (i: number) => ({ id: seedIds.officer(seed.officers[i]!.certificateNumber), number: seed.officers[i]!.certificateNumber, name: seed.officers[i]!.name });
let s: SubgraphUnderTest;
let certAdmin: string;

const HISTORY = 'history(limit: 50) { items { kind ground reason basis actorName endsOn rule sanctionId effectiveFrom } }';
const certificateOf = async (officerId: string) =>
  (await ok(s.url, `query($id: ID!) { officer(id: $id) { certificate { id number version status statusAt(at: "${TEST_NOW}") ${HISTORY} } } }`, { id: officerId }, certAdmin)).officer.certificate;

const issued = (o: Partial<SanctionIssuedPayload> & Pick<SanctionIssuedPayload, 'officerId' | 'kind'>): EventEnvelope<SanctionIssuedPayload> =>
  eventEnvelope('supervision', 'sanction.issued', s.clock.now(), {
    sanctionId: randomUUID(),
    number: '监处〔2026〕1号',
    groundText: '超越法定权限或者范围实施行政执法的（004 第三十三条第（三）项）',
    facts: '超出执法领域实施检查',
    effectiveOn: TEST_TODAY,
    decidedBy: '昌吉州司法局（监督员甲）',
    ...o,
  });
const deliver = (e: EventEnvelope<SanctionIssuedPayload>) => handleOnce(s.orm, SCHEMA, e, sanctionEventHandlers(() => s.clock)['sanction.issued']!);
/** The answers personnel put in the outbox for one sanction (`sanction.applied`, one job per consumer: supervision). */
const answers = async (sanctionId: string): Promise<SanctionAppliedPayload[]> =>
  (
    await s.orm.em.getConnection().execute<{ payload: EventEnvelope<SanctionAppliedPayload> }[]>(
      `select p.payload from graphile_worker._private_jobs p join graphile_worker._private_tasks t on t.id = p.task_id where t.identifier = 'supervision:sanction.applied' and p.payload->'payload'->>'sanctionId' = ? order by p.id`,
      [sanctionId],
    )
  ).map((r) => r.payload.payload);
const entriesFor = async (sanctionId: string) => Number((await s.orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from ${SCHEMA}.certificate_event where sanction_id = ?`, [sanctionId]))[0]!.n);

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'sanctions', createOrm: createPersonnelOrm, schemaName: SCHEMA, buildSchema: buildPersonnelSchema, createLoaders, seed: (em, now) => seedPersonnel(em, now, { demoUsers: false }) });
  certAdmin = await s.token(['CERT_ADMIN']);
});
afterAll(() => s?.stop());

describe('sanction.issued → the certificate (004 第三十三条; 003 第4条)', () => {
  const first = officer(1);
  let event: EventEnvelope<SanctionIssuedPayload>;

  it('004 第三十三条 暂扣: the certificate is suspended from the effective day for the policy length (003 第4条: 3 months), with the sanction number as basis', async () => {
    event = issued({ officerId: first.id, kind: 'SUSPEND_CERTIFICATE' });
    const before = await certificateOf(first.id);
    expect(await deliver(event)).toBe(true);
    const cert = await certificateOf(first.id);
    const ends = addNaturalMonths(TEST_TODAY, 3, { extendToWorkingDay: false });
    expect(cert).toMatchObject({ number: first.number, status: 'SUSPENDED', statusAt: 'SUSPENDED', version: before.version + 1 });
    const entry = cert.history.items.at(-1);
    expect(entry).toMatchObject({
      kind: 'SUSPENDED', ground: 'SANCTION', basis: '监处〔2026〕1号', sanctionId: event.payload.sanctionId, endsOn: ends, actorName: '昌吉州司法局（监督员甲）',
      reason: '超出执法领域实施检查（超越法定权限或者范围实施行政执法的（004 第三十三条第（三）项））',
    });
    expect(entry.rule).toContain('003 第4条');
    expect(await answers(event.payload.sanctionId)).toEqual([
      { sanctionId: event.payload.sanctionId, outcome: 'APPLIED', certificateId: cert.id, certificateNumber: first.number, endsOn: ends, rule: entry.rule, reason: null, appliedAt: s.clock.now().toISOString() },
    ]);
  });

  it('the same event delivered again is applied once: no second entry, no second answer', async () => {
    expect(await deliver(event)).toBe(false);
    expect(await entriesFor(event.payload.sanctionId)).toBe(1);
    expect(await answers(event.payload.sanctionId)).toHaveLength(1);
  });

  it('another event about the same sanction (a duplicate publication) changes nothing and answers what was done', async () => {
    expect(await deliver({ ...event, id: randomUUID() })).toBe(true);
    expect(await entriesFor(event.payload.sanctionId)).toBe(1);
    const [a, b] = await answers(event.payload.sanctionId);
    expect(b).toEqual(a);
  });

  it('003 第4条 one suspension at a time: a second 暂扣 overlapping the first is not applied, and says why', async () => {
    const second = issued({ officerId: first.id, kind: 'SUSPEND_CERTIFICATE', number: '监处〔2026〕2号' });
    const version = (await certificateOf(first.id)).version;
    expect(await deliver(second)).toBe(true);
    expect(await entriesFor(second.payload.sanctionId)).toBe(0);
    expect((await certificateOf(first.id)).version).toBe(version);
    const [a] = await answers(second.payload.sanctionId);
    expect(a).toMatchObject({ outcome: 'NOT_APPLIED', certificateNumber: first.number, endsOn: null });
    expect(a!.reason).toContain('重叠');
  });

  it('004 第三十三条 吊销: REVOKED from now; then neither 暂扣 nor 吊销 applies any more', async () => {
    const o = officer(2);
    const revoke = issued({ officerId: o.id, kind: 'REVOKE_CERTIFICATE', number: '监处〔2026〕3号' });
    await deliver(revoke);
    const cert = await certificateOf(o.id);
    expect(cert).toMatchObject({ status: 'REVOKED', statusAt: 'REVOKED' });
    expect(cert.history.items.at(-1)).toMatchObject({ kind: 'REVOKED', basis: '监处〔2026〕3号', sanctionId: revoke.payload.sanctionId, ground: null, endsOn: null });
    expect((await answers(revoke.payload.sanctionId))[0]).toMatchObject({ outcome: 'APPLIED', certificateNumber: o.number, endsOn: null });
    const again = issued({ officerId: o.id, kind: 'SUSPEND_CERTIFICATE' });
    await deliver(again);
    expect((await answers(again.payload.sanctionId))[0]).toMatchObject({ outcome: 'NOT_APPLIED', reason: `该人员的行政执法证 ${o.number} 已吊销，不能再暂扣` });
  });

  it('an officer with no certificate: not applied, with the reason', async () => {
    const created = await ok(s.url, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', { i: { name: '无证人员', agencyId: ROOT, region: '全疆', fields: ['机关事务管理'], duties: ['ENFORCEMENT'] } }, certAdmin);
    const e = issued({ officerId: created.createOfficer.id, kind: 'SUSPEND_CERTIFICATE' });
    await deliver(e);
    expect((await answers(e.payload.sanctionId))[0]).toMatchObject({ outcome: 'NOT_APPLIED', certificateId: null, reason: '该人员没有行政执法证，无证可暂扣' });
    const unknown = issued({ officerId: randomUUID(), kind: 'REVOKE_CERTIFICATE' });
    await deliver(unknown);
    expect((await answers(unknown.payload.sanctionId))[0]).toMatchObject({ outcome: 'NOT_APPLIED', reason: '人员子图中没有该执法人员' });
  });

  it('003 第4条 as policy: with the agency\'s length set to 6 months, a 暂扣 from a later day runs 6 months — and keeps it when the policy changes back', async () => {
    const o = officer(3);
    await ok(s.url, 'mutation($a: ID!) { setPolicy(agencyId: $a, key: SUSPENSION_MONTHS, value: 6, source: "某地规定 第八条") { value } }', { a: ROOT }, certAdmin);
    const later = testDate({ days: 7 });
    const e = issued({ officerId: o.id, kind: 'SUSPEND_CERTIFICATE', effectiveOn: later });
    await deliver(e);
    const v = (await ok(s.url, 'query($a: ID!) { agency(id: $a) { policies { key version } } }', { a: ROOT }, certAdmin)).agency.policies.find((p: any) => p.key === 'SUSPENSION_MONTHS').version;
    await ok(s.url, 'mutation($a: ID!, $v: Int) { setPolicy(agencyId: $a, key: SUSPENSION_MONTHS, value: null, source: null, version: $v) { value } }', { a: ROOT, v }, certAdmin);
    const cert = await certificateOf(o.id);
    // the day has not come: valid now, suspended from that day
    expect(cert.status).toBe('VALID');
    const ends = addNaturalMonths(later, 6, { extendToWorkingDay: false });
    expect(cert.history.items.at(-1)).toMatchObject({ kind: 'SUSPENDED', endsOn: ends });
    expect(cert.history.items.at(-1).rule).toContain('某地规定 第八条');
    expect((await ok(s.url, `query($id: ID!) { certificate(id: $id) { statusAt(at: "${new Date(new Date(TEST_NOW).getTime() + 8 * 86_400_000).toISOString()}") } }`, { id: cert.id }, certAdmin)).certificate.statusAt).toBe('SUSPENDED');
  });
});

describe('suspensionPreview for the supervisor proposing a 暂扣 (004 第三十三条; 003 第4条)', () => {
  it('a supervisor of the officer\'s agency sees the period; one elsewhere does not find the certificate; other staff may not', async () => {
    const cert = await certificateOf(officer(4).id);
    const q = 'query($id: ID!, $d: String!) { suspensionPreview(id: $id, startsOn: $d) { startsOn endsOn months rule } }';
    const mine = await ok(s.url, q, { id: cert.id, d: TEST_TODAY }, await s.token(['SUPERVISOR'], { agencyId: ROOT }));
    expect(mine.suspensionPreview).toMatchObject({ startsOn: TEST_TODAY, endsOn: addNaturalMonths(TEST_TODAY, 3, { extendToWorkingDay: false }), months: 3 });
    expect(codes(await gql(s.url, q, { id: cert.id, d: TEST_TODAY }, await s.token(['SUPERVISOR'], { agencyId: randomUUID() })))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, q, { id: cert.id, d: TEST_TODAY }, await s.token(['OFFICER'], { agencyId: ROOT })))).toEqual(['FORBIDDEN']);
  });
});
