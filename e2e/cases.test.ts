/**
 * Cases through the real gateway, every subgraph in its own process (DESIGN "Cases"): registration with gapless
 * numbers (racing ones too), the stages in order, legal review of a major case by a reviewer who never handled it
 * and the reviewer's queue, the change of handlers, the decision and what follows — and the live entitlement check
 * against personnel, through the gateway and straight at the cases subgraph, failing closed when personnel is down
 * (the last test stops it). Accounts the demo seed has not (a reviewer linked to a handler's officer record, the
 * third officer's account) are tokens signed with the run's key, as the platform's login would sign them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, loadSeed000, parseEnv, seedIds, TokenIssuer, type Role } from '@jiandu/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { TEST_NOW, TEST_TODAY, TEST_YEAR, testDate } from './support/subgraph.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
const PAN = seedIds.officer('31000036001');
const YAO = seedIds.officer('31000036008');
const third = seed.officers[2]!;
const THIRD = seedIds.officer(third.certificateNumber);
const fourth = seed.officers[3]!;
const FOURTH = seedIds.officer(fourth.certificateNumber);
let p: TestPlatform;
const tokens: Record<string, string> = {};
let matterId: string;

const login = async (username: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;

const CASE_FIELDS = 'id number version stage major majorGrounds path nextStage availableActions decidedOn fineYuan';
const REGISTER = `mutation($i: RegisterCaseInput!) { registerCase(input: $i) { ${CASE_FIELDS} parties { name idNumber address phone } handlers { officerName lead certificateNumber } } }`;
const ADVANCE = `mutation($id: ID!, $v: Int!, $to: CaseStage!) { advanceCase(id: $id, version: $v, to: $to) { ${CASE_FIELDS} } }`;
const READ = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} parties { name idNumber address phone } transitions { fromStage toStage actorName note } legalReviews { round outcome opinion reviewerName } matter { name } } }`;

const registration = (o: Partial<Record<string, unknown>> = {}) => ({
  matterId,
  cause: '某公共机构未按规定开展能源审计',
  parties: [{ kind: 'PERSON', name: '张三', idNumber: '11010519491231002X', address: '新疆乌鲁木齐市天山区光明路12号', phone: '13812345678' }],
  handlerIds: [PAN, YAO],
  leadOfficerId: PAN,
  ...o,
});

async function advance(id: string, to: string, who = 'officer') {
  const c = (await ok(p.gatewayUrl, READ, { id }, tokens[who])).case;
  return (await ok(p.gatewayUrl, ADVANCE, { id, v: c.version, to }, tokens[who])).advanceCase;
}
const versionOf = async (id: string) => (await ok(p.gatewayUrl, READ, { id }, tokens.officer)).case.version as number;

/**
 * A token for an account the demo seed has not, signed with the run's key as login signs one: `like`'s agency
 * (and its path), with the roles and the officer record given.
 */
async function tokenFor(like: string, o: { roles: Role[]; officerId: string | null; name: string }): Promise<string> {
  const claims = JSON.parse(Buffer.from(tokens[like]!.split('.')[1]!, 'base64url').toString('utf8')) as { agencyId: string | null; agencyPath?: string };
  const issuer = await TokenIssuer.create(parseEnv(process.env).jwt);
  return (await issuer.sign({ sub: randomUUID(), username: `test-${randomUUID().slice(0, 8)}`, name: o.name, roles: o.roles, agencyId: claims.agencyId, agencyPath: claims.agencyPath ?? null, officerId: o.officerId }, new Date(TEST_NOW))).token;
}

/** Both ways in: the gateway, and straight at the cases subgraph (which must refuse alike, 003 第4条). */
const bothWays = () => [p.gatewayUrl, `${p.subgraphUrls.cases}/graphql`];

const CHANGE_HANDLERS = `mutation($id: ID!, $v: Int!, $i: HandlersInput!) { changeCaseHandlers(id: $id, version: $v, input: $i) { ${CASE_FIELDS} handlers { officerId officerName lead releasedAt } } }`;
const ADD_ENTRY = 'mutation($c: ID!, $i: RecordEntryInput!) { addRecordEntry(caseId: $c, input: $i) { seq actorName } }';

