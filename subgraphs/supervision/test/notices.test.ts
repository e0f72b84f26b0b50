/**
 * 监督通知书 and 监督决定书 (004 第二十三条 – 第二十五条) on the real PostgreSQL, with the real cases subgraph answering
 * supervision's questions (its cases, pending 复议/诉讼) under the caller's token, and both event handlers of the
 * correction loop run on the jobs the outbox really holds. Back-dated facts (a notice issued 40 days ago) are set
 * by SQL: the API dates a notice today.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  addDays, agencyProjectionHandlers, eventEnvelope, handleOnce, newId, sqlCounter, statutoryDeadline, today, type EventEnvelope, type EventType, type LocalDate,
} from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, TEST_YEAR, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createSupervisionOrm, SCHEMA } from '../src/orm.js';
import { buildSupervisionSchema } from '../src/schema.js';
import { loadersFor } from '../src/loaders.js';
import { decisionEffectHandlers } from '../src/decisions/decision.events.js';
import { RULE_OBJECT, RULE_RECTIFY } from '../src/notices/notice.rules.js';
import { createCasesOrm, SCHEMA as CASES } from '../../cases/src/orm.js';
import { buildCasesSchema } from '../../cases/src/schema.js';
import { loadersFor as casesLoadersFor } from '../../cases/src/loaders.js';
import { correctionHandlers } from '../../cases/src/corrections/correction.events.js';

// ROOT (州司法局, the supervision body) → AGENCY → CHILD; OTHER beside.
const ROOT = '81000000-0000-4000-8000-000000000001';
const AGENCY = '81000000-0000-4000-8000-000000000002';
const CHILD = '81000000-0000-4000-8000-000000000003';
const OTHER = '81000000-0000-4000-8000-000000000004';
const MATTER = '81000000-0000-4000-8000-0000000000aa';
const NOWHERE = 'http://127.0.0.1:9/graphql'; // personnel: not asked by notices
const tree = [
  { id: ROOT, parentId: null, path: `/${ROOT}/`, name: '州司法局', published: true, confirmed: true },
  { id: AGENCY, parentId: ROOT, path: `/${ROOT}/${AGENCY}/`, name: '州机关事务管理局', published: true, confirmed: true },
  { id: CHILD, parentId: AGENCY, path: `/${ROOT}/${AGENCY}/${CHILD}/`, name: '县机关事务服务中心', published: true, confirmed: true },
  { id: OTHER, parentId: null, path: `/${OTHER}/`, name: '他处', published: true, confirmed: true },
];

let cases: SubgraphUnderTest;
let casesStopped = false;
let s: SubgraphUnderTest;
const t: Record<string, string> = {};
const ids: Record<string, string> = {};
let caseSeq = 0;

const NOTICE_FIELDS = `id number year seq issuerName agencyId grounds facts requirement sourceOpinionId status issuedOn receivedOn version caseIds
  complaints { id } overdue reportedLate objectionPending decisionBlocker availableActions
  rectificationDeadline { label dueOn startsOn period rule state late doneOn daysLeft } objectionDeadline { dueOn rule state } answerDeadline { dueOn rule state doneOn }
  deadlines { label state }`;
const CREATE = `mutation($i: CreateNoticeInput!) { createNotice(input: $i) { ${NOTICE_FIELDS} } }`;
const NOTICE = `query($id: ID!) { notice(id: $id) { ${NOTICE_FIELDS} changeLog { total items { action actorName changes { field before after } } } } }`;
const RECEIPT = `mutation($id: ID!, $v: Int!, $d: String!) { recordNoticeReceipt(id: $id, version: $v, receivedOn: $d) { ${NOTICE_FIELDS} } }`;
const OBJECT = `mutation($id: ID!, $v: Int!, $r: String!) { objectToNotice(id: $id, version: $v, reason: $r) { ${NOTICE_FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $v: Int!, $o: ObjectionOutcome!, $a: String!) { answerNoticeObjection(id: $id, version: $v, outcome: $o, answer: $a) { ${NOTICE_FIELDS} } }`;
const REPORT = `mutation($id: ID!, $v: Int!, $r: String!) { reportRectification(id: $id, version: $v, report: $r) { ${NOTICE_FIELDS} } }`;
const VERIFY = `mutation($id: ID!, $v: Int!, $a: Boolean!, $o: String!) { verifyRectification(id: $id, version: $v, accepted: $a, opinion: $o) { ${NOTICE_FIELDS} } }`;
const DECIDE = 'mutation($i: CreateSupervisionDecisionInput!) { createSupervisionDecision(input: $i) { id number type caseId decidedOn issuerName performBy version effect { state reason publicationWithdrawn appliedAt } } }';
const LIST = 'query($f: NoticeFilter, $o: NoticeOrder) { notices(filter: $f, orderBy: $o) { total items { id number status } } }';

const feedSupervision = (type: EventType, payload: unknown) =>
  handleOnce(s.orm, SCHEMA, eventEnvelope('personnel', type, s.clock.now(), payload), agencyProjectionHandlers(SCHEMA)[type]!);
const feedCases = (type: EventType, payload: unknown) =>
  handleOnce(cases.orm, CASES, eventEnvelope('personnel', type, cases.clock.now(), payload), agencyProjectionHandlers(CASES)[type]!);

const run = async (orm: SubgraphUnderTest, text: string, params: unknown[] = []) => orm.orm.em.fork().getConnection().execute(text, params);

/** A case of `agencyId` inserted into cases (the registration commands are cases' own tests), decided unless `decided: false`. */
async function insertCase(agencyId: string, o: { decided?: boolean; published?: boolean } = {}): Promise<string> {
  const id = newId();
  caseSeq += 1;
  const decidedOn = testDate({ days: -50 });
  await run(cases, `insert into cases.enforcement_case (id, number, year, seq, agency_id, matter_id, category, field, cause, registered_on, registered_at, stage, stage_entered_at, decision_kinds, decision_content, decided_on, decided_at)
    values (?, ?, ?, ?, ?, ?, 'PUNISHMENT', null, '未按规定开展能源审计', ?, now(), ?, now(), ?, '给予警告', ?, ?)`,
  [id, `〔${TEST_YEAR}〕${String(caseSeq).padStart(4, '0')}号`, TEST_YEAR, caseSeq, agencyId, MATTER, testDate({ days: -60 }), o.decided === false ? 'INVESTIGATION' : 'DECISION',
    o.decided === false ? '{}' : '{WARNING}', o.decided === false ? null : decidedOn, o.decided === false ? null : new Date()]);
  if (o.published) {
    await run(cases, `insert into cases.case_publication (id, case_id, agency_id, case_number, category, decided_on, due_on, provisional, rule, calendar_basis, status, published_at, published_on, published_text, agency_name, matter_name, created_at)
      values (?, ?, ?, ?, 'PUNISHMENT', ?, ?, false, '规则', '日历', 'PUBLISHED', now(), ?, '决定：给予警告。', '州机关事务管理局', '节能监督', now())`,
    [newId(), id, agencyId, `〔${TEST_YEAR}〕${String(caseSeq).padStart(4, '0')}号`, decidedOn, addDays(decidedOn, 9), addDays(decidedOn, 3)]);
  }
  return id;
}

