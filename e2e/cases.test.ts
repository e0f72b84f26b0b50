/**
 * Cases through the real gateway, every subgraph in its own process (DESIGN "Cases"): registration with gapless
 * numbers, the stages in order, legal review of a major case, the decision and what follows — and the live
 * entitlement check against personnel, failing closed when personnel is down (the last test stops it).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { TEST_TODAY, TEST_YEAR, testDate } from './support/subgraph.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
const PAN = seedIds.officer('31000036001');
const YAO = seedIds.officer('31000036008');
const third = seed.officers[2]!;
const THIRD = seedIds.officer(third.certificateNumber);
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

  it('an officer whose suspension has ended can be a handler again', async () => {
    const cert = await certificateOf(THIRD);
    const ended = await gql(p.gatewayUrl, SUSPEND, { id: cert.id, v: cert.version, i: { ground: 'LENT', reason: '将证件交由他人使用', startsOn: testDate({ days: -150 }) } }, tokens.certadmin);
    expect(ended.errors).toBeUndefined();
    const c = (await ok(p.gatewayUrl, REGISTER, { i: registration({ handlerIds: [PAN, THIRD] }) }, tokens.officer)).registerCase;
    expect(c.handlers.map((h: any) => h.officerName)).toEqual(['潘铤', third.name]);
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
    // His colleague, not suspended, may take the step.
    expect((await advance(id, 'INVESTIGATION')).stage).toBe('INVESTIGATION');
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
