import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addWorkingDays, agencyProjectionHandlers, ANONYMOUS, eventEnvelope, handleOnce, newId, type EventType } from '@jiandu/kit';
import { startSubgraphForTest, testDate, TEST_TODAY, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createCasesOrm, SCHEMA } from '../src/orm.js';
import { buildCasesSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { CaseHandler, CaseParty, EnforcementCase } from '../src/cases/case.entity.js';
import { CaseStage, DecisionKind, PartyKind } from '../src/cases/case.enums.js';
import { EnforcementMatter, MatterCategory } from '../src/matters/matter.entity.js';
import { onDecided } from '../src/publicity/publicity.service.js';
import { DEFAULT_FILING_POLICY, filingDue, publicationDue, REDACTION_PLACEHOLDER, SEED_000_FILING_POLICY } from '../src/publicity/publicity.rules.js';

// The tree as cases' projection knows it: ROOT → AGENCY → CHILD; OTHER beside.
const ROOT = '71000000-0000-4000-8000-000000000001';
const AGENCY = '71000000-0000-4000-8000-000000000002';
const CHILD = '71000000-0000-4000-8000-000000000003';
const OTHER = '71000000-0000-4000-8000-000000000004';
const HANDLER = '71000000-0000-4000-8000-0000000000a1';
const STRANGER = '71000000-0000-4000-8000-0000000000a2';
const facts = (id: string, parentId: string | null, path: string, name: string) => ({ id, parentId, path, name, published: true, confirmed: true });
const AGENCY_PATH = `/${ROOT}/${AGENCY}/`;

const CONTENT = '当事人张三丰，公民身份号码650102198001011234，住乌鲁木齐市天山区解放南路88号3单元201室，联系电话13899887766。经查，当事人未按规定报送能源利用状况报告，决定给予警告并处罚款人民币10000元。';

let s: SubgraphUnderTest;
let handler: string; // OFFICER at AGENCY, a handler of the cases
let stranger: string; // OFFICER at AGENCY, handler of none
let admin: string; // AGENCY_ADMIN at ROOT (AGENCY is in his subtree)
let otherAdmin: string; // AGENCY_ADMIN at OTHER
let supervisor: string; // SUPERVISOR at ROOT
let certAdmin: string;
let matterId = '';
let seq = 0;

const feed = (type: EventType, payload: unknown) =>
  handleOnce(s.orm, SCHEMA, eventEnvelope('personnel', type, s.clock.now(), payload), agencyProjectionHandlers(SCHEMA)[type]!);

/** A case of AGENCY at `stage`, decided on `decidedOn` unless still before the decision; onDecided run as decideCase runs it. */
async function decidedCase(o: { decidedOn?: string | null; category?: MatterCategory; major?: boolean; stage?: CaseStage; agencyId?: string } = {}) {
  const em = s.orm.em.fork();
  const now = s.clock.now();
  const stage = o.stage ?? CaseStage.DECISION;
  const decidedOn = o.decidedOn === undefined ? TEST_TODAY : o.decidedOn;
  seq++;
  const c = em.create(EnforcementCase, {
    id: newId(), number: `〔${TEST_TODAY.slice(0, 4)}〕${String(seq).padStart(4, '0')}号`, year: Number(TEST_TODAY.slice(0, 4)), seq, agencyId: o.agencyId ?? AGENCY, matterId,
    category: o.category ?? MatterCategory.PUNISHMENT, field: '机关事务管理', cause: '未报送能源利用状况报告', registeredOn: testDate({ days: -60 }), registeredAt: now,
    stage, stageEnteredAt: now, major: o.major ?? false, decisionKinds: decidedOn ? [DecisionKind.WARNING, DecisionKind.FINE] : [], decisionContent: decidedOn ? CONTENT : null,
    fineYuan: decidedOn ? 10000 : null, decidedOn, decidedAt: decidedOn ? now : null,
  });
  await em.flush(); // the case row first: its parties and handlers refer to it
  em.create(CaseParty, { id: newId(), caseId: c.id, seq: 1, kind: PartyKind.PERSON, name: '张三丰', idNumber: '650102198001011234', address: '乌鲁木齐市天山区解放南路88号3单元201室', phone: '13899887766' });
  em.create(CaseHandler, { id: newId(), caseId: c.id, officerId: HANDLER, officerName: '潘铤', certificateNumber: '31000036001', lead: true, assignedAt: now });
  await em.flush();
  if (decidedOn) await em.transactional((tx) => onDecided(tx, ANONYMOUS, c, now));
  return c;
}

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'cases-publicity', createOrm: createCasesOrm, schemaName: SCHEMA, buildSchema: buildCasesSchema, createLoaders });
  await feed('agency.snapshot', {
    rev: 1,
    agencies: [
      facts(ROOT, null, `/${ROOT}/`, '自治区司法厅'),
      facts(AGENCY, ROOT, AGENCY_PATH, '自治区机关事务管理局'),
      facts(CHILD, AGENCY, `${AGENCY_PATH}${CHILD}/`, '直属分局'),
      facts(OTHER, null, `/${OTHER}/`, '他处'),
    ],
  });
  const em = s.orm.em.fork();
  matterId = newId();
  em.create(EnforcementMatter, { id: matterId, name: '对公共机构未报送能源利用状况报告的处罚', category: MatterCategory.PUNISHMENT, agencyId: AGENCY, legalBasis: '《公共机构节能条例》第三十八条', createdAt: s.clock.now() });
  await em.flush();
  handler = await s.token(['OFFICER'], { agencyId: AGENCY, agencyPath: AGENCY_PATH, officerId: HANDLER, name: '潘铤' });
  stranger = await s.token(['OFFICER'], { agencyId: AGENCY, agencyPath: AGENCY_PATH, officerId: STRANGER });
  admin = await s.token(['AGENCY_ADMIN'], { agencyId: ROOT, agencyPath: `/${ROOT}/`, name: '厅管理员' });
  otherAdmin = await s.token(['AGENCY_ADMIN'], { agencyId: OTHER, agencyPath: `/${OTHER}/` });
  supervisor = await s.token(['SUPERVISOR'], { agencyId: ROOT, agencyPath: `/${ROOT}/`, name: '监督员' });
  certAdmin = await s.token(['CERT_ADMIN'], { agencyId: ROOT, agencyPath: `/${ROOT}/` });
});
afterAll(() => s?.stop());