/** Back-dates a notice's issue (a fixture: the API dates a notice today). */
const issuedDaysAgo = (id: string, days: number) => run(s, `update supervision.supervision_notice set issued_on = ? where id = ?`, [testDate({ days: -days }), id]);

const draft = (over: Record<string, unknown> = {}) => ({
  agencyId: AGENCY, grounds: ['DECISION_UNLAWFUL', 'SYSTEM_IRREGULAR'], facts: '经查，该局作出的行政处罚决定事实不清、证据不足，且未按规定公示。', requirement: '请撤销或纠正该处罚决定，完善公示制度，并报送整改情况。', ...over,
});

async function issued(over: Record<string, unknown> = {}, daysAgo = 0) {
  const n = (await ok(s.url, CREATE, { i: draft(over) }, t.supervisor)).createNotice;
  if (daysAgo) await issuedDaysAgo(n.id, daysAgo);
  return n;
}
async function receivedOn(n: { id: string; version: number }, on: LocalDate) {
  return (await ok(s.url, RECEIPT, { id: n.id, v: n.version, d: on }, t.admin)).recordNoticeReceipt;
}

/** The payloads of the outbox's jobs of `task` in `sg`'s database. */
async function jobs<P>(sg: SubgraphUnderTest, task: string): Promise<EventEnvelope<P>[]> {
  const rows = await run(sg, `select p.payload from graphile_worker.jobs j join graphile_worker._private_jobs p on p.id = j.id where j.task_identifier = ? order by j.id`, [task]);
  return (rows as { payload: EventEnvelope<P> }[]).map((r) => r.payload);
}