beforeAll(async () => {
  p = await startTestPlatform({ label: 'cases' });
  for (const u of ['officer', 'officer2', 'reviewer', 'supervisor', 'agencyadmin', 'certadmin']) tokens[u] = await login(u);
  const matters = await ok(p.gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
  matterId = matters.matters.items.find((m: any) => m.agencyId === agencyId).id;
}, 180_000);
afterAll(async () => {
  if (process.env.SHOW_LOGS) console.log(p?.logs().join('\n'));
  await p?.stop();
});

describe('立案 (000 二(四); 001)', () => {
  it('registers with two entitled handlers and a lead, numbered per agency and year', async () => {
    const c = (await ok(p.gatewayUrl, REGISTER, { i: registration() }, tokens.officer)).registerCase;
    expect(c.number).toBe(`〔${TEST_YEAR}〕0001号`);
    expect(c.stage).toBe('REGISTERED');
    expect(c.path).toEqual(['REGISTERED', 'INVESTIGATION', 'NOTIFICATION', 'STATEMENT', 'DECISION', 'SERVICE', 'EXECUTION', 'CLOSED']);
    expect(c.handlers.map((h: any) => [h.officerName, h.lead, h.certificateNumber])).toEqual([['潘铤', true, '31000036001'], ['姚建军', false, '31000036008']]);
    // The handlers see the party in full; a supervisor reading the case sees it masked.
    expect(c.parties[0]).toEqual({ name: '张三', idNumber: '11010519491231002X', address: '新疆乌鲁木齐市天山区光明路12号', phone: '13812345678' });
    const seen = (await ok(p.gatewayUrl, READ, { id: c.id }, tokens.supervisor)).case.parties[0];
    expect(seen).toEqual({ name: '张三', idNumber: '1101**********002X', address: '新疆乌鲁木齐****', phone: '138****5678' });
  });

  it('a refused registration takes no number: numbers have no gaps', async () => {
    const bad = await gql(p.gatewayUrl, REGISTER, { i: registration({ handlerIds: [PAN] }) }, tokens.officer);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.message).toContain('不得少于两人');
    const badParty = await gql(p.gatewayUrl, REGISTER, { i: registration({ parties: [{ kind: 'PERSON', name: '李四', idNumber: '110105194912310021' }] }) }, tokens.officer);
    expect(badParty.errors![0]!.extensions!.field).toBe('parties.0.idNumber');
    const c = (await ok(p.gatewayUrl, REGISTER, { i: registration({ cause: '第二件' }) }, tokens.officer2)).registerCase;
    expect(c.number).toBe(`〔${TEST_YEAR}〕0002号`);
    const rows = await sql(p.databaseUrl, 'select seq from cases.enforcement_case order by seq');
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
  });

  it('only a handler or the agency administrator registers; a reviewer may not', async () => {
    expect(codes(await gql(p.gatewayUrl, REGISTER, { i: registration() }, tokens.reviewer))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(p.gatewayUrl, REGISTER, { i: registration() }))).toEqual(['UNAUTHENTICATED']);
  });

  it('000 二(四) 立案登记; 001: the agency administrator registers a case for two entitled handlers he is not one of', async () => {
    const before = (await sql<{ n: number }>(p.databaseUrl, 'select max(seq)::int n from cases.enforcement_case where agency_id = $1 and year = $2', [agencyId, TEST_YEAR]))[0]!.n;
    const c = (await ok(p.gatewayUrl, REGISTER, { i: registration({ cause: '管理员立案' }) }, tokens.agencyadmin)).registerCase;
    expect(c.number).toBe(`〔${TEST_YEAR}〕${String(before + 1).padStart(4, '0')}号`);
    expect(c.handlers.map((h: any) => [h.officerName, h.lead])).toEqual([['潘铤', true], ['姚建军', false]]);
    const read = (await ok(p.gatewayUrl, READ, { id: c.id }, tokens.agencyadmin)).case;
    expect(read.transitions).toEqual([{ fromStage: null, toStage: 'REGISTERED', actorName: '机关事务管理局执法部门管理员', note: null }]);
    // he registers; the steps are the handlers' (he may change the handlers, not advance the case)
    expect(read.availableActions).toEqual(['CHANGE_HANDLERS']);
  });

  it('000 二(四) 立案登记 (no 账外设账): registrations racing for a number get consecutive numbers, none twice, none skipped', async () => {
    const before = (await sql<{ n: number }>(p.databaseUrl, 'select max(seq)::int n from cases.enforcement_case where agency_id = $1 and year = $2', [agencyId, TEST_YEAR]))[0]!.n;
    const who = ['officer', 'officer2', 'agencyadmin', 'officer', 'officer2', 'agencyadmin'];
    const raced = await Promise.all(who.map((u, i) => ok(p.gatewayUrl, REGISTER, { i: registration({ cause: `并发立案 ${i + 1}` }) }, tokens[u])));
    const numbers = raced.map((r) => r.registerCase.number as string).sort();
    expect(numbers).toEqual(who.map((_, i) => `〔${TEST_YEAR}〕${String(before + 1 + i).padStart(4, '0')}号`));
    const seqs = (await sql<{ seq: number }>(p.databaseUrl, 'select seq from cases.enforcement_case where agency_id = $1 and year = $2 order by seq', [agencyId, TEST_YEAR])).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const [counter] = await sql<{ last: number }>(p.databaseUrl, 'select last from cases.case_number_counter where agency_id = $1 and year = $2', [agencyId, TEST_YEAR]);
    expect(counter!.last).toBe(seqs.length);
  });
});

