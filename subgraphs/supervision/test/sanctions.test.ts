/**
 * Sanctions on officers (004 第三十三条) in the supervision subgraph against a real PostgreSQL, asking a real
 * personnel subgraph about the officer; cases is not running here (a related case is DEPENDENCY_UNAVAILABLE — fail
 * closed). personnel's answer (`sanction.applied`) is fed through supervision's real handler with kit's `handleOnce`.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { agencyProjectionHandlers, eventEnvelope, handleOnce, sqlCounter, type EventEnvelope, type EventType, type SanctionAppliedPayload, type SanctionIssuedPayload } from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, TEST_YEAR, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createSupervisionOrm, SCHEMA } from '../src/orm.js';
import { buildSupervisionSchema } from '../src/schema.js';
import { loadersFor } from '../src/loaders.js';
import { sanctionEventHandlers } from '../src/sanctions/sanction.events.js';
import { createPersonnelOrm, SCHEMA as PERSONNEL } from '../../personnel/src/orm.js';
import { buildPersonnelSchema } from '../../personnel/src/schema.js';
import { createLoaders as personnelLoaders } from '../../personnel/src/loaders.js';
import { Agency, AgencyLevel } from '../../personnel/src/agencies/agency.entity.js';
import { Officer } from '../../personnel/src/officers/officer.entity.js';

const PARENT = '17777777-7777-4777-8777-777777777777';
const AGENCY = '14444444-4444-4444-8444-444444444444';
const OTHER = '15555555-5555-4555-8555-555555555555';
const OFFICERS = Array.from({ length: 6 }, (_, i) => `16666666-6666-4666-8666-00000000000${i}`);
const STRAY = '18888888-8888-4888-8888-888888888888';
const SANCTION = 'id number version kind ground groundText facts effectiveOn issuedOn issuedBy issuerName agencyName agencyId officerId title recommendation consequence reachesCertificate relatedComplaintIds relatedCaseIds effect { state certificateNumber startsOn endsOn rule reason appliedAt } unitDecidedOn unitDecision';
const ISSUE = `mutation($i: IssueSanctionInput!) { issueSanction(input: $i) { ${SANCTION} } }`;
let s: SubgraphUnderTest;
let personnel: SubgraphUnderTest;
let personnelStopped = false;
let supervisor: string;

const input = (o: Record<string, unknown> = {}) => ({ officerId: OFFICERS[0], ground: 'EXCEEDING_AUTHORITY', kind: 'CRITICISM', facts: '超出执法领域实施检查', ...o });
const feed = (type: EventType, payload: unknown) => handleOnce(s.orm, SCHEMA, eventEnvelope('personnel', type, s.clock.now(), payload), agencyProjectionHandlers(SCHEMA)[type]!);
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => s.orm.em.getConnection().execute<T[]>(text, params);
/** The `sanction.issued` events supervision put in the outbox (one job per consumer: personnel). */
const issuedEvents = async (sanctionId: string) =>
  (await sql<{ payload: EventEnvelope<SanctionIssuedPayload> }>(
    `select p.payload from graphile_worker._private_jobs p join graphile_worker._private_tasks t on t.id = p.task_id where t.identifier = 'personnel:sanction.issued' and p.payload->'payload'->>'sanctionId' = ?`,
    [sanctionId],
  )).map((r) => r.payload);
const applied = (sanctionId: string, o: Partial<SanctionAppliedPayload> = {}) =>
  eventEnvelope<SanctionAppliedPayload>('personnel', 'sanction.applied', s.clock.now(), {
    sanctionId, outcome: 'APPLIED', certificateId: randomUUID(), certificateNumber: '31000036001', endsOn: testDate({ months: 3 }), rule: '暂扣行政执法证期限 3个月（003 第4条…）', reason: null, appliedAt: s.clock.now().toISOString(), ...o,
  });
const answer = (e: EventEnvelope<SanctionAppliedPayload>) => handleOnce(s.orm, SCHEMA, e, sanctionEventHandlers['sanction.applied']!);
const read = async (id: string, token = supervisor) => (await ok(s.url, `query($id: ID!) { sanction(id: $id) { ${SANCTION} changeLog { items { action actorName changes { field before after } } } } }`, { id }, token)).sanction;
const count = async () => Number((await sql<{ n: number }>(`select count(*)::int as n from ${SCHEMA}.sanction`))[0]!.n);

