/**
 * 复议/诉讼 (003 第16条 纠错, 004 第二十五条), the 年报 (000 二(六), 001 三(四), 002 事后公开 四) and the fields
 * cases contributes to Officer and Agency — on the real PostgreSQL, cases inserted directly (the registration
 * commands are tested by the lead's tests).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { agencyProjectionHandlers, eventEnvelope, handleOnce, newId, sqlCounter, type EventType, type Identity, type LocalDate } from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, TEST_YEAR, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createCasesOrm, SCHEMA } from '../src/orm.js';
import { buildCasesSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { CaseHandler, EnforcementCase, LegalReviewRound } from '../src/cases/case.entity.js';
import { CaseStage, DecisionKind, LegalReviewOutcome } from '../src/cases/case.enums.js';
import { MatterCategory } from '../src/matters/matter.entity.js';
import { statisticsExportRoutes } from '../src/statistics/statistics.export.js';
import { statisticsSql } from '../src/statistics/statistics.sql.js';

// ROOT → AGENCY → CHILD; OTHER beside.
const ROOT = '71000000-0000-4000-8000-000000000001';
const AGENCY = '71000000-0000-4000-8000-000000000002';
const CHILD = '71000000-0000-4000-8000-000000000003';
const OTHER = '71000000-0000-4000-8000-000000000004';
const MATTER = '71000000-0000-4000-8000-0000000000aa';
const facts = (id: string, parentId: string | null, path: string, name: string) => ({ id, parentId, path, name, published: true, confirmed: true });
const officerId = (n: number) => `72000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const O1 = officerId(1);
const O2 = officerId(2);

/** A date of this year, `days` back from today but not before January 1 (so the suite holds at any TEST_NOW). */
const thisYear = (days: number): LocalDate => {
  const d = testDate({ days: -days });
  return d < `${TEST_YEAR}-01-01` ? `${TEST_YEAR}-01-01` : d;
};
const LAST_YEAR_DAY = `${TEST_YEAR - 1}-06-15`;

let s: SubgraphUnderTest;
let base: string;
let admin: string; // AGENCY_ADMIN at AGENCY
let otherAdmin: string; // AGENCY_ADMIN at OTHER
let supervisor: string; // SUPERVISOR at ROOT
let otherSupervisor: string; // SUPERVISOR at OTHER
let stranger: string; // OFFICER at AGENCY, handling nothing
const ids: Record<string, string> = {};
let seq = 0;

const feed = (type: EventType, payload: unknown) =>
  handleOnce(s.orm, SCHEMA, eventEnvelope('personnel', type, s.clock.now(), payload), agencyProjectionHandlers(SCHEMA)[type]!);

async function insertCase(o: {
  agencyId: string; category?: MatterCategory; registeredOn: LocalDate; stage: CaseStage; decidedOn?: LocalDate | null; kinds?: DecisionKind[]; major?: boolean; closed?: boolean;
  handlers?: { officerId: string; lead: boolean; released?: boolean }[];
}): Promise<string> {
  const em = s.orm.em.fork();
  const id = newId();
  const now = s.clock.now();
  const year = Number(o.registeredOn.slice(0, 4));
  seq += 1;
  em.create(EnforcementCase, {
    id, number: `〔${year}〕${String(seq).padStart(4, '0')}号`, year, seq, agencyId: o.agencyId, matterId: MATTER, category: o.category ?? MatterCategory.PUNISHMENT, field: '节能',
    cause: '未按规定开展能源审计', registeredOn: o.registeredOn, registeredAt: new Date(`${o.registeredOn}T09:00:00+08:00`), stage: o.stage, stageEnteredAt: now,
    major: o.major ?? false, decisionKinds: o.kinds ?? [], decidedOn: o.decidedOn ?? null, decidedAt: o.decidedOn ? now : null, closedAt: o.closed ? now : null,
  });
  await em.flush();
  for (const h of o.handlers ?? []) {
    em.create(CaseHandler, { id: newId(), caseId: id, officerId: h.officerId, officerName: '执法人员', certificateNumber: null, lead: h.lead, assignedAt: now, releasedAt: h.released ? now : null });
  }
  await em.flush();
  return id;
}