describe('stages in order (000 二(四)) and legal review of a major case (004 第十六条)', () => {
  let id: string;
  beforeAll(async () => {
    id = (await ok(p.gatewayUrl, REGISTER, { i: registration({ cause: '重大案件' }) }, tokens.officer)).registerCase.id;
  });

  it('refuses a skipped stage with ILLEGAL_TRANSITION, and a stale version with CONCURRENT_MODIFICATION', async () => {
    const v = await versionOf(id);
    expect(codes(await gql(p.gatewayUrl, ADVANCE, { id, v, to: 'NOTIFICATION' }, tokens.officer))).toEqual(['ILLEGAL_TRANSITION']);
    await advance(id, 'INVESTIGATION');
    expect(codes(await gql(p.gatewayUrl, ADVANCE, { id, v, to: 'NOTIFICATION' }, tokens.officer))).toEqual(['CONCURRENT_MODIFICATION']);
  });

  it('a major case cannot be decided before a passing review; a return sends it back and the next submission is a new round', async () => {
    await advance(id, 'NOTIFICATION');
    await advance(id, 'STATEMENT', 'officer2');
    const marked = (await ok(p.gatewayUrl, `mutation($id: ID!, $v: Int!) { markCaseMajor(id: $id, version: $v, grounds: [PUBLIC_INTEREST], basis: "涉及公共机构重大公共利益") { ${CASE_FIELDS} } }`, { id, v: await versionOf(id) }, tokens.officer)).markCaseMajor;
    expect(marked.major).toBe(true);
    expect(marked.nextStage).toBe('LEGAL_REVIEW');
    expect(marked.availableActions).toEqual(expect.arrayContaining(['SUBMIT_FOR_REVIEW']));
    expect(marked.availableActions).not.toContain('DECIDE');

    const DECIDE = `mutation($id: ID!, $v: Int!, $i: DecisionInput!) { decideCase(id: $id, version: $v, input: $i) { ${CASE_FIELDS} } }`;
    const decision = { kinds: ['WARNING', 'FINE'], content: '给予警告，并处罚款人民币五千元。当事人张三，身份证号11010519491231002X。', fineYuan: 5000, decidedOn: TEST_TODAY };
    const early = await gql(p.gatewayUrl, DECIDE, { id, v: await versionOf(id), i: decision }, tokens.officer);
    expect(codes(early)).toEqual(['LEGAL_REVIEW_REQUIRED']);

    const SUBMIT = `mutation($id: ID!, $v: Int!) { submitForLegalReview(id: $id, version: $v) { ${CASE_FIELDS} } }`;
    const REVIEW = `mutation($id: ID!, $v: Int!, $o: LegalReviewOutcome!, $t: String) { reviewCase(id: $id, version: $v, outcome: $o, opinion: $t) { ${CASE_FIELDS} } }`;
    await ok(p.gatewayUrl, SUBMIT, { id, v: await versionOf(id) }, tokens.officer);
    const queue = await ok(p.gatewayUrl, '{ legalReviewQueue { total items { id reviewSubmittedAt } } }', {}, tokens.reviewer);
    expect(queue.legalReviewQueue.items.map((c: any) => c.id)).toEqual([id]);
    // A handler cannot review his own case; the reviewer must give reasons to return it.
    expect(codes(await gql(p.gatewayUrl, REVIEW, { id, v: await versionOf(id), o: 'PASSED' }, tokens.officer))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(p.gatewayUrl, REVIEW, { id, v: await versionOf(id), o: 'RETURNED', t: '' }, tokens.reviewer))).toEqual(['BAD_USER_INPUT']);
    const returned = (await ok(p.gatewayUrl, REVIEW, { id, v: await versionOf(id), o: 'RETURNED', t: '证据不足，请补充能源审计报告' }, tokens.reviewer)).reviewCase;
    expect(returned.stage).toBe('STATEMENT');
    await ok(p.gatewayUrl, SUBMIT, { id, v: await versionOf(id) }, tokens.officer2);
    const passed = (await ok(p.gatewayUrl, REVIEW, { id, v: await versionOf(id), o: 'PASSED', t: '同意' }, tokens.reviewer)).reviewCase;
    expect(passed.stage).toBe('LEGAL_REVIEW');
    expect(passed.availableActions).toEqual([]); // the reviewer's view: nothing left for him
    const read = (await ok(p.gatewayUrl, READ, { id }, tokens.officer)).case;
    expect(read.legalReviews.map((r: any) => [r.round, r.outcome])).toEqual([[1, 'RETURNED'], [2, 'PASSED']]);
    expect(read.availableActions).toContain('DECIDE');

    const decided = (await ok(p.gatewayUrl, DECIDE, { id, v: read.version, i: decision }, tokens.officer)).decideCase;
    expect(decided.stage).toBe('DECISION');
    expect(decided.fineYuan).toBe(5000);
    const served = (await ok(p.gatewayUrl, `mutation($id: ID!, $v: Int!, $d: String!) { serveDecision(id: $id, version: $v, servedOn: $d) { ${CASE_FIELDS} } }`, { id, v: decided.version, d: TEST_TODAY }, tokens.officer)).serveDecision;
    const executed = (await ok(p.gatewayUrl, `mutation($id: ID!, $v: Int!, $d: String!) { recordExecution(id: $id, version: $v, executedOn: $d) { ${CASE_FIELDS} } }`, { id, v: served.version, d: TEST_TODAY }, tokens.officer)).recordExecution;
    const closed = (await ok(p.gatewayUrl, `mutation($id: ID!, $v: Int!) { closeCase(id: $id, version: $v) { ${CASE_FIELDS} } }`, { id, v: executed.version }, tokens.officer)).closeCase;
    expect(closed.stage).toBe('CLOSED');
    expect(closed.availableActions).toEqual([]);
    const transitions = (await ok(p.gatewayUrl, READ, { id }, tokens.supervisor)).case.transitions.map((t: any) => t.toStage);
    expect(transitions).toEqual(['REGISTERED', 'INVESTIGATION', 'NOTIFICATION', 'STATEMENT', 'LEGAL_REVIEW', 'STATEMENT', 'LEGAL_REVIEW', 'DECISION', 'SERVICE', 'EXECUTION', 'CLOSED']);
  });
});