const POLICY = 'query($a: ID!) { filingPolicy(agencyId: $a) { agencyId value unit sourceText rule setAt isDefault version } }';
const SET_POLICY = 'mutation($a: ID!, $v: Int, $i: FilingPolicyInput) { setFilingPolicy(agencyId: $a, version: $v, input: $i) { value unit sourceText setAt isDefault version } }';
const PUBLICATIONS = 'query($f: PublicationFilter) { publications(filter: $f) { total items { id caseId status dueOn dueState late rule provisional version publishedText } } }';
const PREVIEW = 'query($c: ID!, $t: String) { previewPublication(caseId: $c, text: $t) { text redactions { kind original start end replacement } } }';
const PUBLISH = 'mutation($c: ID!, $v: Int!, $t: String) { publishDecision(caseId: $c, version: $v, text: $t) { id status publishedText publishedOn publishedBy editedByClerk dueState late version caseNumber agencyName matterName redactions { kind } } }';
const WITHDRAW = 'mutation($c: ID!, $v: Int!, $r: String!, $b: String) { withdrawPublication(caseId: $c, version: $v, reason: $r, basis: $b) { status withdrawnReason withdrawnBasis withdrawnBy version } }';
const PUBLIC_LIST = 'query($f: PublishedDecisionFilter) { publishedDecisions(filter: $f) { total items { id agencyId agencyName caseNumber matterName category decisionKinds decidedOn publishedOn text } } }';
const PUBLIC_ONE = 'query($id: ID!) { publishedDecision(id: $id) { id text } }';
const FILINGS = 'query($f: FilingFilter) { filings(filter: $f) { total items { id caseId dueOn rule periodSource recipient filedOn dueState late version } } }';
const CASE_FIELDS = 'query($id: ID!) { case(id: $id) { publication { status dueState } filing { dueOn filedOn } } }';
const RECORD_FILING = 'mutation($c: ID!, $v: Int!, $d: String!) { recordFiling(caseId: $c, version: $v, filedOn: $d) { filedOn filedBy dueState late version } }';

