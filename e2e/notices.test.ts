/**
 * 监督通知书 → 监督决定书 → the case, with real processes through the gateway (issue 9 items 2, 3 and 11; 004 第二十三条 –
 * 第二十五条; 002 （二）3 事后公开（三）). The platform runs without consumers in its servers (EVENTS_CONSUME=false);
 * cases' and supervision's consumers run as processes of their own (`consume`), so one can be killed with -9 between
 * the decision's commit and the delivery of its event.
 *
 * Time passing is a fixture: the API dates a notice today, so a test that needs a notice issued 40 days ago sets its
 * issue date by SQL, then records the receipt (35 days ago) through the API as a clerk would after the fact.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { TEST_TODAY, TEST_YEAR, testDate } from './support/subgraph.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
const PAN = seedIds.officer('31000036001');
const YAO = seedIds.officer('31000036008');
let p: TestPlatform;
const consumers: Partial<Record<'cases' | 'supervision', ChildProcess>> = {};
const tokens: Record<string, string> = {};
let matterId: string;

function startConsumer(name: 'cases' | 'supervision'): ChildProcess {
  const child = spawn(process.execPath, [path.join(root, 'subgraphs', name, 'dist', 'index.js'), 'consume'], { cwd: root, env: p.env, stdio: ['ignore', 'ignore', 'inherit'] });
  consumers[name] = child;
  return child;
}
async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}
async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) {
      const jobs = await sql(p.databaseUrl, 'select task_identifier, attempts, last_error, locked_by from graphile_worker.jobs');
      throw new Error(`timed out waiting for ${what}; jobs ${JSON.stringify(jobs)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
const one = async (text: string, params: unknown[] = []) => Number((await sql<{ n: number }>(p.databaseUrl, text, params))[0]!.n);
const login = async (username: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;

const CONTENT = '当事人张三，公民身份号码11010519491231002X。经查，当事人未按规定开展能源审计，决定给予警告。';

/** A 处罚 case of the seed agency decided and published by its handlers, through the gateway (as e2e/publicity.test.ts). */
async function publishedCase(cause: string): Promise<{ id: string; number: string; publicationId: string }> {
  const reg = (await ok(p.gatewayUrl, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id number version } }', {
    i: { matterId, cause, parties: [{ kind: 'PERSON', name: '张三', idNumber: '11010519491231002X' }], handlerIds: [PAN, YAO], leadOfficerId: PAN },
  }, tokens.officer)).registerCase;
  let v = reg.version as number;
  for (const to of ['INVESTIGATION', 'NOTIFICATION', 'STATEMENT']) {
    v = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $to: CaseStage!) { advanceCase(id: $id, version: $v, to: $to) { version } }', { id: reg.id, v, to }, tokens.officer)).advanceCase.version;
  }
  await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $i: DecisionInput!) { decideCase(id: $id, version: $v, input: $i) { id } }', { id: reg.id, v, i: { kinds: ['WARNING'], content: CONTENT, decidedOn: TEST_TODAY } }, tokens.officer);
  const pub = (await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { publication { id version } } }', { id: reg.id }, tokens.officer)).case.publication;
  await ok(p.gatewayUrl, 'mutation($c: ID!, $v: Int!) { publishDecision(caseId: $c, version: $v) { status } }', { c: reg.id, v: pub.version }, tokens.officer);
  return { id: reg.id, number: reg.number, publicationId: pub.id };
}

const NOTICE = `id number status version rectificationDeadline { dueOn state daysLeft } overdue decisionBlocker availableActions`;

/** complaint → notice (issued 40 days ago, received 35 days ago) about `caseId`: overdue, unrectified. */
async function overdueNotice(caseId: string) {
  const complaint = (await ok(p.gatewayUrl, 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id number } }', {
    i: { channel: 'PHONE', anonymous: true, agencyId, content: '举报该局作出的处罚决定认定事实不清' },
  }, tokens.supervisor)).createComplaint;
  const n = (await ok(p.gatewayUrl, `mutation($i: CreateNoticeInput!) { createNotice(input: $i) { ${NOTICE} caseIds complaints { id } } }`, {
    i: { agencyId, grounds: ['DECISION_UNLAWFUL'], facts: `经核查投诉举报${complaint.number}，该局作出的处罚决定认定事实不清。`, requirement: '请自行纠正该处罚决定并报送整改情况。', caseIds: [caseId], complaintIds: [complaint.id] },
  }, tokens.supervisor)).createNotice;
  expect(n).toMatchObject({ status: 'ISSUED', caseIds: [caseId], complaints: [{ id: complaint.id }] });
  await sql(p.databaseUrl, 'update supervision.supervision_notice set issued_on = $2 where id = $1', [n.id, testDate({ days: -40 })]);
  const r = (await ok(p.gatewayUrl, `mutation($id: ID!, $v: Int!, $d: String!) { recordNoticeReceipt(id: $id, version: $v, receivedOn: $d) { ${NOTICE} } }`, { id: n.id, v: n.version, d: testDate({ days: -35 }) }, tokens.agencyadmin)).recordNoticeReceipt;
  return r;
}