beforeAll(async () => {
  personnel = await startSubgraphForTest({ label: 'sanctions-personnel', createOrm: createPersonnelOrm, schemaName: PERSONNEL, buildSchema: buildPersonnelSchema, createLoaders: personnelLoaders });
  const em = personnel.orm.em.fork();
  const now = personnel.clock.now();
  em.create(Agency, { id: PARENT, name: '昌吉州司法局', level: AgencyLevel.PREFECTURE, path: `/${PARENT}/`, region: '昌吉州', createdAt: now, updatedAt: now });
  em.create(Agency, { id: AGENCY, name: '昌吉市市场监督管理局', level: AgencyLevel.COUNTY, parentId: PARENT, path: `/${PARENT}/${AGENCY}/`, region: '昌吉市', createdAt: now, updatedAt: now });
  em.create(Agency, { id: OTHER, name: '他处', level: AgencyLevel.PREFECTURE, path: `/${OTHER}/`, region: '全疆', createdAt: now, updatedAt: now });
  for (const [i, id] of OFFICERS.entries()) em.create(Officer, { id, name: `人员${i}`, agencyId: AGENCY, region: '昌吉市', createdAt: now, updatedAt: now });
  em.create(Officer, { id: STRAY, name: '别处人员', agencyId: OTHER, region: '全疆', createdAt: now, updatedAt: now });
  await em.flush();
  // cases is not running: a port nothing listens on
  s = await startSubgraphForTest({ label: 'sanctions', createOrm: createSupervisionOrm, schemaName: SCHEMA, buildSchema: buildSupervisionSchema, createLoaders: loadersFor(personnel.url, 'http://127.0.0.1:9/graphql') });
  await feed('agency.snapshot', {
    rev: 1,
    agencies: [
      { id: PARENT, parentId: null, path: `/${PARENT}/`, name: '昌吉州司法局', published: true, confirmed: true },
      { id: AGENCY, parentId: PARENT, path: `/${PARENT}/${AGENCY}/`, name: '昌吉市市场监督管理局', published: true, confirmed: true },
      { id: OTHER, parentId: null, path: `/${OTHER}/`, name: '他处', published: true, confirmed: true },
    ],
  });
  // The bureau's supervisor, at the parent node (DESIGN "Scope": he supervises the agencies below it).
  supervisor = await s.token(['SUPERVISOR'], { agencyId: PARENT, agencyPath: `/${PARENT}/`, name: '监督员甲' });
});
afterAll(async () => {
  await s?.stop();
  if (!personnelStopped) await personnel?.stop();
});