const publicationOf = async (caseId: string, token = handler) => (await ok(s.url, PUBLICATIONS, { f: {} }, token)).publications.items.find((p: any) => p.caseId === caseId);
const filingOf = async (caseId: string, token = handler) => (await ok(s.url, FILINGS, { f: {} }, token)).filings.items.find((p: any) => p.caseId === caseId);

describe('备案期限 per agency (004 第十九条; 000 二（九）; DESIGN "Rules are data")', () => {
  it('004 第十九条: an agency without a setting files within 15 days, with the source', async () => {
    expect((await ok(s.url, POLICY, { a: AGENCY }, handler)).filingPolicy).toEqual({
      agencyId: AGENCY, value: 15, unit: 'NATURAL_DAYS', sourceText: DEFAULT_FILING_POLICY.sourceText, rule: `备案期限 15日（${DEFAULT_FILING_POLICY.sourceText}）`, setAt: null, isDefault: true, version: null,
    });
  });

  it('000 二（九）: an agency administrator of the subtree sets 7 working days; the subtree below inherits it; logged', async () => {
    const d = await ok(s.url, SET_POLICY, { a: AGENCY, v: null, i: SEED_000_FILING_POLICY }, admin);
    expect(d.setFilingPolicy).toEqual({ ...SEED_000_FILING_POLICY, setAt: AGENCY, isDefault: false, version: 1 });
    expect((await ok(s.url, POLICY, { a: CHILD }, admin)).filingPolicy).toMatchObject({ value: 7, unit: 'WORKING_DAYS', setAt: AGENCY, version: null });
    const log = await s.orm.em.fork().getConnection().execute(`select action, changes from "${SCHEMA}".change_log where entity = 'FilingPolicy' and entity_id = ?`, [AGENCY]);
    expect(log).toEqual([expect.objectContaining({ action: '新建' })]);
  });

  it('who and how: other staff FORBIDDEN, outside the scope NOT_FOUND to read, a stale version or a bad value refused and nothing changed', async () => {
    expect(codes(await gql(s.url, SET_POLICY, { a: AGENCY, v: 1, i: DEFAULT_FILING_POLICY }, handler))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, SET_POLICY, { a: AGENCY, v: 1, i: DEFAULT_FILING_POLICY }, otherAdmin))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, SET_POLICY, { a: AGENCY, v: 1, i: DEFAULT_FILING_POLICY }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(s.url, POLICY, { a: AGENCY }, otherAdmin))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, SET_POLICY, { a: AGENCY, v: null, i: DEFAULT_FILING_POLICY }, certAdmin))).toEqual(['CONCURRENT_MODIFICATION']);
    expect(codes(await gql(s.url, SET_POLICY, { a: AGENCY, v: 7, i: DEFAULT_FILING_POLICY }, certAdmin))).toEqual(['CONCURRENT_MODIFICATION']);
    const bad = await gql(s.url, SET_POLICY, { a: AGENCY, v: 1, i: { value: 0, unit: 'WORKING_DAYS', sourceText: '' } }, certAdmin);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.field).toBe('value');
    expect((await ok(s.url, POLICY, { a: AGENCY }, admin)).filingPolicy).toMatchObject({ value: 7, version: 1 });
  });
});