beforeAll(async () => {
  cases = await startSubgraphForTest({ label: 'notices-cases', createOrm: createCasesOrm, schemaName: CASES, buildSchema: buildCasesSchema, createLoaders: casesLoadersFor(NOWHERE) });
  s = await startSubgraphForTest({ label: 'notices', createOrm: createSupervisionOrm, schemaName: SCHEMA, buildSchema: buildSupervisionSchema, createLoaders: loadersFor(NOWHERE, cases.url) });
  await feedSupervision('agency.snapshot', { rev: 1, agencies: tree });
  await feedCases('agency.snapshot', { rev: 1, agencies: tree });
  t.supervisor = await s.token(['SUPERVISOR'], { agencyId: ROOT, agencyPath: `/${ROOT}/`, name: '监督员甲' });
  t.admin = await s.token(['AGENCY_ADMIN'], { agencyId: AGENCY, agencyPath: `/${ROOT}/${AGENCY}/`, name: '管理局管理员' });
  t.otherSupervisor = await s.token(['SUPERVISOR'], { agencyId: OTHER, agencyPath: `/${OTHER}/` });
  t.otherAdmin = await s.token(['AGENCY_ADMIN'], { agencyId: OTHER, agencyPath: `/${OTHER}/` });
  t.officer = await s.token(['OFFICER'], { agencyId: AGENCY, agencyPath: `/${ROOT}/${AGENCY}/` });
  await run(cases, `insert into cases.enforcement_matter (id, agency_id, name, category, legal_basis, list_seq, created_at, updated_at, version)
    values (?, ?, '对公共机构节能的监督检查', 'PUNISHMENT', '《公共机构节能条例》', 1, now(), now(), 1)`, [MATTER, AGENCY]);
  ids.published = await insertCase(AGENCY, { published: true });
  ids.child = await insertCase(CHILD);
  ids.undecided = await insertCase(AGENCY, { decided: false });
  ids.other = await insertCase(OTHER);
  ids.challenged = await insertCase(AGENCY);
  await run(cases, `insert into cases.case_challenge (id, case_id, kind, body, filed_on, recorded_by, recorded_at) values (?, ?, 'RECONSIDERATION', '州人民政府', ?, '管理员', now())`, [newId(), ids.challenged, TEST_TODAY]);
  for (const [key, agencyId] of [['complaint', AGENCY], ['otherComplaint', OTHER]] as const) {
    ids[key] = newId();
    await run(s, `insert into supervision.complaint (id, number, channel, anonymous, agency_id, content, status, received_at, created_at) values (?, ?, 'PHONE', true, ?, '投诉执法不规范', 'RECEIVED', now(), now())`, [ids[key], `TS${TEST_YEAR}-9${key.length}`, agencyId]);
  }
}, 120_000);
afterAll(async () => {
  await s?.stop();
  if (!casesStopped) await cases?.stop();
});

describe('issuing a 监督通知书 (004 第二十三条)', () => {
  it('004 第二十三条: a supervisor issues a notice to an agency of his subtree; it is numbered in his body\'s series of the year and names its cases and complaints', async () => {
    // 003 第15条: a notice escalating a 监督意见书 names one that exists (the escalation itself: reviews.test.ts); refused, no number used
    const unknownOpinion = await gql(s.url, CREATE, { i: draft({ opinionId: newId() }) }, t.supervisor);
    expect(codes(unknownOpinion)).toEqual(['NOT_FOUND']);
    const a = await issued({ caseIds: [ids.published, ids.child], complaintIds: [ids.complaint] });
    expect(a).toMatchObject({
      number: `监通〔${TEST_YEAR}〕1号`, year: TEST_YEAR, seq: 1, issuerName: '州司法局', agencyId: AGENCY, grounds: ['DECISION_UNLAWFUL', 'SYSTEM_IRREGULAR'], status: 'ISSUED', issuedOn: TEST_TODAY,
      receivedOn: null, caseIds: [ids.published, ids.child], complaints: [{ id: ids.complaint }], sourceOpinionId: null, rectificationDeadline: null, deadlines: [], overdue: false,
    });
    expect(a.availableActions).toEqual(['RECORD_RECEIPT']);
    const b = await issued();
    expect(b.number).toBe(`监通〔${TEST_YEAR}〕2号`);
    const log = (await ok(s.url, NOTICE, { id: a.id }, t.supervisor)).notice.changeLog;
    expect(log.items[0]).toMatchObject({ action: '下发', actorName: '监督员甲' });
    ids.first = a.id;
  });

  it('004 第二十三条: a bad notice is refused with every problem at once, and nothing is stored (no number used)', async () => {
    const before = (await ok(s.url, LIST, {}, t.supervisor)).notices.total;
    const r = await gql(s.url, CREATE, { i: draft({ grounds: [], facts: '', requirement: 'x' }) }, t.supervisor);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors![0]!.extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual(['grounds', 'facts', 'requirement']);
    expect((await ok(s.url, LIST, {}, t.supervisor)).notices.total).toBe(before);
    expect((await issued()).number).toBe(`监通〔${TEST_YEAR}〕3号`);
  });

  it('004 第二十三条: related cases and complaints must concern the supervised agency or one below it; a case the caller cannot read is not found', async () => {
    const strayCase = await gql(s.url, CREATE, { i: draft({ caseIds: [ids.other] }) }, t.supervisor);
    expect(codes(strayCase)).toEqual(['NOT_FOUND']); // OTHER is outside the ROOT supervisor's tree: cases does not show it
    const wide = await s.token(['SUPERVISOR'], { agencyId: ROOT, agencyPath: `/${ROOT}/` });
    await feedSupervision('agency.changed', { ...tree[3], parentId: ROOT, path: `/${ROOT}/${OTHER}/`, rev: 2 });
    await feedCases('agency.changed', { ...tree[3], parentId: ROOT, path: `/${ROOT}/${OTHER}/`, rev: 2 });
    try {
      const r = await gql(s.url, CREATE, { i: draft({ caseIds: [ids.other] }) }, wide);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.extensions!.field).toBe('caseIds');
      const c = await gql(s.url, CREATE, { i: draft({ complaintIds: [ids.otherComplaint] }) }, wide);
      expect(codes(c)).toEqual(['BAD_USER_INPUT']);
      expect(c.errors![0]!.extensions!.field).toBe('complaintIds');
    } finally {
      await feedSupervision('agency.changed', { ...tree[3], rev: 3 });
      await feedCases('agency.changed', { ...tree[3], rev: 3 });
    }
    expect(codes(await gql(s.url, CREATE, { i: draft({ complaintIds: [newId()] }) }, t.supervisor))).toEqual(['NOT_FOUND']);
  });

  it('004 第二十三条: only supervisors of the supervised agency\'s subtree issue notices', async () => {
    expect(codes(await gql(s.url, CREATE, { i: draft() }, t.otherSupervisor))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, CREATE, { i: draft() }, t.admin))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, CREATE, { i: draft() }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(s.url, LIST, {}, t.officer))).toEqual(['FORBIDDEN']);
    expect((await ok(s.url, LIST, {}, t.otherAdmin)).notices.total).toBe(0);
    expect(codes(await gql(s.url, NOTICE, { id: ids.first }, t.otherSupervisor))).toEqual(['NOT_FOUND']);
  });
});