describe('issuing a sanction (004 第三十三条)', () => {
  let suspension: any;

  it('004 第三十三条: a supervisor of the subtree issues a 处理建议书 to the officer\'s unit, numbered in his body\'s series; 批评教育 does not reach the certificate', async () => {
    const r = (await ok(s.url, ISSUE, { i: input() }, supervisor)).issueSanction;
    expect(r).toMatchObject({
      number: `监处〔${TEST_YEAR}〕1号`, kind: 'CRITICISM', issuerName: '昌吉州司法局', agencyId: AGENCY, agencyName: '昌吉市市场监督管理局', officerId: OFFICERS[0], issuedBy: '监督员甲',
      issuedOn: TEST_TODAY, effectiveOn: TEST_TODAY, title: '行政执法人员处理建议书', reachesCertificate: false, effect: null,
      groundText: '超越法定权限或者范围实施行政执法的（004 第三十三条第（三）项）', recommendation: '根据《昌吉州行政执法监督办法》第三十三条的规定，建议你单位对其给予批评教育处理',
    });
    expect(await issuedEvents(r.id)).toEqual([]);
    const log = (await read(r.id)).changeLog.items;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: '提出处理', actorName: '监督员甲' });
    expect(log[0].changes).toEqual(expect.arrayContaining([{ field: 'officerName', before: null, after: '人员0' }, { field: 'kind', before: null, after: '批评教育' }]));
  });

  it('004 第三十三条 暂扣: the effect is PENDING and sanction.issued is in the outbox of the same transaction, with what personnel needs', async () => {
    suspension = (await ok(s.url, ISSUE, { i: input({ kind: 'SUSPEND_CERTIFICATE', officerId: OFFICERS[1], effectiveOn: testDate({ days: 3 }) }) }, supervisor)).issueSanction;
    expect(suspension).toMatchObject({ number: `监处〔${TEST_YEAR}〕2号`, reachesCertificate: true, effect: { state: 'PENDING', certificateNumber: null, startsOn: null } });
    expect(suspension.consequence).toContain('003 第4条');
    const [event, ...more] = await issuedEvents(suspension.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      type: 'sanction.issued', producer: 'supervision',
      payload: { sanctionId: suspension.id, number: suspension.number, kind: 'SUSPEND_CERTIFICATE', officerId: OFFICERS[1], facts: '超出执法领域实施检查', effectiveOn: testDate({ days: 3 }), decidedBy: '昌吉州司法局（监督员甲）', groundText: suspension.groundText },
    });
  });

  it('sanction.applied: personnel\'s answer becomes the effect (已生效 — certificate, period), once; a redelivery or a later answer changes nothing', async () => {
    const e = applied(suspension.id);
    expect(await answer(e)).toBe(true);
    const r = await read(suspension.id);
    expect(r.effect).toEqual({ state: 'APPLIED', certificateNumber: '31000036001', startsOn: testDate({ days: 3 }), endsOn: e.payload.endsOn, rule: e.payload.rule, reason: null, appliedAt: s.clock.now().toISOString() });
    expect(r.version).toBe(suspension.version + 1);
    expect(r.changeLog.items[0]).toMatchObject({ action: '证件处理已生效', actorName: '人事子图（证件处理）' });
    expect(await answer(e)).toBe(false);
    expect(await answer(applied(suspension.id, { outcome: 'NOT_APPLIED', reason: '另一答复' }))).toBe(true);
    expect((await read(suspension.id)).effect.state).toBe('APPLIED');
  });

  it('sanction.applied NOT_APPLIED: 未生效 with personnel\'s reason', async () => {
    const revoke = (await ok(s.url, ISSUE, { i: input({ kind: 'REVOKE_CERTIFICATE', officerId: OFFICERS[2], ground: 'ABUSE_FOR_GAIN' }) }, supervisor)).issueSanction;
    await answer(applied(revoke.id, { outcome: 'NOT_APPLIED', certificateId: null, certificateNumber: null, endsOn: null, rule: null, reason: '该人员没有行政执法证，无证可吊销' }));
    expect((await read(revoke.id)).effect).toMatchObject({ state: 'NOT_APPLIED', reason: '该人员没有行政执法证，无证可吊销', certificateNumber: null, startsOn: null });
  });

  it('bad input: every problem at once (BAD_USER_INPUT), nothing stored, no number taken', async () => {
    const before = await count();
    const r = await gql(s.url, ISSUE, { i: input({ officerId: randomUUID(), facts: ' ', effectiveOn: testDate({ days: -1 }) }) }, supervisor);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors![0]!.extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual(['facts', 'effectiveOn']);
    expect(await count()).toBe(before);
    const next = (await ok(s.url, ISSUE, { i: input() }, supervisor)).issueSanction;
    expect(next.number).toBe(`监处〔${TEST_YEAR}〕4号`);
  });

  it('scope: an officer outside the supervisor\'s subtree is NOT_FOUND (personnel answers), an unknown officer too; nothing stored', async () => {
    const before = await count();
    expect(codes(await gql(s.url, ISSUE, { i: input({ officerId: STRAY }) }, supervisor))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, ISSUE, { i: input({ officerId: randomUUID() }) }, supervisor))).toEqual(['NOT_FOUND']);
    const elsewhere = await s.token(['SUPERVISOR'], { agencyId: OTHER, agencyPath: `/${OTHER}/` });
    expect(codes(await gql(s.url, ISSUE, { i: input() }, elsewhere))).toEqual(['NOT_FOUND']);
    expect(await count()).toBe(before);
  });

  it('only supervisors issue; agency administrators and officers are FORBIDDEN, anonymous callers asked to log in', async () => {
    expect(codes(await gql(s.url, ISSUE, { i: input() }, await s.token(['AGENCY_ADMIN'], { agencyId: AGENCY })))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, ISSUE, { i: input() }, await s.token(['OFFICER'], { agencyId: AGENCY })))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, ISSUE, { i: input() }))).toEqual(['UNAUTHENTICATED']);
  });

  it('related records: a complaint the caller cannot read is NOT_FOUND; a readable one is linked; a related case with cases unreachable is DEPENDENCY_UNAVAILABLE (fail closed)', async () => {
    const complaint = (await ok(s.url, 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }', { i: { channel: 'PHONE', anonymous: true, agencyId: AGENCY, officerId: OFFICERS[3], content: '执法粗暴' } }, supervisor)).createComplaint;
    const before = await count();
    expect(codes(await gql(s.url, ISSUE, { i: input({ relatedComplaintIds: [randomUUID()] }) }, supervisor))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, ISSUE, { i: input({ relatedCaseIds: [randomUUID()] }) }, supervisor))).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect(await count()).toBe(before);
    const r = (await ok(s.url, `mutation($i: IssueSanctionInput!) { issueSanction(input: $i) { id relatedComplaintIds relatedComplaints { id content } } }`, { i: input({ officerId: OFFICERS[3], ground: 'ROUGH_ENFORCEMENT', relatedComplaintIds: [complaint.id] }) }, supervisor)).issueSanction;
    expect(r.relatedComplaints).toEqual([{ id: complaint.id, content: '执法粗暴' }]);
  });
});