describe('公示 and 备案 records are created with the decision (002 （二）3; 004 第十九条)', () => {
  it('002 （二）3: a 处罚 decision gets a publication due in 7 working days, with its rule; a non-major case no filing', async () => {
    const c = await decidedCase();
    const p = await publicationOf(c.id);
    const due = publicationDue(TEST_TODAY, MatterCategory.PUNISHMENT);
    expect(p).toMatchObject({ status: 'PENDING', dueOn: due.due, provisional: due.provisional, rule: due.rule, dueState: 'OK', late: false, version: 1 });
    expect(await filingOf(c.id)).toBeUndefined();
  });

  it('002 （二）3: any other decision (e.g. 行政检查) within 20 working days', async () => {
    const c = await decidedCase({ category: MatterCategory.INSPECTION });
    expect((await publicationOf(c.id)).dueOn).toBe(publicationDue(TEST_TODAY, MatterCategory.INSPECTION).due);
  });

  it('004 第十九条, 000 二（九）: a major decision gets a filing under the agency\'s period then; changing the period later does not move it', async () => {
    const c = await decidedCase({ major: true });
    const f = await filingOf(c.id);
    const due = filingDue(TEST_TODAY, SEED_000_FILING_POLICY);
    expect(f).toMatchObject({ dueOn: due.due, rule: due.rule, periodSource: '本单位设置', recipient: '本级司法行政机关和上一级行政执法主管部门', filedOn: null, dueState: 'OK' });
    await ok(s.url, SET_POLICY, { a: AGENCY, v: 1, i: { value: 30, unit: 'NATURAL_DAYS', sourceText: '试行规定第五条' } }, certAdmin);
    expect((await filingOf(c.id)).dueOn).toBe(due.due);
    // the next major decision takes the new period; the default returns once the setting is removed
    const c2 = await decidedCase({ major: true });
    expect((await filingOf(c2.id)).rule).toContain('试行规定第五条');
    expect((await ok(s.url, SET_POLICY, { a: AGENCY, v: 2, i: null }, certAdmin)).setFilingPolicy).toMatchObject({ isDefault: true, value: 15 });
    await ok(s.url, SET_POLICY, { a: AGENCY, v: null, i: SEED_000_FILING_POLICY }, certAdmin);
  });

  it('EnforcementCase.publication and .filing: the case shows its records, batched for a list of cases', async () => {
    const major = await decidedCase({ major: true });
    const d = (await ok(s.url, CASE_FIELDS, { id: major.id }, handler)).case;
    expect(d.publication).toMatchObject({ status: 'PENDING', dueState: 'OK' });
    expect(d.filing).toMatchObject({ dueOn: filingDue(TEST_TODAY, SEED_000_FILING_POLICY).due, filedOn: null });
    const list = await ok(s.url, '{ cases(limit: 100) { items { id publication { id } filing { id } } } }', {}, admin);
    expect(list.cases.items.find((x: any) => x.id === major.id)).toMatchObject({ publication: { id: expect.any(String) }, filing: { id: expect.any(String) } });
  });

  it('the SQL statements of a page of cases with their publication and filing do not grow with the number of cases (DataLoader)', async () => {
    const statements = async () => ((await (await fetch(s.url.replace(/\/graphql$/, '/metrics'))).json()) as { sqlStatements: number }).sqlStatements;
    const measure = async () => {
      const before = await statements();
      const d = await ok(s.url, '{ cases(limit: 100) { items { id publication { id dueState } filing { id dueState } } } }', {}, admin);
      return { statements: (await statements()) - before, cases: d.cases.items.length };
    };
    await measure();
    const small = await measure();
    for (let i = 0; i < 4; i++) await decidedCase({ major: true });
    const large = await measure();
    expect(large.cases).toBe(small.cases + 4);
    expect(large.statements).toBe(small.statements);
  });

  it('calling onDecided again changes nothing (the records and their deadlines stay)', async () => {
    const c = await decidedCase({ major: true });
    const before = await publicationOf(c.id);
    await s.orm.em.fork().transactional((tx) => onDecided(tx, ANONYMOUS, c, s.clock.now()));
    expect(await publicationOf(c.id)).toEqual(before);
    const n = await s.orm.em.fork().getConnection().execute(`select count(*)::int as n from "${SCHEMA}".case_filing where case_id = ?`, [c.id]);
    expect(n[0]!.n).toBe(1);
  });
});