const DECIDE = 'mutation($i: CreateSupervisionDecisionInput!) { createSupervisionDecision(input: $i) { id number type effect { state reason publicationWithdrawn } } }';
const effectOf = async (id: string) => (await ok(p.gatewayUrl, 'query($id: ID!) { supervisionDecision(id: $id) { effect { state reason publicationWithdrawn appliedAt } } }', { id }, tokens.supervisor)).supervisionDecision.effect;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'notices', env: { EVENTS_CONSUME: 'false' } });
  startConsumer('cases');
  startConsumer('supervision');
  for (const u of ['officer', 'supervisor', 'agencyadmin']) tokens[u] = await login(u);
  // personnel's seed published the tree; both projections are built from that event (cases learns the agency's 主体资格 from it)
  await waitFor('the projections', async () => (await one('select count(*)::int as n from cases.agency_projection where confirmed')) === 1 && (await one('select count(*)::int as n from supervision.agency_projection')) === 1);
  const matters = await ok(p.gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
  matterId = matters.matters.items.find((m: any) => m.agencyId === agencyId).id;
}, 180_000);
afterAll(async () => {
  for (const c of Object.values(consumers)) if (c) await kill9(c);
  await p?.stop();
});

describe('complaint → notice → overdue → 撤销 → the case (004 第二十三条 – 第二十五条; 002 （二）3 事后公开（三）)', () => {
  it('a supervisor takes a complaint to a notice; unrectified after its 30 days, a 撤销 decision marks the case\'s decision and withdraws its publication from the public list', async () => {
    const c = await publishedCase('未按规定开展能源审计');
    expect((await ok(p.gatewayUrl, '{ publishedDecisions { items { id } } }')).publishedDecisions.items.map((x: any) => x.id)).toContain(c.publicationId);
    const n = await overdueNotice(c.id);
    // the supervised body may still report (late); the supervisor may now issue a decision (逾期不改正)
    expect(n).toMatchObject({ status: 'RECEIVED', overdue: true, decisionBlocker: null, availableActions: ['REPORT_RECTIFICATION'], rectificationDeadline: { state: 'OVERDUE' } });
    expect((await ok(p.gatewayUrl, `query($id: ID!) { notice(id: $id) { ${NOTICE} } }`, { id: n.id }, tokens.supervisor)).notice.availableActions).toEqual(['ISSUE_DECISION']);
    expect(n.rectificationDeadline.daysLeft).toBeLessThan(0);
    expect((await ok(p.gatewayUrl, '{ notices(filter: { overdue: true }) { items { id } } }', {}, tokens.supervisor)).notices.items.map((x: any) => x.id)).toContain(n.id);

    const d = (await ok(p.gatewayUrl, DECIDE, { i: { noticeId: n.id, type: 'REVOKE', caseId: c.id, reasons: '被监督机关逾期不改正，该处罚决定认定事实不清' } }, tokens.supervisor)).createSupervisionDecision;
    expect(d).toMatchObject({ number: `监决〔${TEST_YEAR}〕1号`, type: 'REVOKE', effect: { state: 'PENDING' } });
    const effect = await waitFor('the effect to come back from cases', async () => ((await effectOf(d.id)).state === 'APPLIED' ? effectOf(d.id) : null));
    expect(effect).toMatchObject({ state: 'APPLIED', publicationWithdrawn: true, reason: null });

    const after = (await ok(p.gatewayUrl, `query($id: ID!) { case(id: $id) { correction { kind decisionNumber decisionId issuingBody } publication { status withdrawnBasis withdrawnBy }
      notices { total items { id number } } } }`, { id: c.id }, tokens.agencyadmin)).case;
    expect(after.correction).toEqual({ kind: 'REVOKED', decisionNumber: d.number, decisionId: d.id, issuingBody: seed.agency.name });
    expect(after.publication).toEqual({ status: 'WITHDRAWN', withdrawnBasis: d.number, withdrawnBy: '系统' });
    expect(after.notices).toEqual({ total: 1, items: [{ id: n.id, number: n.number }] });
    expect((await ok(p.gatewayUrl, '{ publishedDecisions { items { id } } }')).publishedDecisions.items.map((x: any) => x.id)).not.toContain(c.publicationId);
    expect((await ok(p.gatewayUrl, 'query($id: ID!) { publishedDecision(id: $id) { id } }', { id: c.publicationId })).publishedDecision).toBeNull();
    // the agency's notices, next to its name from personnel
    const agency = (await ok(p.gatewayUrl, 'query($id: ID!) { agency(id: $id) { name notices { total items { id decisions { number case { number } } } } } }', { id: agencyId }, tokens.supervisor)).agency;
    expect(agency).toMatchObject({ name: seed.agency.name, notices: { total: 1, items: [{ id: n.id, decisions: [{ number: d.number, case: { number: c.number } }] }] } });
  }, 120_000);

  it('the consumer killed between the decision\'s commit and its delivery: applied after restart, once', async () => {
    const c = await publishedCase('未按规定报送能源消费统计数据');
    const n = await overdueNotice(c.id);
    // Hold cases' handler inside its transaction: its lock of the case row waits on this one.
    const blocker = new pg.Client({ connectionString: p.databaseUrl });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('select id from cases.enforcement_case where id = $1 for update', [c.id]);
    let d: { id: string; number: string };
    let eventId: string;
    try {
      d = (await ok(p.gatewayUrl, DECIDE, { i: { noticeId: n.id, type: 'CONFIRM_ILLEGAL', caseId: c.id, reasons: '被监督机关逾期不改正' } }, tokens.supervisor)).createSupervisionDecision;
      // committed: its event is in the outbox and taken by cases' worker, whose transaction now waits
      await waitFor('the handler to be blocked', async () => (await one(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%enforcement_case%'`)) > 0);
      const [job] = await sql<{ payload: { id: string; payload: { decisionId: string } } }>(p.databaseUrl,
        `select p.payload from graphile_worker.jobs j join graphile_worker._private_jobs p on p.id = j.id where j.task_identifier = 'cases:case-decision.corrected' and j.locked_at is not null`);
      expect(job!.payload.payload.decisionId).toBe(d.id);
      eventId = job!.payload.id;
      await kill9(consumers.cases!);
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
    // the dead consumer's transaction never committed: nothing applied, nothing recorded, nothing answered, the job still there
    await waitFor('the orphaned transaction to end', async () => (await one(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%enforcement_case%'`)) === 0);
    expect(await one('select count(*)::int as n from cases.enforcement_case where id = $1 and correction is null', [c.id])).toBe(1);
    expect(await one(`select count(*)::int as n from cases.case_publication where case_id = $1 and status = 'PUBLISHED'`, [c.id])).toBe(1);
    expect(await one('select count(*)::int as n from cases.processed_event where id = $1', [eventId])).toBe(0);
    expect(await one(`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'cases:case-decision.corrected'`)).toBe(1);
    expect((await effectOf(d.id)).state).toBe('PENDING');

    startConsumer('cases');
    const effect = await waitFor('the effect after restart', async () => ((await effectOf(d.id)).state === 'APPLIED' ? effectOf(d.id) : null), 60_000);
    expect(effect).toMatchObject({ state: 'APPLIED', publicationWithdrawn: true });
    await waitFor('the queue to drain', async () => (await one('select count(*)::int as n from graphile_worker.jobs')) === 0);
    // once: one withdrawal, one mark on the case, one event handled, one answer recorded
    const publication = (await sql<{ id: string }>(p.databaseUrl, 'select id from cases.case_publication where case_id = $1', [c.id]))[0]!.id;
    expect(await one(`select count(*)::int as n from cases.change_log where entity = 'CasePublication' and entity_id = $1 and action = '撤下'`, [publication])).toBe(1);
    expect(await one(`select count(*)::int as n from cases.change_log where entity = 'EnforcementCase' and entity_id = $1 and action like '监督决定书%'`, [c.id])).toBe(1);
    expect(await one('select count(*)::int as n from cases.processed_event where id = $1', [eventId])).toBe(1);
    expect(await one(`select count(*)::int as n from supervision.change_log where entity = 'SupervisionDecision' and entity_id = $1 and action = '案件纠正已生效'`, [d.id])).toBe(1);
    const marked = (await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { correction { kind decisionNumber } } }', { id: c.id }, tokens.agencyadmin)).case.correction;
    expect(marked).toEqual({ kind: 'CONFIRMED_ILLEGAL', decisionNumber: d.number });
  }, 150_000);
});

describe('a decision refused under 复议 or 诉讼, or when cases cannot answer (004 第二十五条)', () => {
  it('004 第二十五条 (…但当事人已对该具体行政执法行为申请行政复议或者提起行政诉讼的除外): refused with CASE_UNDER_CHALLENGE while a 复议 is pending; with cases stopped, DEPENDENCY_UNAVAILABLE', async () => {
    const c = await publishedCase('未按规定公示能耗数据');
    const n = await overdueNotice(c.id);
    await ok(p.gatewayUrl, 'mutation($c: ID!, $i: ChallengeInput!) { recordChallenge(caseId: $c, input: $i) { id pending } }', {
      c: c.id, i: { kind: 'RECONSIDERATION', body: '新疆维吾尔自治区人民政府', filedOn: TEST_TODAY },
    }, tokens.agencyadmin);
    const before = await one('select count(*)::int as n from supervision.supervision_decision');
    const r = await gql(p.gatewayUrl, DECIDE, { i: { noticeId: n.id, type: 'REVOKE', caseId: c.id, reasons: '逾期不改正' } }, tokens.supervisor);
    expect(codes(r)).toEqual(['CASE_UNDER_CHALLENGE']);
    expect(r.errors![0]!.message).toBe('该案件的执法决定正在行政复议或行政诉讼中，不能制发监督决定书（004 第二十五条）');

    await p.stopSubgraph('cases');
    const down = await gql(p.gatewayUrl, DECIDE, { i: { noticeId: n.id, type: 'REVOKE', caseId: c.id, reasons: '逾期不改正' } }, tokens.supervisor);
    expect(codes(down)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect(await one('select count(*)::int as n from supervision.supervision_decision')).toBe(before);
  }, 120_000);
});