async function review(caseId: string, round: number, outcome: LegalReviewOutcome) {
  const em = s.orm.em.fork();
  em.create(LegalReviewRound, { id: newId(), caseId, round, submittedAt: new Date(`${thisYear(20)}T10:00:00+08:00`), submittedBy: '潘铤', outcome, reviewedAt: s.clock.now() });
  await em.flush();
}

const RECORD = 'mutation($c: ID!, $i: ChallengeInput!) { recordChallenge(caseId: $c, input: $i) { id kind body filedOn acceptedOn outcome pending corrected version recordedBy } }';
const OUTCOME = 'mutation($id: ID!, $v: Int!, $i: ChallengeOutcomeInput!) { recordChallengeOutcome(id: $id, version: $v, input: $i) { id outcome outcomeOn outcomeNote pending corrected version } }';
const PENDING = 'query($ids: [ID!]!) { pendingChallenges(caseIds: $ids) { caseId pending kinds challenged } }';
const STATS = `query($a: ID!, $y: Int!, $sub: Boolean) { caseStatistics(agencyId: $a, year: $y, includeSubtree: $sub) {
  agencyId year includesSubtree dueOn asOf registered decided closed byCategory { category registered decided closed } byOutcome { category decisionKind count }
  majorDecided legalReviewRounds legalReviewsPassed legalReviewsReturned majorDecidedWithoutReview
  publicationsDue publicationsPublished publicationsOnTime publicationsOverdue publicationsWithdrawn filingsDue filingsFiled filingsOnTime
  challengesFiled reconsiderationsFiled litigationsFiled challengesPending challengesConcluded challengesCorrected } }`;

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'cases-appeals', createOrm: createCasesOrm, schemaName: SCHEMA, buildSchema: buildCasesSchema, createLoaders, routes: statisticsExportRoutes });
  base = s.url.replace(/\/graphql$/, '');
  await feed('agency.snapshot', {
    rev: 1,
    agencies: [facts(ROOT, null, `/${ROOT}/`, '州司法局'), facts(AGENCY, ROOT, `/${ROOT}/${AGENCY}/`, '州机关事务管理局'), facts(CHILD, AGENCY, `/${ROOT}/${AGENCY}/${CHILD}/`, '县机关事务服务中心'), facts(OTHER, null, `/${OTHER}/`, '他处')],
  });
  admin = await s.token(['AGENCY_ADMIN'], { agencyId: AGENCY, agencyPath: `/${ROOT}/${AGENCY}/`, name: '管理局管理员' });
  otherAdmin = await s.token(['AGENCY_ADMIN'], { agencyId: OTHER, agencyPath: `/${OTHER}/` });
  supervisor = await s.token(['SUPERVISOR'], { agencyId: ROOT, agencyPath: `/${ROOT}/` });
  otherSupervisor = await s.token(['SUPERVISOR'], { agencyId: OTHER, agencyPath: `/${OTHER}/` });
  stranger = await s.token(['OFFICER'], { agencyId: AGENCY, agencyPath: `/${ROOT}/${AGENCY}/`, officerId: officerId(99) });

  const conn = s.orm.em.getConnection();
  await conn.execute(`insert into cases.enforcement_matter (id, agency_id, name, category, legal_basis, list_seq, created_at, updated_at, version)
    values (?, ?, '对公共机构节能的监督检查', 'PUNISHMENT', '《公共机构节能条例》', 1, now(), now(), 1)`, [MATTER, AGENCY]);

  ids.a1 = await insertCase({ agencyId: AGENCY, registeredOn: thisYear(60), stage: CaseStage.CLOSED, decidedOn: thisYear(40), kinds: [DecisionKind.WARNING, DecisionKind.FINE], major: true, closed: true, handlers: [{ officerId: O1, lead: true }, { officerId: O2, lead: false }] });
  ids.a2 = await insertCase({ agencyId: AGENCY, registeredOn: thisYear(50), stage: CaseStage.DECISION, decidedOn: thisYear(30), kinds: [DecisionKind.FINE], major: true, handlers: [{ officerId: O1, lead: false, released: true }, { officerId: O2, lead: true }] });
  ids.a3 = await insertCase({ agencyId: AGENCY, category: MatterCategory.INSPECTION, registeredOn: thisYear(10), stage: CaseStage.INVESTIGATION, handlers: [{ officerId: O2, lead: true }] });
  ids.a4 = await insertCase({ agencyId: AGENCY, registeredOn: LAST_YEAR_DAY, stage: CaseStage.EXECUTION, decidedOn: `${TEST_YEAR - 1}-07-01`, kinds: [DecisionKind.FINE] });
  ids.c1 = await insertCase({ agencyId: CHILD, registeredOn: thisYear(45), stage: CaseStage.SERVICE, decidedOn: thisYear(20), kinds: [DecisionKind.FINE], handlers: [{ officerId: O1, lead: true }] });
  ids.o1 = await insertCase({ agencyId: OTHER, registeredOn: thisYear(45), stage: CaseStage.DECISION, decidedOn: thisYear(20), kinds: [DecisionKind.FINE], handlers: [{ officerId: O1, lead: true }] });
  await review(ids.a1, 1, LegalReviewOutcome.RETURNED);
  await review(ids.a1, 2, LegalReviewOutcome.PASSED);
  // Publication and filing rows as publicity writes them (only the columns the figures read vary).
  const pubCols = `agency_id, case_number, category, decided_on, provisional, rule, calendar_basis, created_at`;
  const pubVals = `'${AGENCY}', '矩阵', 'PUNISHMENT', '${thisYear(40)}', false, '002', '日历', now()`;
  await conn.execute(`insert into cases.case_publication (id, case_id, due_on, status, published_at, ${pubCols}) values
    (?, ?, ?, 'PUBLISHED', ?, ${pubVals}), (?, ?, ?, 'PENDING', null, ${pubVals}), (?, ?, ?, 'WITHDRAWN', ?, ${pubVals})`, [
    newId(), ids.a1, thisYear(30), new Date(`${thisYear(35)}T10:00:00+08:00`),
    newId(), ids.a2, thisYear(1) < TEST_TODAY ? thisYear(1) : TEST_TODAY, // due yesterday (or today on Jan 1): overdue only once past
    newId(), ids.c1, thisYear(10), new Date(`${thisYear(15)}T10:00:00+08:00`),
  ]);
  const filCols = `agency_id, case_number, decided_on, provisional, rule, period_source, calendar_basis, recipient, created_at`;
  const filVals = `'${AGENCY}', '矩阵', '${thisYear(40)}', false, '004 第十九条', '默认', '日历', '司法行政机关', now()`;
  await conn.execute(`insert into cases.case_filing (id, case_id, due_on, filed_on, ${filCols}) values (?, ?, ?, ?, ${filVals}), (?, ?, ?, null, ${filVals})`, [newId(), ids.a1, thisYear(25), thisYear(24), newId(), ids.a2, thisYear(15)]); // a1 filed a day late
}, 120_000);
afterAll(() => s?.stop());