describe('公示: preview, publish, the public list, withdraw (002 （二）3 事后公开; 004 第十四条)', () => {
  let c: EnforcementCase;
  let publicationId = '';

  beforeAll(async () => {
    c = await decidedCase({ stage: CaseStage.SERVICE });
  });

  it('004 第十四条: the clerk previews the text with the ID number, address and phone taken out and the marks shown masked', async () => {
    const d = (await ok(s.url, PREVIEW, { c: c.id }, handler)).previewPublication;
    expect(d.text).not.toMatch(/650102198001011234|解放南路|13899887766|张三丰/);
    expect(d.text).toContain(REDACTION_PLACEHOLDER.ID_NUMBER);
    expect(d.redactions.map((r: any) => r.kind).sort()).toEqual(['ADDRESS', 'ID_NUMBER', 'PERSON_NAME', 'PHONE']);
    expect(d.redactions.find((r: any) => r.kind === 'ID_NUMBER').original).toBe('6501**********1234');
    for (const r of d.redactions) expect(d.text.slice(r.start, r.end)).toBe(r.replacement);
  });

  it('who previews: the case\'s handler and agency administrators of its subtree; another officer FORBIDDEN, outside NOT_FOUND, anonymous UNAUTHENTICATED', async () => {
    expect((await ok(s.url, PREVIEW, { c: c.id }, admin)).previewPublication.text).toBeTruthy();
    expect(codes(await gql(s.url, PREVIEW, { c: c.id }, stranger))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, PREVIEW, { c: c.id }, otherAdmin))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, PREVIEW, { c: c.id }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(s.url, PREVIEW, { c: 'x' }, handler))).toEqual(['BAD_USER_INPUT']);
  });

  it('publication follows the decision: a case not yet decided cannot be previewed or published', async () => {
    const early = await decidedCase({ decidedOn: null, stage: CaseStage.LEGAL_REVIEW });
    expect(codes(await gql(s.url, PREVIEW, { c: early.id }, handler))).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes(await gql(s.url, PUBLISH, { c: early.id, v: 1 }, handler))).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes(await gql(s.url, RECORD_FILING, { c: early.id, v: 1, d: TEST_TODAY }, handler))).toEqual(['ILLEGAL_TRANSITION']);
    expect((await ok(s.url, CASE_FIELDS, { id: early.id }, handler)).case).toEqual({ publication: null, filing: null });
  });

  it('a stale version is refused; the clerk\'s edited text is redacted again, so an ID number cannot slip through', async () => {
    expect(codes(await gql(s.url, PUBLISH, { c: c.id, v: 9 }, handler))).toEqual(['CONCURRENT_MODIFICATION']);
    expect(codes(await gql(s.url, PUBLISH, { c: c.id, v: 1, t: '  ' }, handler))).toEqual(['BAD_USER_INPUT']);
    const text = '当事人张某（身份证号650102198001011234，电话0991-2381341）未按规定报送能源利用状况报告，决定给予警告并处罚款人民币10000元。';
    const d = (await ok(s.url, PUBLISH, { c: c.id, v: 1, t: text }, handler)).publishDecision;
    expect(d).toMatchObject({ status: 'PUBLISHED', publishedOn: TEST_TODAY, publishedBy: '潘铤', editedByClerk: true, dueState: 'DONE', late: false, version: 2, agencyName: '自治区机关事务管理局', matterName: '对公共机构未报送能源利用状况报告的处罚' });
    expect(d.publishedText).toBe(`当事人张某（身份证号${REDACTION_PLACEHOLDER.ID_NUMBER}，电话${REDACTION_PLACEHOLDER.PHONE}）未按规定报送能源利用状况报告，决定给予警告并处罚款人民币10000元。`);
    publicationId = d.id;
    const again = await gql(s.url, PUBLISH, { c: c.id, v: 2 }, handler);
    expect(codes(again)).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('002 （二）3: anonymous users list and read the published decision, redacted, with public fields only', async () => {
    const d = (await ok(s.url, PUBLIC_LIST, { f: { agencyId: AGENCY } })).publishedDecisions;
    const item = d.items.find((x: any) => x.id === publicationId);
    expect(item).toEqual({
      id: publicationId, agencyId: AGENCY, agencyName: '自治区机关事务管理局', caseNumber: c.number, matterName: '对公共机构未报送能源利用状况报告的处罚', category: 'PUNISHMENT',
      decisionKinds: ['WARNING', 'FINE'], decidedOn: TEST_TODAY, publishedOn: TEST_TODAY, text: expect.not.stringContaining('650102198001011234'),
    });
    expect((await ok(s.url, PUBLIC_ONE, { id: publicationId })).publishedDecision.id).toBe(publicationId);
    expect((await ok(s.url, PUBLIC_LIST, { f: { search: '能源利用', category: 'PUNISHMENT' } })).publishedDecisions.total).toBe(1);
    expect((await ok(s.url, PUBLIC_LIST, { f: { category: 'LICENSING' } })).publishedDecisions.total).toBe(0);
    // pending ones are not public
    expect(d.total).toBe(1);
    // PublishedDecision exposes no case id, handler or party
    const fields = await ok(s.url, '{ __type(name: "PublishedDecision") { fields { name } } }');
    expect(fields.__type.fields.map((f: any) => f.name).sort()).toEqual(['agencyId', 'agencyName', 'caseNumber', 'category', 'decidedOn', 'decisionKinds', 'id', 'matterName', 'publishedOn', 'text']);
  });

  it('002 （二）3 事后公开（三）: a withdrawn decision leaves the public list and reads as null; the staff keep it, flagged', async () => {
    expect(codes(await gql(s.url, WITHDRAW, { c: c.id, v: 2, r: '撤' }, supervisor))).toEqual(['BAD_USER_INPUT']);
    // a basis (监督决定书, 复议决定书, 判决书) is required
    expect(codes(await gql(s.url, WITHDRAW, { c: c.id, v: 2, r: '决定被依法撤销' }, supervisor))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, WITHDRAW, { c: c.id, v: 2, r: '被依法撤销', b: '昌司监决〔2026〕1号' }, stranger))).toEqual(['FORBIDDEN']);
    // not the handler who made the decision (002 事后公开（三）: withdrawn on revocation or illegality)
    expect(codes(await gql(s.url, WITHDRAW, { c: c.id, v: 2, r: '被依法撤销', b: '昌司监决〔2026〕1号' }, handler))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, WITHDRAW, { c: c.id, v: 2, r: '被依法撤销', b: '昌司监决〔2026〕1号' }, otherAdmin))).toEqual(['NOT_FOUND']);
    const d = (await ok(s.url, WITHDRAW, { c: c.id, v: 2, r: '决定被依法撤销', b: '昌司监决〔2026〕1号' }, supervisor)).withdrawPublication;
    expect(d).toEqual({ status: 'WITHDRAWN', withdrawnReason: '决定被依法撤销', withdrawnBasis: '昌司监决〔2026〕1号', withdrawnBy: '监督员', version: 3 });
    expect((await ok(s.url, PUBLIC_LIST, {})).publishedDecisions.items.map((x: any) => x.id)).not.toContain(publicationId);
    expect((await ok(s.url, PUBLIC_ONE, { id: publicationId })).publishedDecision).toBeNull();
    expect((await publicationOf(c.id)).status).toBe('WITHDRAWN');
    expect(codes(await gql(s.url, WITHDRAW, { c: c.id, v: 3, r: '决定被依法撤销', b: '昌司监决〔2026〕1号' }, supervisor))).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes(await gql(s.url, PUBLISH, { c: c.id, v: 3 }, handler))).toEqual(['ILLEGAL_TRANSITION']);
  });
});