describe('the date of receipt starts three clocks (004 第二十四条)', () => {
  it('004 第二十四条: the supervised body records the receipt (back-dated); the 30- and 7-day deadlines are stored with their rules', async () => {
    const n = await issued({}, 3);
    const on = testDate({ days: -2 });
    const r = await receivedOn(n, on);
    const rect = statutoryDeadline(on, 30, 'NATURAL_DAYS', RULE_RECTIFY);
    const obj = statutoryDeadline(on, 7, 'NATURAL_DAYS', RULE_OBJECT);
    expect(r).toMatchObject({
      status: 'RECEIVED', receivedOn: on, version: n.version + 1,
      rectificationDeadline: { label: '整改并报送整改情况', dueOn: rect.dueOn, startsOn: on, period: '30日', rule: RULE_RECTIFY, late: false, doneOn: null },
      objectionDeadline: { dueOn: obj.dueOn, rule: RULE_OBJECT },
      deadlines: [{ label: '整改并报送整改情况' }, { label: '申请复查' }],
    });
    expect(r.availableActions).toEqual(['OBJECT', 'REPORT_RECTIFICATION']);
  });

  it('004 第二十四条: a receipt in the future, before the issue, twice, or on a stale version is refused', async () => {
    const n = await issued({}, 5);
    expect(codes(await gql(s.url, RECEIPT, { id: n.id, v: n.version, d: testDate({ days: 1 }) }, t.admin))).toEqual(['BAD_USER_INPUT']);
    expect((await gql(s.url, RECEIPT, { id: n.id, v: n.version, d: testDate({ days: -6 }) }, t.admin)).errors?.[0]?.message).toContain('不能早于通知书的下发日期');
    const r = await receivedOn(n, TEST_TODAY);
    expect(codes(await gql(s.url, RECEIPT, { id: n.id, v: n.version, d: TEST_TODAY }, t.supervisor))).toEqual(['CONCURRENT_MODIFICATION']);
    expect(codes(await gql(s.url, RECEIPT, { id: n.id, v: r.version, d: TEST_TODAY }, t.supervisor))).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes(await gql(s.url, RECEIPT, { id: n.id, v: r.version, d: TEST_TODAY }, t.officer))).toEqual(['FORBIDDEN']);
  });

  it('004 第二十四条第二款: an objection after its 7 days is refused with DEADLINE_PASSED; within them it starts the supervisor\'s 15 days', async () => {
    const late = await receivedOn(await issued({}, 14), testDate({ days: -12 }));
    const r = await gql(s.url, OBJECT, { id: late.id, v: late.version, r: '认定事实有误，申请复查' }, t.admin);
    expect(codes(r)).toEqual(['DEADLINE_PASSED']);
    expect(r.errors![0]!.message).toContain('七日内');
    expect((await ok(s.url, NOTICE, { id: late.id }, t.admin)).notice.objectedOn).toBeUndefined();

    const n = await receivedOn(await issued({}, 3), testDate({ days: -3 }));
    expect(codes(await gql(s.url, OBJECT, { id: n.id, v: n.version, r: '认定事实有误' }, t.supervisor))).toEqual(['FORBIDDEN']);
    const o = (await ok(s.url, OBJECT, { id: n.id, v: n.version, r: '认定事实有误，申请复查' }, t.admin)).objectToNotice;
    expect(o).toMatchObject({ objectionPending: true, answerDeadline: { dueOn: statutoryDeadline(TEST_TODAY, 15, 'NATURAL_DAYS', 'x').dueOn, state: 'OK', doneOn: null } });
    expect(o.decisionBlocker).toBeTruthy();
    const a = (await ok(s.url, ANSWER, { id: n.id, v: o.version, o: 'UPHELD', a: '经复查，异议成立，撤回通知书' }, t.supervisor)).answerNoticeObjection;
    expect(a).toMatchObject({ status: 'REVOKED', objectionPending: false, answerDeadline: { doneOn: TEST_TODAY, state: 'DONE' }, availableActions: [] });
    expect(a.deadlines.map((d: any) => d.label)).toEqual(['申请复查', '复查答复']);
  });

  it('004 第二十四条第一款: a report after its 30 days is accepted and shown late; not accepted, the notice allows a decision (拒不改正)', async () => {
    const n = await receivedOn(await issued({ caseIds: [ids.child] }, 45), testDate({ days: -40 }));
    expect(n.overdue).toBe(true);
    expect(n.rectificationDeadline).toMatchObject({ state: 'OVERDUE', late: true });
    const r = (await ok(s.url, REPORT, { id: n.id, v: n.version, r: '已完成整改，建立公示审核制度' }, t.admin)).reportRectification;
    expect(r).toMatchObject({ status: 'REPORTED', reportedLate: true, overdue: false, rectificationDeadline: { state: 'DONE', late: true, doneOn: TEST_TODAY } });
    expect(r.decisionBlocker).toContain('请先核验');
    const v = (await ok(s.url, VERIFY, { id: n.id, v: r.version, a: false, o: '整改未到位，处罚决定未纠正' }, t.supervisor)).verifyRectification;
    expect(v).toMatchObject({ status: 'NOT_ACCEPTED', decisionBlocker: null, availableActions: ['ISSUE_DECISION'] });
    ids.refused = v.id;
  });

  it('the list filters by status, agency, ground, overdue, issue dates and text, and sorts by number', async () => {
    const overdue = await receivedOn(await issued({ grounds: ['UNCIVIL_ENFORCEMENT'], facts: '执法人员粗暴执法，辱骂当事人。' }, 40), testDate({ days: -35 }));
    const list = async (f: Record<string, unknown>, o?: Record<string, unknown>) => (await ok(s.url, LIST, { f, o }, t.supervisor)).notices;
    expect((await list({ overdue: true })).items.map((n: any) => n.id)).toEqual([overdue.id]);
    expect((await list({ overdue: false })).items.map((n: any) => n.id)).not.toContain(overdue.id);
    expect((await list({ rectificationDueState: 'OVERDUE' })).items.map((n: any) => n.id)).toEqual([overdue.id]);
    expect((await list({ ground: 'UNCIVIL_ENFORCEMENT' })).items.map((n: any) => n.id)).toEqual([overdue.id]);
    expect((await list({ search: '辱骂' })).items.map((n: any) => n.id)).toEqual([overdue.id]);
    expect((await list({ status: 'NOT_ACCEPTED' })).items.map((n: any) => n.id)).toEqual([ids.refused]);
    expect((await list({ caseId: ids.child })).items.map((n: any) => n.id).sort()).toEqual([ids.first, ids.refused].sort());
    expect((await list({ complaintId: ids.complaint })).items.map((n: any) => n.id)).toEqual([ids.first]);
    expect((await list({ issuedTo: testDate({ days: -40 }) })).items.map((n: any) => n.id).sort()).toEqual([ids.refused, overdue.id].sort());
    expect((await list({ issuedFrom: TEST_TODAY, agencyId: CHILD })).total).toBe(0);
    const byNumber = (await list({}, { field: 'NUMBER', direction: 'ASC' })).items.map((n: any) => n.number);
    expect(byNumber.slice(0, 3)).toEqual([1, 2, 3].map((i) => `监通〔${TEST_YEAR}〕${i}号`));
    ids.overdue = overdue.id;
  });
});