/** A case of [PAN (lead), YAO] taken to 陈述申辩, marked major and submitted for legal review (004 第十六条). */
async function submittedForReview(cause: string): Promise<string> {
  const id = (await ok(p.gatewayUrl, REGISTER, { i: registration({ cause }) }, tokens.officer)).registerCase.id as string;
  for (const to of ['INVESTIGATION', 'NOTIFICATION', 'STATEMENT']) await advance(id, to);
  await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { markCaseMajor(id: $id, version: $v, grounds: [COMPLEX], basis: "涉及多个法律关系") { id } }', { id, v: await versionOf(id) }, tokens.officer);
  await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { submitForLegalReview(id: $id, version: $v) { id } }', { id, v: await versionOf(id) }, tokens.officer);
  return id;
}

describe('法制审核 by the legal reviewer, not by those who handle the case (004 第十六条)', () => {
  const REVIEW = `mutation($id: ID!, $v: Int!) { reviewCase(id: $id, version: $v, outcome: PASSED, opinion: "同意") { ${CASE_FIELDS} } }`;

  it('004 第十六条: a LEGAL_REVIEWER who is one of the case\'s handlers — or was one — is refused, both ways in; the review is not offered to him', async () => {
    const id = await submittedForReview('承办人兼任法制审核人员');
    // 姚建军's officer record, on an account that also holds LEGAL_REVIEWER
    const yaoReviewer = await tokenFor('reviewer', { roles: ['LEGAL_REVIEWER'], officerId: YAO, name: '姚建军（法制审核）' });
    for (const url of bothWays()) {
      const refused = await gql(url, REVIEW, { id, v: await versionOf(id) }, yaoReviewer);
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors![0]!.message).toContain('本案承办人不能审核本案');
    }
    expect((await ok(p.gatewayUrl, READ, { id }, yaoReviewer)).case.availableActions).not.toContain('REVIEW');
    // released from the case, he still handled it: still refused
    const changed = (await ok(p.gatewayUrl, CHANGE_HANDLERS, { id, v: await versionOf(id), i: { handlerIds: [PAN, FOURTH], leadOfficerId: PAN } }, tokens.officer)).changeCaseHandlers;
    expect(changed.handlers.find((h: any) => h.officerId === YAO).releasedAt).toBeTruthy();
    for (const url of bothWays()) expect(codes(await gql(url, REVIEW, { id, v: changed.version }, yaoReviewer))).toEqual(['FORBIDDEN']);
    expect((await ok(p.gatewayUrl, READ, { id }, yaoReviewer)).case.stage).toBe('LEGAL_REVIEW');
    // a reviewer linked to an officer who never handled it reviews it
    const otherReviewer = await tokenFor('reviewer', { roles: ['LEGAL_REVIEWER'], officerId: THIRD, name: `${third.name}（法制审核）` });
    expect((await ok(p.gatewayUrl, READ, { id }, otherReviewer)).case.availableActions).toEqual(['REVIEW']);
    const passed = (await ok(p.gatewayUrl, REVIEW, { id, v: changed.version }, otherReviewer)).reviewCase;
    expect(passed.availableActions).toEqual([]);
    expect((await ok(p.gatewayUrl, READ, { id }, tokens.officer)).case.legalReviews).toEqual([{ round: 1, outcome: 'PASSED', opinion: '同意', reviewerName: `${third.name}（法制审核）` }]);
  });

  it('004 第十六条: the reviewer\'s queue lists the waiting cases oldest submission first — not by registration', async () => {
    const [a, b, c] = [await submittedForReview('待审核甲'), await submittedForReview('待审核乙'), await submittedForReview('待审核丙')];
    // submitted on different days (back-dated: the platform's clock stands still): 丙 first, then 甲, then 乙
    const daysAgo = { [c]: 3, [a]: 2, [b]: 1 };
    for (const [id, days] of Object.entries(daysAgo)) {
      const at = new Date(new Date(TEST_NOW).getTime() - days * 86_400_000);
      await sql(p.databaseUrl, 'update cases.enforcement_case set review_submitted_at = $2 where id = $1', [id, at]);
      await sql(p.databaseUrl, 'update cases.legal_review_round set submitted_at = $2 where case_id = $1 and outcome is null', [id, at]);
    }
    const queue = (await ok(p.gatewayUrl, '{ legalReviewQueue { total items { id reviewSubmittedAt } } }', {}, tokens.reviewer)).legalReviewQueue;
    expect(queue.items.map((x: any) => x.id)).toEqual([c, a, b]);
    expect(queue.total).toBe(3);
    const times = queue.items.map((x: any) => x.reviewSubmittedAt);
    expect([...times].sort()).toEqual(times);
    // paged in the same order; a reviewed case leaves the queue
    expect((await ok(p.gatewayUrl, '{ legalReviewQueue(offset: 1, limit: 1) { items { id } } }', {}, tokens.reviewer)).legalReviewQueue.items).toEqual([{ id: a }]);
    await ok(p.gatewayUrl, REVIEW, { id: c, v: await versionOf(c) }, tokens.reviewer);
    expect((await ok(p.gatewayUrl, '{ legalReviewQueue { items { id } } }', {}, tokens.reviewer)).legalReviewQueue.items.map((x: any) => x.id)).toEqual([a, b]);
  });
});