describe('overdue and due-soon lists (DESIGN "Statutory time")', () => {
  it('publications filtered by due state on today\'s date; staff outside the scope see none', async () => {
    const late = await decidedCase({ decidedOn: testDate({ days: -40 }) });
    const soon = await decidedCase({ decidedOn: testDate({ days: -10 }) });
    const soonDue = (await publicationOf(soon.id)).dueOn as string;
    const overdue = (await ok(s.url, PUBLICATIONS, { f: { dueState: 'OVERDUE' } }, handler)).publications.items;
    expect(overdue.map((p: any) => p.caseId)).toContain(late.id);
    expect(overdue.every((p: any) => p.dueState === 'OVERDUE' && p.late)).toBe(true);
    for (const state of ['OK', 'DUE_SOON', 'OVERDUE', 'DONE']) {
      const items = (await ok(s.url, PUBLICATIONS, { f: { dueState: state } }, handler)).publications.items;
      expect(items.every((p: any) => p.dueState === state)).toBe(true);
    }
    // the case decided 10 days ago: its state agrees with the calendar whatever today is
    const expected = soonDue < TEST_TODAY ? 'OVERDUE' : soonDue <= addWorkingDays(TEST_TODAY, 2) ? 'DUE_SOON' : 'OK';
    expect((await publicationOf(soon.id)).dueState).toBe(expected);
    expect((await ok(s.url, PUBLICATIONS, { f: { search: late.number } }, handler)).publications.items.map((x: any) => x.caseId)).toEqual([late.id]);
    expect(codes(await gql(s.url, PUBLICATIONS, { f: { ids: ['x'] } }, handler))).toEqual(['BAD_USER_INPUT']);
    expect((await ok(s.url, PUBLICATIONS, { f: {} }, otherAdmin)).publications.total).toBe(0);
    expect(codes(await gql(s.url, PUBLICATIONS, { f: {} }))).toEqual(['UNAUTHENTICATED']);
  });

  it('004 第十九条: recording a filing — not before the decision, not in the future; late when after the due date', async () => {
    const c = await decidedCase({ major: true, decidedOn: testDate({ days: -40 }), stage: CaseStage.EXECUTION });
    const f = await filingOf(c.id);
    expect(f).toMatchObject({ dueState: 'OVERDUE', late: true });
    expect(codes(await gql(s.url, RECORD_FILING, { c: c.id, v: 1, d: testDate({ days: -41 }) }, handler))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, RECORD_FILING, { c: c.id, v: 1, d: testDate({ days: 1 }) }, handler))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, RECORD_FILING, { c: c.id, v: 1, d: TEST_TODAY }, stranger))).toEqual(['FORBIDDEN']);
    const d = (await ok(s.url, RECORD_FILING, { c: c.id, v: 1, d: TEST_TODAY }, handler)).recordFiling;
    expect(d).toEqual({ filedOn: TEST_TODAY, filedBy: '潘铤', dueState: 'DONE', late: true, version: 2 });
    expect(codes(await gql(s.url, RECORD_FILING, { c: c.id, v: 2, d: TEST_TODAY }, handler))).toEqual(['ILLEGAL_TRANSITION']);
    expect((await ok(s.url, FILINGS, { f: { dueState: 'DONE' } }, admin)).filings.items.map((x: any) => x.caseId)).toContain(c.id);
    expect((await ok(s.url, FILINGS, { f: { search: c.number } }, admin)).filings.items.map((x: any) => x.caseId)).toEqual([c.id]);
    // a case that is not major has nothing to file
    const plain = await decidedCase();
    expect(codes(await gql(s.url, RECORD_FILING, { c: plain.id, v: 1, d: TEST_TODAY }, handler))).toEqual(['NOT_FOUND']);
  });
});