describe('复议 / 诉讼 against a decision (003 第16条, 004 第二十五条)', () => {
  let recon: { id: string; version: number };

  it('an agency administrator records a 复议 against a decided case of his subtree; it is pending and logged', async () => {
    const d = await ok(s.url, RECORD, { c: ids.a1, i: { kind: 'RECONSIDERATION', body: ' 州人民政府 ', filedOn: thisYear(35), acceptedOn: thisYear(34) } }, admin);
    expect(d.recordChallenge).toMatchObject({ kind: 'RECONSIDERATION', body: '州人民政府', filedOn: thisYear(35), outcome: null, pending: true, corrected: false, version: 1, recordedBy: '管理局管理员' });
    recon = d.recordChallenge;
    const log = await s.orm.em.getConnection().execute(`select action from cases.change_log where entity = 'CaseChallenge' and entity_id = ?`, [recon.id]);
    expect(log.map((r: any) => r.action)).toEqual(['新建']);
  });

  it('only against a decision: a case still under investigation is ILLEGAL_TRANSITION, and nothing is stored', async () => {
    const r = await gql(s.url, RECORD, { c: ids.a3, i: { kind: 'LITIGATION', body: '县人民法院', filedOn: TEST_TODAY } }, admin);
    expect(codes(r)).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('dates: filed before the decision or in the future is BAD_USER_INPUT naming the field', async () => {
    const before = await gql(s.url, RECORD, { c: ids.a2, i: { kind: 'LITIGATION', body: '县人民法院', filedOn: testDate({ days: -300 }) } }, admin);
    expect(codes(before)).toEqual(['BAD_USER_INPUT']);
    expect(before.errors![0]!.extensions!.field).toBe('filedOn');
    const future = await gql(s.url, RECORD, { c: ids.a2, i: { kind: 'LITIGATION', body: '县人民法院', filedOn: testDate({ days: 1 }) } }, admin);
    expect(future.errors![0]!.extensions!.field).toBe('filedOn');
  });

  it('who records: not an officer who does not handle the case (FORBIDDEN), not another subtree\'s administrator (NOT_FOUND), not a supervisor', async () => {
    expect(codes(await gql(s.url, RECORD, { c: ids.a2, i: { kind: 'LITIGATION', body: '县人民法院', filedOn: TEST_TODAY } }, stranger))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, RECORD, { c: ids.a2, i: { kind: 'LITIGATION', body: '县人民法院', filedOn: TEST_TODAY } }, otherAdmin))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, RECORD, { c: ids.a2, i: { kind: 'LITIGATION', body: '县人民法院', filedOn: TEST_TODAY } }, supervisor))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, RECORD, { c: ids.a2, i: { kind: 'LITIGATION', body: '县人民法院', filedOn: TEST_TODAY } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('004 第二十五条: supervision asks, with its own token, whether each decision is under 复议 or 诉讼 now', async () => {
    await ok(s.url, RECORD, { c: ids.a2, i: { kind: 'LITIGATION', body: '县人民法院', filedOn: thisYear(5) } }, admin);
    const before = sqlCounter.statements;
    const d = await ok(s.url, PENDING, { ids: [ids.a2, ids.a1, ids.c1] }, supervisor);
    expect(sqlCounter.statements - before).toBe(2); // the readable cases, their challenges — whatever the number asked
    expect(d.pendingChallenges).toEqual([
      { caseId: ids.a2, pending: true, kinds: ['LITIGATION'], challenged: true },
      { caseId: ids.a1, pending: true, kinds: ['RECONSIDERATION'], challenged: true },
      { caseId: ids.c1, pending: false, kinds: [], challenged: false },
    ]);
  });

  it('004 第二十五条: a case the caller may not read fails the whole question (NOT_FOUND), and at most 100 cases', async () => {
    expect(codes(await gql(s.url, PENDING, { ids: [ids.a1] }, otherSupervisor))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, PENDING, { ids: [ids.a1, '79999999-9999-4999-8999-999999999999'] }, supervisor))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, PENDING, { ids: Array.from({ length: 101 }, (_, i) => officerId(i + 1)) }, supervisor))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, PENDING, { ids: [ids.a1] }))).toEqual(['UNAUTHENTICATED']);
  });

  it('003 第16条: the outcome 撤销 is 纠错 and needs a note; a stale version is refused; a second outcome is refused', async () => {
    const noNote = await gql(s.url, OUTCOME, { id: recon.id, v: recon.version, i: { outcome: 'REVOKED', outcomeOn: thisYear(3) } }, admin);
    expect(noNote.errors![0]!.extensions!.field).toBe('outcomeNote');
    const early = await gql(s.url, OUTCOME, { id: recon.id, v: recon.version, i: { outcome: 'UPHELD', outcomeOn: thisYear(36) } }, admin);
    expect(early.errors![0]!.extensions!.field).toBe('outcomeOn');
    const d = await ok(s.url, OUTCOME, { id: recon.id, v: recon.version, i: { outcome: 'REVOKED', outcomeOn: thisYear(3), outcomeNote: '认定事实不清，撤销原处罚决定' } }, admin);
    expect(d.recordChallengeOutcome).toMatchObject({ outcome: 'REVOKED', pending: false, corrected: true, version: 2 });
    expect(codes(await gql(s.url, OUTCOME, { id: recon.id, v: 1, i: { outcome: 'UPHELD', outcomeOn: thisYear(3) } }, admin))).toEqual(['CONCURRENT_MODIFICATION']);
    expect(codes(await gql(s.url, OUTCOME, { id: recon.id, v: 2, i: { outcome: 'UPHELD', outcomeOn: thisYear(3) } }, admin))).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes(await gql(s.url, OUTCOME, { id: recon.id, v: 2, i: { outcome: 'UPHELD', outcomeOn: thisYear(3) } }, otherAdmin))).toEqual(['NOT_FOUND']);
  });

  it('the case shows its challenges and whether one is pending (batched)', async () => {
    const q = 'query($id: ID!) { case(id: $id) { underChallenge challenges { kind outcome pending corrected } } }';
    expect((await ok(s.url, q, { id: ids.a1 }, admin)).case).toEqual({ underChallenge: false, challenges: [{ kind: 'RECONSIDERATION', outcome: 'REVOKED', pending: false, corrected: true }] });
    expect((await ok(s.url, q, { id: ids.a2 }, supervisor)).case.underChallenge).toBe(true);
    const pending = await ok(s.url, PENDING, { ids: [ids.a1] }, supervisor);
    expect(pending.pendingChallenges[0]).toMatchObject({ pending: false, challenged: true });
  });
});