describe('变更承办人 (001; 003 第4条)', () => {
  let id: string;
  beforeAll(async () => {
    id = (await ok(p.gatewayUrl, REGISTER, { i: registration({ cause: '变更承办人' }) }, tokens.officer)).registerCase.id;
    await advance(id, 'INVESTIGATION');
  });
  /** The current handlers as [officerId, lead], the lead first, the others by id (assigned at one instant, they tie). */
  const handlersOf = (c: any) => c.handlers.filter((h: any) => !h.releasedAt).map((h: any) => [h.officerId, h.lead]).sort((x: any, y: any) => Number(y[1]) - Number(x[1]) || String(x[0]).localeCompare(String(y[0])));
  const current = (...ids: [string, boolean][]) => [...ids].sort((x, y) => Number(y[1]) - Number(x[1]) || x[0].localeCompare(y[0]));

  it('001: the lead hands the lead to another handler and adds an entitled officer; logged; the others take the steps', async () => {
    const v = await versionOf(id);
    const c = (await ok(p.gatewayUrl, CHANGE_HANDLERS, { id, v, i: { handlerIds: [PAN, YAO, FOURTH], leadOfficerId: YAO } }, tokens.officer)).changeCaseHandlers;
    expect(c.version).toBe(v + 1);
    expect(handlersOf(c)).toEqual(current([YAO, true], [PAN, false], [FOURTH, false]));
    expect(c.handlers.find((h: any) => h.officerId === FOURTH).officerName).toBe(fourth.name);
    const log = (await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { changeLog { items { action changes { field before after } } } } }', { id }, tokens.agencyadmin)).case.changeLog.items;
    expect(log[0]).toMatchObject({ action: '变更承办人', changes: [{ field: 'handlers', before: '潘铤（主办）、姚建军', after: `潘铤、姚建军（主办）、${fourth.name}` }] });
    // 潘铤 is no longer the lead: he may still take steps, not change the handlers
    expect(codes(await gql(p.gatewayUrl, CHANGE_HANDLERS, { id, v: c.version, i: { handlerIds: [PAN, YAO], leadOfficerId: PAN } }, tokens.officer))).toEqual(['FORBIDDEN']);
    expect((await ok(p.gatewayUrl, READ, { id }, tokens.officer)).case.availableActions).not.toContain('CHANGE_HANDLERS');
    // the new lead releases 潘铤 and makes the added officer the lead
    const released = (await ok(p.gatewayUrl, CHANGE_HANDLERS, { id, v: c.version, i: { handlerIds: [YAO, FOURTH], leadOfficerId: FOURTH } }, tokens.officer2)).changeCaseHandlers;
    expect(handlersOf(released)).toEqual(current([FOURTH, true], [YAO, false]));
    expect(codes(await gql(p.gatewayUrl, ADVANCE, { id, v: released.version, to: 'NOTIFICATION' }, tokens.officer))).toEqual(['FORBIDDEN']);
    // the agency administrator brings 潘铤 back as the lead: a new assignment, the old one kept released
    const back = (await ok(p.gatewayUrl, CHANGE_HANDLERS, { id, v: released.version, i: { handlerIds: [PAN, YAO], leadOfficerId: PAN } }, tokens.agencyadmin)).changeCaseHandlers;
    expect(handlersOf(back)).toEqual(current([PAN, true], [YAO, false]));
    expect(back.handlers.filter((h: any) => h.officerId === PAN).map((h: any) => !!h.releasedAt).sort()).toEqual([false, true]);
    expect((await advance(id, 'NOTIFICATION')).stage).toBe('NOTIFICATION');
  });

  it('001: fewer than two handlers, a repeated one or a lead who is not among them is BAD_USER_INPUT naming the field; nothing changes', async () => {
    const v = await versionOf(id);
    const fewer = await gql(p.gatewayUrl, CHANGE_HANDLERS, { id, v, i: { handlerIds: [PAN], leadOfficerId: PAN } }, tokens.officer);
    expect(codes(fewer)).toEqual(['BAD_USER_INPUT']);
    expect(fewer.errors![0]!.message).toContain('不得少于两人');
    const repeated = await gql(p.gatewayUrl, CHANGE_HANDLERS, { id, v, i: { handlerIds: [PAN, PAN], leadOfficerId: PAN } }, tokens.officer);
    expect(codes(repeated)).toEqual(['BAD_USER_INPUT']);
    const lead = await gql(p.gatewayUrl, CHANGE_HANDLERS, { id, v, i: { handlerIds: [PAN, YAO], leadOfficerId: FOURTH } }, tokens.officer);
    expect(codes(lead)).toEqual(['BAD_USER_INPUT']);
    expect((lead.errors![0]!.extensions!.problems as any[]).map((x) => x.field)).toEqual(['leadOfficerId']);
    // who: not a handler who is not the lead, not the reviewer, not anonymous; a stale version is refused
    expect(codes(await gql(p.gatewayUrl, CHANGE_HANDLERS, { id, v, i: { handlerIds: [PAN, YAO], leadOfficerId: YAO } }, tokens.officer2))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(p.gatewayUrl, CHANGE_HANDLERS, { id, v, i: { handlerIds: [PAN, YAO], leadOfficerId: PAN } }, tokens.reviewer))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(p.gatewayUrl, CHANGE_HANDLERS, { id, v, i: { handlerIds: [PAN, YAO], leadOfficerId: PAN } }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(p.gatewayUrl, CHANGE_HANDLERS, { id, v: v - 1, i: { handlerIds: [PAN, FOURTH], leadOfficerId: PAN } }, tokens.officer))).toEqual(['CONCURRENT_MODIFICATION']);
    const after = (await ok(p.gatewayUrl, READ.replace('matter { name }', 'matter { name } handlers { officerId lead releasedAt }'), { id }, tokens.officer)).case;
    expect(after.version).toBe(v);
    expect(handlersOf(after)).toEqual(current([PAN, true], [YAO, false]));
  });
});