describe('the case list by its 公示 and 备案 deadlines (issue 8 item 13; 002 （二）3 事后公开; 004 第十九条)', () => {
  const CASES = 'query($f: CaseFilter) { cases(filter: $f, limit: 200) { total items { id publication { dueState } filing { dueState } } } }';
  const idsOf = (items: any[]) => items.map((c) => c.id as string).sort();
  let late: EnforcementCase;
  let soon: EnforcementCase;
  let fresh: EnforcementCase;
  let undecided: EnforcementCase;

  beforeAll(async () => {
    late = await decidedCase({ major: true, decidedOn: testDate({ days: -40 }) }); // both deadlines long past
    fresh = await decidedCase({ major: true }); // decided today: 7 working days ahead
    soon = await decidedCase();
    // a publication due the next working day: yellow whatever today is (back-dated in SQL, the kit calendar's day)
    await s.orm.em.fork().getConnection().execute(`update "${SCHEMA}".case_publication set due_on = ? where case_id = ?`, [addWorkingDays(TEST_TODAY, 1), soon.id]);
    undecided = await decidedCase({ decidedOn: null, stage: CaseStage.STATEMENT });
  });

  it('002 （二）3: publicityDue lists exactly the cases whose publication stands so today (the state the case shows), none undecided', async () => {
    const all = (await ok(s.url, CASES, { f: {} }, admin)).cases.items as any[];
    expect(all.length).toBeLessThan(200);
    for (const state of ['OK', 'DUE_SOON', 'OVERDUE', 'DONE']) {
      const listed = (await ok(s.url, CASES, { f: { publicityDue: state } }, admin)).cases;
      expect(idsOf(listed.items)).toEqual(idsOf(all.filter((c) => c.publication?.dueState === state)));
      expect(listed.total).toBe(listed.items.length);
      expect(listed.items.map((c: any) => c.id)).not.toContain(undecided.id);
    }
    const ids = async (f: object) => idsOf((await ok(s.url, CASES, { f }, admin)).cases.items);
    expect(await ids({ publicityDue: 'OVERDUE' })).toContain(late.id);
    expect(await ids({ publicityDue: 'DUE_SOON' })).toContain(soon.id);
    expect(await ids({ publicityDue: 'OK' })).toContain(fresh.id);
    // a published decision is done (and one withdrawn after publication too)
    expect((await ok(s.url, CASES, { f: { publicityDue: 'DONE' } }, admin)).cases.total).toBeGreaterThanOrEqual(1);
  });

  it('004 第十九条: filingDue lists the major cases whose filing stands so today; combined with the other filters', async () => {
    const all = (await ok(s.url, CASES, { f: {} }, admin)).cases.items as any[];
    for (const state of ['OK', 'DUE_SOON', 'OVERDUE', 'DONE']) {
      const listed = (await ok(s.url, CASES, { f: { filingDue: state } }, admin)).cases.items;
      expect(idsOf(listed)).toEqual(idsOf(all.filter((c) => c.filing?.dueState === state)));
    }
    const both = (await ok(s.url, CASES, { f: { filingDue: 'OVERDUE', publicityDue: 'OVERDUE', major: true, search: late.number } }, admin)).cases.items;
    expect(both.map((c: any) => c.id)).toEqual([late.id]);
    // a case that is not major has no filing, so it is never listed by filingDue
    expect(idsOf((await ok(s.url, CASES, { f: { filingDue: 'OK' } }, admin)).cases.items)).not.toContain(soon.id);
    // the scope still applies: outside the agency's subtree nothing
    expect((await ok(s.url, CASES, { f: { publicityDue: 'OVERDUE' } }, otherAdmin)).cases.total).toBe(0);
  });

  it('the deadline filters add no SQL statement: a subquery in the page\'s statement, not a query per case', async () => {
    const statements = async () => ((await (await fetch(s.url.replace(/\/graphql$/, '/metrics'))).json()) as { sqlStatements: number }).sqlStatements;
    const measure = async (f: object) => {
      const before = await statements();
      await ok(s.url, 'query($f: CaseFilter) { cases(filter: $f, limit: 200) { total items { id } } }', { f }, admin);
      return (await statements()) - before;
    };
    await measure({});
    const plain = await measure({ major: true });
    expect(await measure({ major: true, publicityDue: 'OVERDUE' })).toBe(plain);
    expect(await measure({ major: true, publicityDue: 'OK', filingDue: 'DUE_SOON' })).toBe(plain);
  });
});