describe('年报: annual statistics (000 二(六), 001 三(四), 002 事后公开 四; 003 第16条; 004 第十六条)', () => {
  it('counts the agency\'s own cases of the year by category and outcome, reviews, publicity, filing and 纠错; due Jan 31 next year', async () => {
    const st = (await ok(s.url, STATS, { a: AGENCY, y: TEST_YEAR }, admin)).caseStatistics;
    expect(st).toEqual({
      agencyId: AGENCY, year: TEST_YEAR, includesSubtree: false, dueOn: `${TEST_YEAR + 1}-01-31`, asOf: TEST_TODAY,
      registered: 3, decided: 2, closed: 1,
      byCategory: [{ category: 'PUNISHMENT', registered: 2, decided: 2, closed: 1 }, { category: 'INSPECTION', registered: 1, decided: 0, closed: 0 }],
      byOutcome: [{ category: 'PUNISHMENT', decisionKind: 'WARNING', count: 1 }, { category: 'PUNISHMENT', decisionKind: 'FINE', count: 2 }],
      majorDecided: 2, legalReviewRounds: 2, legalReviewsPassed: 1, legalReviewsReturned: 1, majorDecidedWithoutReview: 1,
      publicationsDue: 2, publicationsPublished: 1, publicationsOnTime: 1, publicationsOverdue: thisYear(1) < TEST_TODAY ? 1 : 0, publicationsWithdrawn: 0,
      filingsDue: 2, filingsFiled: 1, filingsOnTime: 0,
      challengesFiled: 2, reconsiderationsFiled: 1, litigationsFiled: 1, challengesPending: 1, challengesConcluded: 1, challengesCorrected: 1,
    });
  });

  it('with the subtree, the child agency\'s cases count too; last year is its own year', async () => {
    const st = (await ok(s.url, STATS, { a: AGENCY, y: TEST_YEAR, sub: true }, admin)).caseStatistics;
    expect(st).toMatchObject({ includesSubtree: true, registered: 4, decided: 3, publicationsDue: 3, publicationsWithdrawn: 1 });
    expect(st.byOutcome).toContainEqual({ category: 'PUNISHMENT', decisionKind: 'FINE', count: 3 });
    const last = (await ok(s.url, STATS, { a: AGENCY, y: TEST_YEAR - 1 }, admin)).caseStatistics;
    expect(last).toMatchObject({ registered: 1, decided: 1, closed: 0, challengesFiled: 0, dueOn: `${TEST_YEAR}-01-31` });
  });

  it('is for those who may read the agency\'s cases: another subtree is NOT_FOUND, anonymous UNAUTHENTICATED; a future year BAD_USER_INPUT', async () => {
    expect(codes(await gql(s.url, STATS, { a: AGENCY, y: TEST_YEAR }, otherAdmin))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, STATS, { a: AGENCY, y: TEST_YEAR }))).toEqual(['UNAUTHENTICATED']);
    const future = await gql(s.url, STATS, { a: AGENCY, y: TEST_YEAR + 1 }, admin);
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors![0]!.extensions!.field).toBe('year');
    expect((await ok(s.url, STATS, { a: AGENCY, y: TEST_YEAR }, supervisor)).caseStatistics.registered).toBe(3);
  });

  it('Agency.statistics for many agencies is ONE statement, null where the caller may not read', async () => {
    const q = 'query($r: [_Any!]!, $y: Int!) { _entities(representations: $r) { ... on Agency { id statistics(year: $y) { registered decided dueOn } } } }';
    const count = async (agencies: string[]) => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, q, { r: agencies.map((id) => ({ __typename: 'Agency', id })), y: TEST_YEAR }, admin);
      return { n: sqlCounter.statements - before, d: d._entities };
    };
    const one = await count([AGENCY]);
    const three = await count([AGENCY, CHILD, OTHER]);
    expect(three.d).toEqual([
      { id: AGENCY, statistics: { registered: 3, decided: 2, dueOn: `${TEST_YEAR + 1}-01-31` } },
      { id: CHILD, statistics: { registered: 1, decided: 1, dueOn: `${TEST_YEAR + 1}-01-31` } },
      { id: OTHER, statistics: null },
    ]);
    expect(one.n).toBe(1);
    expect(three.n).toBe(1);
  });

  it('exports CSV (UTF-8 BOM, header row, one figure a row) and JSON (columns documented), authorized like the query', async () => {
    const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const csv = await get(`/statistics/${AGENCY}/${TEST_YEAR}.csv`, admin);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain(`statistics-${AGENCY}-${TEST_YEAR}.csv`);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('agency_id,year,includes_subtree,metric,label,category,decision_kind,value');
    expect(lines).toContain(`${AGENCY},${TEST_YEAR},false,registered,立案数,,,3`);
    expect(lines).toContain(`${AGENCY},${TEST_YEAR},false,challenges_corrected,被纠错（003 第16条）,,,1`);
    expect(lines).toContain(`${AGENCY},${TEST_YEAR},false,outcome_count,行政处罚：罚款,PUNISHMENT,FINE,2`);
    const json = await (await get(`/statistics/${AGENCY}/${TEST_YEAR}.json?includeSubtree=true`, admin)).json() as any;
    expect(json.columns.map((c: any) => c.name)).toEqual(lines[0]!.split(','));
    expect(json.metrics.find((m: any) => m.code === 'registered').label).toBe('立案数');
    expect(json.statistics).toMatchObject({ registered: 4, includesSubtree: true });
    expect(json.rows.find((r: any) => r.metric === 'registered').value).toBe(4);
    expect((await get(`/statistics/${AGENCY}/${TEST_YEAR}.csv`)).status).toBe(401);
    expect((await get(`/statistics/${AGENCY}/${TEST_YEAR}.csv`, otherAdmin)).status).toBe(404);
    expect((await get(`/statistics/${AGENCY}/${TEST_YEAR + 1}.csv`, admin)).status).toBe(400);
    expect((await get(`/statistics/${AGENCY}/${TEST_YEAR}.xls`, admin)).status).toBe(404);
    expect((await get(`/statistics/not-an-id/${TEST_YEAR}.csv`, admin)).status).toBe(400);
    expect((await get(`/statistics/${AGENCY}/${TEST_YEAR}.csv`, 'forged')).status).toBe(401);
  });
});