describe('监督决定书 (004 第二十五条)', () => {
  it('004 第二十五条: before the notice went unrectified no decision may be issued, and PRECONDITION_FAILED says why', async () => {
    const r = await gql(s.url, DECIDE, { i: { noticeId: ids.first, type: 'REVOKE', caseId: ids.published, reasons: '逾期不改正' } }, t.supervisor);
    expect(codes(r)).toEqual(['PRECONDITION_FAILED']);
    expect(r.errors![0]!.message).toContain('尚未送达');
  });

  it('004 第二十五条: 逾期不改正 — 撤销 of a published case\'s decision is issued, numbered, and its event reaches cases, which marks the case, withdraws the publication and answers', async () => {
    const n = await receivedOn(await issued({ caseIds: [ids.published, ids.undecided] }, 40), testDate({ days: -35 }));
    expect(codes(await gql(s.url, DECIDE, { i: { noticeId: n.id, type: 'REVOKE', caseId: ids.undecided, reasons: '逾期不改正' } }, t.supervisor))).toEqual(['PRECONDITION_FAILED']);
    expect(codes(await gql(s.url, DECIDE, { i: { noticeId: n.id, type: 'REVOKE', caseId: ids.published, reasons: '逾期不改正' } }, t.admin))).toEqual(['FORBIDDEN']);
    const d = (await ok(s.url, DECIDE, { i: { noticeId: n.id, type: 'REVOKE', caseId: ids.published, reasons: '被监督机关逾期不改正，该处罚决定事实不清' } }, t.supervisor)).createSupervisionDecision;
    expect(d).toMatchObject({ number: `监决〔${TEST_YEAR}〕1号`, type: 'REVOKE', caseId: ids.published, decidedOn: TEST_TODAY, issuerName: '州司法局', effect: { state: 'PENDING', publicationWithdrawn: null } });
    // a second correction of the same case is refused
    expect(codes(await gql(s.url, DECIDE, { i: { noticeId: n.id, type: 'CONFIRM_ILLEGAL', caseId: ids.published, reasons: '逾期不改正' } }, t.supervisor))).toEqual(['PRECONDITION_FAILED']);

    const [sent] = await jobs<any>(s, 'cases:case-decision.corrected');
    expect(sent).toMatchObject({ producer: 'supervision', payload: { decisionId: d.id, number: d.number, caseId: ids.published, correction: 'REVOKE', issuingBody: '州司法局' } });
    const handle = correctionHandlers(cases.clock)['case-decision.corrected']!;
    expect(await handleOnce(cases.orm, CASES, sent!, handle)).toBe(true);
    expect(await handleOnce(cases.orm, CASES, sent!, handle)).toBe(false); // redelivered: applied once

    const admin = await cases.token(['AGENCY_ADMIN'], { agencyId: AGENCY, agencyPath: `/${ROOT}/${AGENCY}/` });
    const c = (await ok(cases.url, `query($id: ID!) { case(id: $id) { version correction { kind decisionNumber decisionId issuingBody decidedOn reason } publication { status withdrawnReason withdrawnBasis withdrawnBy }
      changeLog { items { action actorName } } } }`, { id: ids.published }, admin)).case;
    expect(c.correction).toEqual({ kind: 'REVOKED', decisionNumber: d.number, decisionId: d.id, issuingBody: '州司法局', decidedOn: TEST_TODAY, reason: '被监督机关逾期不改正，该处罚决定事实不清' });
    expect(c.publication).toMatchObject({ status: 'WITHDRAWN', withdrawnBasis: d.number, withdrawnBy: '系统' });
    expect(c.publication.withdrawnReason).toContain(`州司法局以《行政执法监督决定书》（${d.number}）决定撤销该执法决定`);
    expect(c.changeLog.items.filter((e: any) => e.action === '监督决定书撤销')).toEqual([{ action: '监督决定书撤销', actorName: '系统' }]);
    expect((await ok(cases.url, '{ publishedDecisions { items { caseNumber } } }')).publishedDecisions.items).toEqual([]);

    const [answer] = await jobs<any>(cases, 'supervision:case-decision.correction-applied');
    expect(answer).toMatchObject({ producer: 'cases', payload: { decisionId: d.id, outcome: 'APPLIED', publicationWithdrawn: true } });
    expect(await jobs(cases, 'supervision:case-decision.correction-applied')).toHaveLength(1);
    expect(await handleOnce(s.orm, SCHEMA, answer!, decisionEffectHandlers()['case-decision.correction-applied']!)).toBe(true);
    const after = (await ok(s.url, 'query($id: ID!) { supervisionDecision(id: $id) { version effect { state reason publicationWithdrawn appliedAt } changeLog { items { action actorName } } } }', { id: d.id }, t.admin)).supervisionDecision;
    expect(after.effect).toMatchObject({ state: 'APPLIED', publicationWithdrawn: true, reason: null });
    expect(after.changeLog.items.map((e: any) => e.action)).toEqual(['案件纠正已生效', '制发']);
    ids.decision = d.id;
  });

  it('002 （二）3 事后公开（三）: a corrected decision still waiting for its publication can no longer be published', async () => {
    const pending = await insertCase(AGENCY);
    await run(cases, `insert into cases.case_publication (id, case_id, agency_id, case_number, category, decided_on, due_on, provisional, rule, calendar_basis, status, created_at)
      values (?, ?, ?, '待公示', 'PUNISHMENT', ?, ?, false, '规则', '日历', 'PENDING', now())`, [newId(), pending, AGENCY, testDate({ days: -50 }), testDate({ days: -40 })]);
    const n = (await ok(s.url, VERIFY, await (async () => {
      const r = await receivedOn(await issued({ caseIds: [pending] }, 2), testDate({ days: -1 }));
      const rep = (await ok(s.url, REPORT, { id: r.id, v: r.version, r: '已完成整改工作' }, t.admin)).reportRectification;
      return { id: rep.id, v: rep.version, a: false, o: '整改未到位' };
    })(), t.supervisor)).verifyRectification;
    const d = (await ok(s.url, DECIDE, { i: { noticeId: n.id, type: 'CONFIRM_ILLEGAL', caseId: pending, reasons: '拒不改正' } }, t.supervisor)).createSupervisionDecision;
    const sent = (await jobs<any>(s, 'cases:case-decision.corrected')).find((e) => e.payload.decisionId === d.id)!;
    await handleOnce(cases.orm, CASES, sent, correctionHandlers(cases.clock)['case-decision.corrected']!);
    const admin = await cases.token(['AGENCY_ADMIN'], { agencyId: AGENCY, agencyPath: `/${ROOT}/${AGENCY}/` });
    const c = (await ok(cases.url, 'query($id: ID!) { case(id: $id) { correction { kind } publication { status version } } }', { id: pending }, admin)).case;
    expect(c).toMatchObject({ correction: { kind: 'CONFIRMED_ILLEGAL' }, publication: { status: 'WITHDRAWN' } });
    const r = await gql(cases.url, 'mutation($c: ID!, $v: Int!) { publishDecision(caseId: $c, version: $v) { id } }', { c: pending, v: c.publication.version }, admin);
    expect(codes(r)).toEqual(['ILLEGAL_TRANSITION']);
    expect(r.errors![0]!.message).toContain(`该决定已被监督决定书（${d.number}）确认违法，不得公示`);
    const answer = (await jobs<any>(cases, 'supervision:case-decision.correction-applied')).find((e) => e.payload.decisionId === d.id)!;
    expect(answer.payload).toMatchObject({ outcome: 'APPLIED', publicationWithdrawn: false });
  });

  it('004 第二十五条: a correction cases cannot apply comes back NOT_APPLIED with the reason', async () => {
    const n = await receivedOn(await issued({ caseIds: [ids.child] }, 40), testDate({ days: -35 }));
    const d = (await ok(s.url, DECIDE, { i: { noticeId: n.id, type: 'CONFIRM_INVALID', caseId: ids.child, reasons: '逾期不改正' } }, t.supervisor)).createSupervisionDecision;
    // between supervision's question and the event, a 诉讼 is recorded against the decision
    await run(cases, `insert into cases.case_challenge (id, case_id, kind, body, filed_on, recorded_by, recorded_at) values (?, ?, 'LITIGATION', '人民法院', ?, '管理员', now())`, [newId(), ids.child, TEST_TODAY]);
    const sent = (await jobs<any>(s, 'cases:case-decision.corrected')).find((e) => e.payload.decisionId === d.id)!;
    await handleOnce(cases.orm, CASES, sent, correctionHandlers(cases.clock)['case-decision.corrected']!);
    const answer = (await jobs<any>(cases, 'supervision:case-decision.correction-applied')).find((e) => e.payload.decisionId === d.id)!;
    await handleOnce(s.orm, SCHEMA, answer, decisionEffectHandlers()['case-decision.correction-applied']!);
    const after = (await ok(s.url, 'query($id: ID!) { supervisionDecision(id: $id) { effect { state reason } } }', { id: d.id }, t.supervisor)).supervisionDecision;
    expect(after.effect).toEqual({ state: 'NOT_APPLIED', reason: '该案件的执法决定正在行政复议或行政诉讼中，不能由监督决定书纠正（004 第二十五条）' });
  });

  it('004 第二十五条: 责令限期履行 names a date to perform by and sends nothing to cases', async () => {
    const before = (await jobs(s, 'cases:case-decision.corrected')).length;
    const d = (await ok(s.url, DECIDE, { i: { noticeId: ids.overdue, type: 'ORDER_PERFORMANCE', reasons: '逾期不改正', requirement: '依法履行监督检查职责', performBy: testDate({ days: 30 }) } }, t.supervisor)).createSupervisionDecision;
    expect(d).toMatchObject({ type: 'ORDER_PERFORMANCE', caseId: null, performBy: testDate({ days: 30 }), effect: null });
    expect(await jobs(s, 'cases:case-decision.corrected')).toHaveLength(before);
    const list = (await ok(s.url, 'query($f: SupervisionDecisionFilter) { supervisionDecisions(filter: $f) { total items { id } } }', { f: { type: 'ORDER_PERFORMANCE' } }, t.supervisor)).supervisionDecisions;
    expect(list.items.map((x: any) => x.id)).toEqual([d.id]);
    const n = (await ok(s.url, 'query($id: ID!) { notice(id: $id) { decisions { id number } } }', { id: ids.overdue }, t.admin)).notice;
    expect(n.decisions.map((x: any) => x.id)).toEqual([d.id]);
  });

  it('004 第二十五条 (…但当事人已对该具体行政执法行为申请行政复议或者提起行政诉讼的除外): refused with CASE_UNDER_CHALLENGE while the case is under 复议', async () => {
    const n = await receivedOn(await issued({ caseIds: [ids.challenged] }, 40), testDate({ days: -35 }));
    const r = await gql(s.url, DECIDE, { i: { noticeId: n.id, type: 'REVOKE', caseId: ids.challenged, reasons: '逾期不改正' } }, t.supervisor);
    expect(codes(r)).toEqual(['CASE_UNDER_CHALLENGE']);
    expect(r.errors![0]!.extensions).toMatchObject({ caseId: ids.challenged, kinds: ['RECONSIDERATION'] });
    ids.challengedNotice = n.id;
  });
});