describe('全程音像记录 of 查封扣押 and 强制拆除 (004 第十五条 second paragraph)', () => {
  it('a case whose decision orders 查封 cannot close until an audio or video record of the execution exists', async () => {
    const matter = (await ok(p.gatewayUrl, 'mutation($i: CreateMatterInput!) { createMatter(input: $i) { id } }', {
      i: { agencyId, name: '对违法用能设施的查封', category: 'COERCION', field: '机关事务管理', legalBasis: '《中华人民共和国行政强制法》第九条' },
    }, tokens.agencyadmin)).createMatter;
    const id = (await ok(p.gatewayUrl, REGISTER, { i: registration({ matterId: matter.id, cause: '违法用能设施查封' }) }, tokens.officer)).registerCase.id;
    for (const to of ['INVESTIGATION', 'NOTIFICATION', 'STATEMENT']) await advance(id, to);
    const step = async (m: string, args: string, vars: Record<string, unknown>) =>
      (await ok(p.gatewayUrl, `mutation($id: ID!, $v: Int!${args}) { ${m}(id: $id, version: $v${Object.keys(vars).map((k) => `, ${k}: $${k}`).join('')}) { ${CASE_FIELDS} } }`, { id, v: await versionOf(id), ...vars }, tokens.officer))[m];
    await step('decideCase', ', $input: DecisionInput!', { input: { kinds: ['SEIZURE'], content: '查封违法用能设施，期限三十日。', decidedOn: TEST_TODAY } });
    await step('serveDecision', ', $servedOn: String!', { servedOn: TEST_TODAY });
    await step('recordExecution', ', $executedOn: String!', { executedOn: TEST_TODAY });
    const CLOSE = `mutation($id: ID!, $v: Int!) { closeCase(id: $id, version: $v) { ${CASE_FIELDS} } }`;
    const refused = await gql(p.gatewayUrl, CLOSE, { id, v: await versionOf(id) }, tokens.officer);
    expect(codes(refused)).toEqual(['AUDIOVISUAL_RECORD_REQUIRED']);
    const video = Buffer.from('a short video of the seizure, as bytes');
    const res = await fetch(`${p.baseUrl}/files`, { method: 'POST', headers: { authorization: `Bearer ${tokens.officer}`, 'content-type': 'video/mp4', 'x-file-name': encodeURIComponent('查封现场.mp4') }, body: new Uint8Array(video) });
    const file = (await res.json()) as { sha256: string };
    await ok(p.gatewayUrl, 'mutation($c: ID!, $i: RecordEntryInput!) { addRecordEntry(caseId: $c, input: $i) { seq } }', {
      c: id, i: { kind: 'VIDEO', description: '查封现场全程录像', fileSha256: file.sha256, fileName: '查封现场.mp4', mediaType: 'video/mp4' },
    }, tokens.officer);
    expect((await ok(p.gatewayUrl, CLOSE, { id, v: await versionOf(id) }, tokens.officer)).closeCase.stage).toBe('CLOSED');
  });
});