describe('who reads sanctions (supervision\'s read rule; the officer himself)', () => {
  it('supervisors and agency administrators of the subtree read them; elsewhere none; the sanctioned officer reads his own, no one else\'s', async () => {
    const total = (await ok(s.url, '{ sanctions { total } }', {}, supervisor)).sanctions.total;
    expect(total).toBeGreaterThanOrEqual(5);
    expect((await ok(s.url, '{ sanctions { total } }', {}, await s.token(['AGENCY_ADMIN'], { agencyId: AGENCY }))).sanctions.total).toBe(total);
    expect((await ok(s.url, '{ sanctions { total } }', {}, await s.token(['SUPERVISOR'], { agencyId: OTHER }))).sanctions.total).toBe(0);
    const himself = await s.token(['OFFICER'], { agencyId: AGENCY, officerId: OFFICERS[1] });
    const own = (await ok(s.url, '{ sanctions { items { officerId kind } } }', {}, himself)).sanctions.items;
    expect(own).toEqual([{ officerId: OFFICERS[1], kind: 'SUSPEND_CERTIFICATE' }]);
    const others = (await ok(s.url, `query($o: ID!) { sanctions(filter: { officerId: $o }) { items { id } } }`, { o: OFFICERS[0] }, supervisor)).sanctions.items;
    expect(codes(await gql(s.url, 'query($id: ID!) { sanction(id: $id) { id } }', { id: others[0].id }, himself))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, '{ sanctions { total } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists filter by officer, agency, kind, ground, effect state and issue dates, and sort', async () => {
    const q = 'query($f: SanctionFilter, $o: SanctionOrder) { sanctions(filter: $f, orderBy: $o) { total items { number kind effect { state } } } }';
    const list = (f: Record<string, unknown>, o?: Record<string, unknown>) => ok(s.url, q, { f, o }, supervisor).then((d) => d.sanctions);
    expect((await list({ kind: 'SUSPEND_CERTIFICATE' })).items.map((x: any) => x.kind)).toEqual(['SUSPEND_CERTIFICATE']);
    expect((await list({ effectState: 'NOT_APPLIED' })).items.map((x: any) => x.kind)).toEqual(['REVOKE_CERTIFICATE']);
    expect((await list({ ground: 'ROUGH_ENFORCEMENT' })).total).toBe(1);
    expect((await list({ agencyId: AGENCY })).total).toBe((await list({})).total);
    expect((await list({ issuedFrom: TEST_TODAY, issuedTo: TEST_TODAY })).total).toBe((await list({})).total);
    expect((await list({ issuedFrom: testDate({ days: 1 }) })).total).toBe(0);
    expect((await list({ search: '2号' })).items.map((x: any) => x.number)).toEqual([`监处〔${TEST_YEAR}〕2号`]);
    const byKind = (await list({}, { field: 'KIND', direction: 'ASC' })).items.map((x: any) => x.kind);
    expect(byKind).toEqual([...byKind].sort());
    expect(codes(await gql(s.url, q, { f: { issuedFrom: '2026-13-40' } }, supervisor))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the unit\'s decision (004 第三十三条 建议其所在单位…作出处理决定)', () => {
  const RECORD = 'mutation($id: ID!, $v: Int!, $i: SanctionUnitDecisionInput!) { recordSanctionUnitDecision(id: $id, version: $v, input: $i) { version unitDecidedOn unitDecision unitDecisionRecordedBy } }';
  it('an agency administrator of the officer\'s agency records it once, at the version he saw; others may not', async () => {
    const s0 = (await ok(s.url, ISSUE, { i: input({ kind: 'OFF_DUTY_TRAINING', officerId: OFFICERS[4] }) }, supervisor)).issueSanction;
    const admin = await s.token(['AGENCY_ADMIN'], { agencyId: AGENCY, name: '市场监管局管理员' });
    const i = { decidedOn: TEST_TODAY, decision: '决定对其离岗培训一个月' };
    expect(codes(await gql(s.url, RECORD, { id: s0.id, v: s0.version, i }, supervisor))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, RECORD, { id: s0.id, v: s0.version, i }, await s.token(['AGENCY_ADMIN'], { agencyId: OTHER })))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, RECORD, { id: s0.id, v: s0.version + 1, i }, admin))).toEqual(['CONCURRENT_MODIFICATION']);
    const done = (await ok(s.url, RECORD, { id: s0.id, v: s0.version, i }, admin)).recordSanctionUnitDecision;
    expect(done).toEqual({ version: s0.version + 1, unitDecidedOn: TEST_TODAY, unitDecision: '决定对其离岗培训一个月', unitDecisionRecordedBy: '市场监管局管理员' });
    expect(codes(await gql(s.url, RECORD, { id: s0.id, v: done.version, i }, admin))).toEqual(['BAD_USER_INPUT']);
    expect((await read(s0.id)).changeLog.items[0].action).toBe('登记所在单位处理决定');
  });
});

describe('Officer.sanctions (contributed, paged, batched)', () => {
  it('for many officers it is one SQL statement (DataLoader batching), and pages', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Officer { id sanctions(limit: 1) { total items { number } } } } }`;
    const statements = async (ids: string[]) => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, q, { r: ids.map((id) => ({ __typename: 'Officer', id })) }, supervisor);
      expect(d._entities).toHaveLength(ids.length);
      return { n: sqlCounter.statements - before, d };
    };
    const two = await statements(OFFICERS.slice(0, 2));
    const all = await statements(OFFICERS);
    expect(two.n).toBe(1);
    expect(all.n).toBe(two.n);
    expect(all.d._entities[0].sanctions.total).toBe(2);
    expect(all.d._entities[0].sanctions.items).toHaveLength(1);
  });
});

describe('personnel unreachable at issue (fail closed)', () => {
  it('DEPENDENCY_UNAVAILABLE, nothing stored, no number taken, no event', async () => {
    const before = await count();
    const jobs = Number((await sql<{ n: number }>('select count(*)::int as n from graphile_worker._private_jobs'))[0]!.n);
    await personnel.stop();
    personnelStopped = true;
    const r = await gql(s.url, ISSUE, { i: input({ kind: 'SUSPEND_CERTIFICATE' }) }, supervisor);
    expect(codes(r)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect(await count()).toBe(before);
    expect(Number((await sql<{ n: number }>('select count(*)::int as n from graphile_worker._private_jobs'))[0]!.n)).toBe(jobs);
    const [counter] = await sql<{ last: number }>(`select last from ${SCHEMA}.document_counter where kind = 'SANCTION'`);
    expect(counter!.last).toBe(before);
  });
});