describe('the fields supervision contributes (DESIGN "Ownership of types")', () => {
  it('EnforcementCase.notices and Agency.notices for many parents are a constant number of SQL statements (DataLoader batching)', async () => {
    const q = (type: string, sel: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { id ${sel} } } }`;
    const count = async (type: string, keys: (string | undefined)[], sel: string) => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, q(type, sel), { r: keys.map((id) => ({ __typename: type, id })) }, t.supervisor);
      expect(d._entities).toHaveLength(keys.length);
      return { n: sqlCounter.statements - before, d: d._entities };
    };
    const caseSel = 'notices(limit: 5) { total items { id number } }';
    const one = await count('EnforcementCase', [ids.child], caseSel);
    const many = await count('EnforcementCase', [ids.child, ids.published, ids.undecided, ids.challenged, newId()], caseSel);
    expect(many.n).toBe(one.n);
    expect(many.d[0].notices.total).toBe(3);
    expect(many.d[4].notices).toEqual({ total: 0, items: [] });
    const agencySel = 'notices(limit: 3) { total items { id } }';
    const a1 = await count('Agency', [AGENCY], agencySel);
    const a3 = await count('Agency', [AGENCY, CHILD, OTHER, ROOT], agencySel);
    expect(a1.n).toBe(1);
    expect(a3.n).toBe(1);
    expect(a3.d[0].notices.items).toHaveLength(3);
    expect(a3.d[0].notices.total).toBeGreaterThan(3);
    // the same read rule: the other tree's supervisor sees none of them
    const other = await ok(s.url, q('EnforcementCase', caseSel), { r: [{ __typename: 'EnforcementCase', id: ids.child }] }, t.otherSupervisor);
    expect(other._entities[0].notices).toEqual({ total: 0, items: [] });
  });
});

describe('supervision fails closed when cases cannot answer', () => {
  it('004 第二十五条: with cases stopped, a decision about a case is refused with DEPENDENCY_UNAVAILABLE and nothing is stored', async () => {
    const before = (await ok(s.url, '{ supervisionDecisions { total } }', {}, t.supervisor)).supervisionDecisions.total;
    await run(cases, `delete from cases.case_challenge where case_id = ?`, [ids.challenged]);
    await cases.stop();
    casesStopped = true;
    const r = await gql(s.url, DECIDE, { i: { noticeId: ids.challengedNotice, type: 'REVOKE', caseId: ids.challenged, reasons: '逾期不改正' } }, t.supervisor);
    expect(codes(r)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect((await ok(s.url, '{ supervisionDecisions { total } }', {}, t.supervisor)).supervisionDecisions.total).toBe(before);
    expect(today(s.clock)).toBe(TEST_TODAY);
  });
});