describe('Officer.cases, Officer.caseCount, Agency.cases (DESIGN "Ownership of types")', () => {
  const OFFICER_Q = `query($r: [_Any!]!, $f: OfficerCaseFilter, $l: Int) { _entities(representations: $r) { ... on Officer { id caseCount cases(filter: $f, limit: $l) { total items { id number } } } } }`;
  const officers = (list: string[]) => list.map((id) => ({ __typename: 'Officer', id }));

  it('an officer\'s cases as current or past handler, lead or not, readable ones only, newest first', async () => {
    const d = await ok(s.url, OFFICER_Q, { r: officers([O1, O2]) }, admin);
    const [o1, o2] = d._entities;
    expect(o1.caseCount).toBe(3); // a1, a2 (released), c1 — not o1, another subtree
    expect(o1.cases.items.map((c: any) => c.id)).toEqual([ids.c1, ids.a2, ids.a1]); // registered 45, 50, 60 days ago
    expect(o2).toMatchObject({ caseCount: 3, cases: { total: 3 } });
    const lead = await ok(s.url, OFFICER_Q, { r: officers([O1]), f: { lead: true } }, admin);
    expect(lead._entities[0].cases.items.map((c: any) => c.id)).toEqual([ids.c1, ids.a1]);
    const assist = await ok(s.url, OFFICER_Q, { r: officers([O1]), f: { lead: false, stage: 'DECISION' } }, admin);
    expect(assist._entities[0].cases.items.map((c: any) => c.id)).toEqual([ids.a2]);
    const paged = await ok(s.url, OFFICER_Q, { r: officers([O1]), l: 1 }, admin);
    expect(paged._entities[0].cases).toEqual({ total: 3, items: [{ id: ids.c1, number: expect.any(String) }] });
  });

  it('another subtree sees only its own; anonymous callers see none', async () => {
    const other = await ok(s.url, OFFICER_Q, { r: officers([O1]) }, otherAdmin);
    expect(other._entities[0]).toMatchObject({ caseCount: 1, cases: { total: 1, items: [{ id: ids.o1 }] } });
    const anon = await ok(s.url, OFFICER_Q, { r: officers([O1]) });
    expect(anon._entities[0]).toMatchObject({ caseCount: 0, cases: { total: 0, items: [] } });
  });

  it('a page of 3 or of 15 officers with their cases costs the same number of SQL statements', async () => {
    const many = Array.from({ length: 15 }, (_, i) => officerId(10 + i));
    for (const [i, o] of many.entries()) {
      await insertCase({ agencyId: AGENCY, registeredOn: thisYear(i % 5), stage: CaseStage.REGISTERED, handlers: [{ officerId: o, lead: true }, { officerId: many[(i + 1) % 15]!, lead: false }] });
    }
    const count = async (list: string[]) => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, OFFICER_Q, { r: officers(list) }, admin);
      expect(d._entities.every((o: any) => o.caseCount === 2 && o.cases.total === 2 && o.cases.items.length === 2)).toBe(true);
      return sqlCounter.statements - before;
    };
    const three = await count(many.slice(0, 3));
    const fifteen = await count(many);
    expect(fifteen).toBe(three);
    expect(three).toBeLessThanOrEqual(2);
  });

  it('Agency.cases: the agency\'s own readable cases, paged, by stage; one statement for many agencies', async () => {
    const q = 'query($r: [_Any!]!, $f: AgencyCaseFilter) { _entities(representations: $r) { ... on Agency { id cases(filter: $f, limit: 2) { total items { id } } } } }';
    const before = sqlCounter.statements;
    const d = await ok(s.url, q, { r: [AGENCY, CHILD, OTHER].map((id) => ({ __typename: 'Agency', id })) }, admin);
    expect(sqlCounter.statements - before).toBe(1);
    const [a, c, o] = d._entities;
    expect(a.cases.total).toBe(4 + 15);
    expect(a.cases.items).toHaveLength(2);
    expect(c.cases).toEqual({ total: 1, items: [{ id: ids.c1 }] });
    expect(o.cases).toEqual({ total: 0, items: [] });
    const decided = await ok(s.url, q, { r: [{ __typename: 'Agency', id: AGENCY }], f: { stage: 'DECISION' } }, admin);
    expect(decided._entities[0].cases).toEqual({ total: 1, items: [{ id: ids.a2 }] });
  });
});

describe('Agency.matterList: the published list a page at a time (004 第三条)', () => {
  it('pages the same list as Agency.matters, in list order, one statement for many agencies', async () => {
    const conn = s.orm.em.getConnection();
    for (const [i, name] of ['对公共机构节能的行政奖励', '对公共机构节能的行政检查'].entries()) {
      await conn.execute(`insert into cases.enforcement_matter (id, agency_id, name, category, legal_basis, list_seq, created_at, updated_at, version)
        values (?, ?, ?, 'INSPECTION', '《公共机构节能条例》', ?, now(), now(), 1)`, [newId(), AGENCY, name, i + 2]);
    }
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { matters { id } matterList(offset: 1, limit: 1) { total items { id } } } } }';
    const before = sqlCounter.statements;
    const d = await ok(s.url, q, { r: [AGENCY, OTHER].map((id) => ({ __typename: 'Agency', id })) });
    expect(sqlCounter.statements - before).toBe(2); // the whole lists, and the pages
    const [a, o] = d._entities;
    expect(a.matters).toHaveLength(3);
    expect(a.matterList).toEqual({ total: 3, items: [a.matters[1]] });
    expect(o.matterList).toEqual({ total: 0, items: [] });
  });
});