describe('entitlement checked live (003 第4条; 004 第十一条)', () => {
  const SUSPEND = 'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { status } }';
  const certificateOf = async (officerId: string) =>
    (await ok(p.gatewayUrl, 'query($id: ID!) { officer(id: $id) { certificate { id version } } }', { id: officerId }, tokens.certadmin)).officer.certificate;

  it('003 第4条 (暂扣3个月): an officer whose suspension has ended can be a handler again and records steps again, both ways in', async () => {
    const cert = await certificateOf(THIRD);
    // a suspension that started 130 days (more than 3 months) before the platform's today: by the policy it has ended
    const startsOn = testDate({ days: -130 });
    const preview = (await ok(p.gatewayUrl, 'query($id: ID!, $s: String!) { suspensionPreview(id: $id, startsOn: $s) { endsOn months } }', { id: cert.id, s: startsOn }, tokens.certadmin)).suspensionPreview;
    expect(preview.months).toBe(3);
    expect(preview.endsOn < TEST_TODAY).toBe(true);
    const ended = await gql(p.gatewayUrl, SUSPEND, { id: cert.id, v: cert.version, i: { ground: 'LENT', reason: '将证件交由他人使用', startsOn } }, tokens.certadmin);
    expect(ended.errors).toBeUndefined();
    expect((await ok(p.gatewayUrl, 'query($id: ID!) { officer(id: $id) { certificate { status activeSuspension { id } } } }', { id: THIRD }, tokens.certadmin)).officer.certificate).toEqual({ status: 'VALID', activeSuspension: null });
    const c = (await ok(p.gatewayUrl, REGISTER, { i: registration({ handlerIds: [PAN, THIRD] }) }, tokens.officer)).registerCase;
    expect(c.handlers.map((h: any) => h.officerName)).toEqual(['潘铤', third.name]);
    // his own account (linked to his officer record) takes a step and records it, through the gateway and directly
    const thirdOfficer = await tokenFor('officer', { roles: ['OFFICER'], officerId: THIRD, name: third.name });
    const [gateway, direct] = bothWays();
    expect((await ok(gateway!, ADVANCE, { id: c.id, v: c.version, to: 'INVESTIGATION' }, thirdOfficer)).advanceCase.stage).toBe('INVESTIGATION');
    expect((await ok(direct!, ADVANCE, { id: c.id, v: await versionOf(c.id), to: 'NOTIFICATION' }, thirdOfficer)).advanceCase.stage).toBe('NOTIFICATION');
    for (const url of bothWays()) {
      expect((await ok(url, ADD_ENTRY, { c: c.id, i: { kind: 'TEXT', description: '送达行政处罚事先告知书' } }, thirdOfficer)).addRecordEntry.actorName).toBe(third.name);
    }
    const moved = (await ok(p.gatewayUrl, READ, { id: c.id }, tokens.officer)).case.transitions.map((t: any) => [t.toStage, t.actorName]);
    expect(moved).toEqual([['REGISTERED', '潘铤'], ['INVESTIGATION', third.name], ['NOTIFICATION', third.name]]);
  });

  it('an officer suspended today can neither be added nor record a step today', async () => {
    const id = (await ok(p.gatewayUrl, REGISTER, { i: registration({ cause: '暂扣前立案' }) }, tokens.officer)).registerCase.id;
    const cert = await certificateOf(YAO);
    await ok(p.gatewayUrl, SUSPEND, { id: cert.id, v: cert.version, i: { ground: 'OUTSIDE_FIELD', reason: '超出执法领域执法' } }, tokens.certadmin);
    const added = await gql(p.gatewayUrl, REGISTER, { i: registration() }, tokens.officer);
    expect(codes(added)).toEqual(['CERTIFICATE_SUSPENDED']);
    expect(added.errors![0]!.message).toContain('姚建军');
    const step = await gql(p.gatewayUrl, ADVANCE, { id, v: await versionOf(id), to: 'INVESTIGATION' }, tokens.officer2);
    expect(codes(step)).toEqual(['CERTIFICATE_SUSPENDED']);
    // …and nothing changed.
    expect((await ok(p.gatewayUrl, READ, { id }, tokens.officer)).case.stage).toBe('REGISTERED');
    // Straight at the cases subgraph the same.
    const direct = await gql(`${p.subgraphUrls.cases}/graphql`, ADVANCE, { id, v: await versionOf(id), to: 'INVESTIGATION' }, tokens.officer2);
    expect(codes(direct)).toEqual(['CERTIFICATE_SUSPENDED']);
    // Nor may he add to the record (004 第十五条 entries are steps of the case too), either way in.
    for (const url of bothWays()) {
      const entry = await gql(url, ADD_ENTRY, { c: id, i: { kind: 'TEXT', description: '暂扣期间的记录' } }, tokens.officer2);
      expect(codes(entry)).toEqual(['CERTIFICATE_SUSPENDED']);
      expect(entry.errors![0]!.message).toContain('姚建军');
    }
    expect(await sql(p.databaseUrl, 'select 1 from cases.case_record_entry where case_id = $1', [id])).toHaveLength(0);
    // Registered straight at the cases subgraph: refused alike.
    expect(codes(await gql(`${p.subgraphUrls.cases}/graphql`, REGISTER, { i: registration() }, tokens.officer))).toEqual(['CERTIFICATE_SUSPENDED']);
    // His colleague, not suspended, may take the step.
    expect((await advance(id, 'INVESTIGATION')).stage).toBe('INVESTIGATION');
  });

  it('003 第4条: an officer suspended today cannot be added through changeCaseHandlers, either way in; nothing changes', async () => {
    const c = (await ok(p.gatewayUrl, REGISTER, { i: registration({ handlerIds: [PAN, THIRD], cause: '暂扣后变更承办人' }) }, tokens.officer)).registerCase;
    for (const url of bothWays()) {
      const refused = await gql(url, CHANGE_HANDLERS, { id: c.id, v: c.version, i: { handlerIds: [PAN, THIRD, YAO], leadOfficerId: PAN } }, tokens.officer);
      expect(codes(refused)).toEqual(['CERTIFICATE_SUSPENDED']);
      expect(refused.errors![0]!.message).toContain('姚建军');
    }
    // the agency administrator is refused alike: the rule is about the officer, not who adds him
    expect(codes(await gql(p.gatewayUrl, CHANGE_HANDLERS, { id: c.id, v: c.version, i: { handlerIds: [YAO, THIRD], leadOfficerId: YAO } }, tokens.agencyadmin))).toEqual(['CERTIFICATE_SUSPENDED']);
    const rows = await sql(p.databaseUrl, 'select officer_id, released_at from cases.case_handler where case_id = $1 order by officer_id', [c.id]);
    expect(rows).toEqual([PAN, THIRD].sort().map((o) => ({ officer_id: o, released_at: null })));
    expect(await versionOf(c.id)).toBe(c.version);
  });

  it('personnel stopped: the step is refused with DEPENDENCY_UNAVAILABLE, nothing changes (fail closed)', async () => {
    const id = (await ok(p.gatewayUrl, REGISTER, { i: registration({ handlerIds: [PAN, THIRD], cause: '人员子图停止前' }) }, tokens.officer)).registerCase.id;
    const v = await versionOf(id);
    const before = await sql(p.databaseUrl, 'select count(*)::int n from cases.enforcement_case');
    await p.stopSubgraph('personnel');
    const step = await gql(p.gatewayUrl, ADVANCE, { id, v, to: 'INVESTIGATION' }, tokens.officer);
    expect(codes(step)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect(codes(await gql(p.gatewayUrl, REGISTER, { i: registration({ handlerIds: [PAN, THIRD] }) }, tokens.officer))).toEqual(['DEPENDENCY_UNAVAILABLE']);
    const rows = await sql(p.databaseUrl, 'select stage, version from cases.enforcement_case where id = $1', [id]);
    expect(rows[0]).toEqual({ stage: 'REGISTERED', version: v });
    expect(await sql(p.databaseUrl, 'select count(*)::int n from cases.enforcement_case')).toEqual(before);
  });
});
