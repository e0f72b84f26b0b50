/**
 * Sanctions on officers with real processes through the gateway (004 第三十三条; 003 第4条; issue 9 items 4 and 11):
 * a supervisor's 暂扣 travels as `sanction.issued` to personnel (its own consumer in its own process), which suspends
 * the certificate with the sanction's number as basis and answers `sanction.applied`; the officer is then refused as a
 * handler by cases' live entitlement check; 吊销 revokes. Redelivery applies once; personnel down at issue stores
 * nothing (the last test stops it).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addNaturalMonths, DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { TEST_NOW, TEST_TODAY, TEST_YEAR } from './support/subgraph.js';

const seed = loadSeed000();
const AGENCY = seedIds.agency(seed.agency.name);
const PAN = seedIds.officer('31000036001');
const YAO = seedIds.officer('31000036008');
const third = seed.officers[2]!;
const THIRD = seedIds.officer(third.certificateNumber);
const fourth = seed.officers[3]!;
const FOURTH = seedIds.officer(fourth.certificateNumber);
let p: TestPlatform;
const tokens: Record<string, string> = {};
let matterId: string;

const login = async (username: string) => (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;
const ISSUE = 'mutation($i: IssueSanctionInput!) { issueSanction(input: $i) { id number version kind effect { state } } }';
const SANCTION = 'query($id: ID!) { sanction(id: $id) { id number effect { state certificateId certificateNumber startsOn endsOn rule reason } officer { name certificate { number } } } }';
const CERT = `query($id: ID!) { officer(id: $id) { certificate { id number status statusAt(at: "${TEST_NOW}") history(limit: 50) { items { kind ground basis reason sanctionId endsOn actorName } } } } }`;
const REGISTER = 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id version } }';
const ADVANCE = 'mutation($id: ID!, $v: Int!, $to: CaseStage!) { advanceCase(id: $id, version: $v, to: $to) { stage } }';
const registration = (handlerIds: string[], cause: string) => ({
  matterId, cause, parties: [{ kind: 'ORGANISATION', name: '某公共机构' }], handlerIds, leadOfficerId: PAN,
});

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) {
      const jobs = await sql(p.databaseUrl, 'select task_identifier, attempts, last_error from graphile_worker.jobs');
      throw new Error(`timed out waiting for ${what}; jobs ${JSON.stringify(jobs)}\n${p.logs().slice(-30).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}
const effectOf = async (id: string) => (await ok(p.gatewayUrl, SANCTION, { id }, tokens.supervisor)).sanction;
const settled = (id: string) => waitFor(`the effect of sanction ${id}`, async () => {
  const s = await effectOf(id);
  return s.effect.state !== 'PENDING' && s;
});

beforeAll(async () => {
  p = await startTestPlatform({ label: 'sanctions' });
  for (const u of ['supervisor', 'officer', 'officer2', 'certadmin', 'agencyadmin']) tokens[u] = await login(u);
  const matters = await ok(p.gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
  matterId = matters.matters.items.find((m: any) => m.agencyId === AGENCY).id;
}, 180_000);
afterAll(async () => {
  if (process.env.SHOW_LOGS) console.log(p?.logs().join('\n'));
  await p?.stop();
});

describe('暂扣 → certificate suspended with the sanction as basis → officer refused as a handler (004 第三十三条; 003 第4条)', () => {
  let caseId: string;
  let sanction: any;

  beforeAll(async () => {
    // a case 姚建军 handles before the sanction
    caseId = (await ok(p.gatewayUrl, REGISTER, { i: registration([PAN, YAO], '处理前立案') }, tokens.officer)).registerCase.id;
  });

  it('the supervisor issues a 暂扣: PENDING at once, then APPLIED with the certificate and personnel\'s 3 months (003 第4条)', async () => {
    sanction = (await ok(p.gatewayUrl, ISSUE, { i: { officerId: YAO, ground: 'EXCEEDING_AUTHORITY', kind: 'SUSPEND_CERTIFICATE', facts: '超出执法领域实施检查' } }, tokens.supervisor)).issueSanction;
    expect(sanction).toMatchObject({ number: `监处〔${TEST_YEAR}〕1号`, kind: 'SUSPEND_CERTIFICATE', effect: { state: 'PENDING' } });
    const done = await settled(sanction.id);
    expect(done.effect).toMatchObject({ state: 'APPLIED', certificateNumber: '31000036008', startsOn: TEST_TODAY, endsOn: addNaturalMonths(TEST_TODAY, 3, { extendToWorkingDay: false }), reason: null });
    expect(done.effect.rule).toContain('003 第4条');
    expect(done.officer).toEqual({ name: '姚建军', certificate: { number: '31000036008' } });
  });

  it('the certificate is SUSPENDED now and at the instant, its history names the sanction as basis; the public lookup shows it', async () => {
    const cert = (await ok(p.gatewayUrl, CERT, { id: YAO }, tokens.certadmin)).officer.certificate;
    expect(cert).toMatchObject({ number: '31000036008', status: 'SUSPENDED', statusAt: 'SUSPENDED' });
    expect(cert.history.items.at(-1)).toMatchObject({ kind: 'SUSPENDED', ground: 'SANCTION', basis: sanction.number, sanctionId: sanction.id, actorName: expect.stringContaining('执法监督人员') });
    expect((await ok(p.gatewayUrl, '{ publicCertificate(number: "31000036008") { holderName status } }')).publicCertificate).toEqual({ holderName: '姚建军', status: 'SUSPENDED' });
    // the supervisor reads the same history through the officer page's query
    expect((await ok(p.gatewayUrl, CERT, { id: YAO }, tokens.supervisor)).officer.certificate.history.items.at(-1).sanctionId).toBe(sanction.id);
  });

  it('cases refuses him: as a handler of a new case, and as the author of a step on his existing case (CERTIFICATE_SUSPENDED)', async () => {
    const added = await gql(p.gatewayUrl, REGISTER, { i: registration([PAN, YAO], '处理后立案') }, tokens.officer);
    expect(codes(added)).toEqual(['CERTIFICATE_SUSPENDED']);
    expect(added.errors![0]!.message).toContain('姚建军');
    const v = (await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { version } }', { id: caseId }, tokens.officer)).case.version;
    expect(codes(await gql(p.gatewayUrl, ADVANCE, { id: caseId, v, to: 'INVESTIGATION' }, tokens.officer2))).toEqual(['CERTIFICATE_SUSPENDED']);
    expect((await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { stage } }', { id: caseId }, tokens.officer)).case.stage).toBe('REGISTERED');
  });

  it('he reads his own sanction (and no one else\'s); the sanction is on his officer page', async () => {
    const own = (await ok(p.gatewayUrl, '{ sanctions { items { id number } } }', {}, tokens.officer2)).sanctions.items;
    expect(own.map((x: any) => x.id)).toEqual([sanction.id]);
    expect((await ok(p.gatewayUrl, '{ sanctions { total } }', {}, tokens.officer)).sanctions.total).toBe(0);
    const page = (await ok(p.gatewayUrl, 'query($id: ID!) { officer(id: $id) { sanctions { total items { number effect { state } } } } }', { id: YAO }, tokens.supervisor)).officer.sanctions;
    expect(page).toEqual({ total: 1, items: [{ number: sanction.number, effect: { state: 'APPLIED' } }] });
  });

  it('the same sanction.issued delivered again is applied once; a second event about the same sanction changes nothing either', async () => {
    // the recorded event, re-added to personnel's queue as a crash after the effect and before the acknowledgement
    // would leave it — and, besides, another event (a new id) about the same sanction
    const eventId = (await sql<{ id: string }>(p.databaseUrl, `select id from personnel.processed_event where type = 'sanction.issued'`))[0]!.id;
    const payload = { sanctionId: sanction.id, number: sanction.number, kind: 'SUSPEND_CERTIFICATE', officerId: YAO, groundText: '（重复投递）', facts: '（重复投递）', effectiveOn: TEST_TODAY, decidedBy: '（重复投递）' };
    for (const id of [eventId, randomUUID()]) {
      await sql(p.databaseUrl, `select graphile_worker.add_job('personnel:sanction.issued', $1::json, queue_name => 'personnel:sanction')`, [JSON.stringify({ id, type: 'sanction.issued', occurredAt: TEST_NOW, producer: 'supervision', payload })]);
    }
    const pending = async () => Number((await sql<{ n: number }>(p.databaseUrl, `select count(*)::int as n from graphile_worker.jobs where task_identifier in ('personnel:sanction.issued', 'supervision:sanction.applied')`))[0]!.n);
    await waitFor('the duplicates and their answers to be consumed', async () => (await pending()) === 0 && (await sql(p.databaseUrl, `select id from personnel.processed_event where type = 'sanction.issued'`)).length === 2);
    expect(await sql(p.databaseUrl, 'select reason, basis from personnel.certificate_event where sanction_id = $1', [sanction.id])).toEqual([{ reason: expect.stringContaining('超出执法领域实施检查'), basis: sanction.number }]);
    const after = await effectOf(sanction.id);
    expect(after.effect.state).toBe('APPLIED');
  });
});

describe('吊销 (004 第三十三条), scope, and what cannot be applied', () => {
  it('吊销 revokes the certificate; he may no longer be a handler', async () => {
    const s = (await ok(p.gatewayUrl, ISSUE, { i: { officerId: THIRD, ground: 'ABUSE_FOR_GAIN', kind: 'REVOKE_CERTIFICATE', facts: '利用职权为亲属谋利' } }, tokens.supervisor)).issueSanction;
    const done = await settled(s.id);
    expect(done.effect).toMatchObject({ state: 'APPLIED', certificateNumber: third.certificateNumber, endsOn: null });
    const cert = (await ok(p.gatewayUrl, CERT, { id: THIRD }, tokens.certadmin)).officer.certificate;
    expect(cert).toMatchObject({ status: 'REVOKED', statusAt: 'REVOKED' });
    expect(cert.history.items.at(-1)).toMatchObject({ kind: 'REVOKED', basis: s.number, sanctionId: s.id });
    expect(codes(await gql(p.gatewayUrl, REGISTER, { i: registration([PAN, THIRD], '吊销后立案') }, tokens.officer))).toEqual(['NOT_ENTITLED']);
    // a second 暂扣 on the revoked certificate: 未生效, with personnel's reason
    const again = (await ok(p.gatewayUrl, ISSUE, { i: { officerId: THIRD, ground: 'ABUSE_FOR_GAIN', kind: 'SUSPEND_CERTIFICATE', facts: '再次处理' } }, tokens.supervisor)).issueSanction;
    expect((await settled(again.id)).effect).toMatchObject({ state: 'NOT_APPLIED', certificateNumber: third.certificateNumber, reason: `该人员的行政执法证 ${third.certificateNumber} 已吊销，不能再暂扣` });
  });

  it('an officer outside the supervisor\'s subtree is NOT_FOUND; other roles may not issue (FORBIDDEN); nothing stored', async () => {
    const other = (await ok(p.gatewayUrl, 'mutation($i: AgencyInput!) { createAgency(input: $i) { id } }', { i: { name: '别处执法主体', level: 'REGION', region: '全疆', fields: ['司法行政'] } }, tokens.certadmin)).createAgency;
    const stranger = (await ok(p.gatewayUrl, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', { i: { name: '别处人员', agencyId: other.id, region: '全疆', fields: ['司法行政'], duties: ['ENFORCEMENT'] } }, tokens.certadmin)).createOfficer;
    const before = await sql(p.databaseUrl, 'select count(*)::int as n from supervision.sanction');
    const i = { officerId: stranger.id, ground: 'UNLAWFUL_PROCEDURE', kind: 'SUSPEND_CERTIFICATE', facts: '越权处理' };
    expect(codes(await gql(p.gatewayUrl, ISSUE, { i }, tokens.supervisor))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(p.gatewayUrl, ISSUE, { i: { ...i, officerId: FOURTH } }, tokens.agencyadmin))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(p.gatewayUrl, ISSUE, { i: { ...i, officerId: FOURTH } }, tokens.certadmin))).toEqual(['FORBIDDEN']);
    expect(await sql(p.databaseUrl, 'select count(*)::int as n from supervision.sanction')).toEqual(before);
  });

  it('personnel down at issue: DEPENDENCY_UNAVAILABLE, nothing stored, no number taken, no event', async () => {
    const state = async () => ({
      sanctions: await sql(p.databaseUrl, 'select count(*)::int as n from supervision.sanction'),
      counter: await sql(p.databaseUrl, `select last from supervision.document_counter where kind = 'SANCTION'`),
      jobs: await sql(p.databaseUrl, `select count(*)::int as n from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'personnel:sanction.issued'`),
    });
    const before = await state();
    await p.stopSubgraph('personnel');
    const r = await gql(p.gatewayUrl, ISSUE, { i: { officerId: FOURTH, ground: 'UNLAWFUL_PROCEDURE', kind: 'SUSPEND_CERTIFICATE', facts: '人员子图停止时' } }, tokens.supervisor);
    expect(codes(r)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect(await state()).toEqual(before);
  });
});
