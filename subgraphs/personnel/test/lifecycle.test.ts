/**
 * The certificate lifecycle, agencies, officers, training and policies against a real PostgreSQL, through
 * the personnel subgraph's own HTTP endpoint (the same refusals whether the console or another client calls).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, addNaturalMonths, computeDeadline, daysBetween, daysInMonth, loadSeed000, seedIds, sqlCounter, startOfLocalDate } from '@jiandu/kit';
import { SEED_VALID_UNTIL, startSubgraphForTest, TEST_NOW, TEST_TODAY, TEST_YEAR, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createPersonnelOrm, SCHEMA } from '../src/orm.js';
import { buildPersonnelSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { seedPersonnel } from '../src/seed/seed.js';
import { Certificate } from '../src/certificates/certificate.entity.js';
import { statusesAt, statusSql } from '../src/certificates/certificate.history.js';

const seed = loadSeed000();
const ROOT = seedIds.agency(seed.agency.name);
let s: SubgraphUnderTest;
let cert: string; // CERT_ADMIN
let rootAdmin: string; // AGENCY_ADMIN of the seed agency

const AGENCY_FIELDS = 'id name level parentId version qualificationConfirmed';
const CERT_FIELDS = 'id number version status allowedActions validUntil review { dueOn state provisional } activeSuspension { endsOn ground } history(limit: 200) { total items { kind reason basis actorName endsOn rule effectiveFrom } }';

const createAgency = (token: string, input: Record<string, unknown>) =>
  gql(s.url, `mutation($i: AgencyInput!) { createAgency(input: $i) { ${AGENCY_FIELDS} } }`, { i: { region: '昌吉州', fields: ['市场监管'], ...input } }, token);
const createOfficer = (token: string, input: Record<string, unknown>) =>
  gql(s.url, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id name version idNumberMasked } }', { i: { region: '昌吉州', fields: ['市场监管'], duties: ['ENFORCEMENT'], ...input } }, token);
/** A certificate with its (paged) history as a plain list, for the assertions. */
const flat = (c: any) => ({ ...c, history: c.history.items });
const getCert = async (id: string) => flat((await ok(s.url, `query($id: ID!) { certificate(id: $id) { ${CERT_FIELDS} } }`, { id }, cert)).certificate);
/** The version a clerk's screen would show, sent back with every command (version is required). */
const versionOf = async (type: 'certificate' | 'officer' | 'agency', id: string) => (await ok(s.url, `query($id: ID!) { ${type}(id: $id) { version } }`, { id }, cert))[type].version as number;

// Expected dates follow from the pinned instant (TEST_NOW, default 2026-11-24T10:00+08:00; the comments give
// the values for that default), computed with the statutory calendar the rules use.
const EXAM_ON = testDate({ days: -60 }); // 2026-09-25
const TRAINED_ON = TEST_TODAY; // in the 365 days before issue (003 第3条) and in this year's figures
/** 5 years from today, the last day included: 2031-11-23 (DESIGN "Rules are data": validity 5 years). */
const VALID_UNTIL = addDays(addNaturalMonths(TEST_TODAY, 60, { extendToWorkingDay: false }), -1);
/** 年审 one cycle (12 months) on, moved to a working day: 2027-11-24, provisional past the holiday calendar. */
const REVIEW = computeDeadline({ start: TEST_TODAY, amount: 12, unit: 'NATURAL_MONTHS' });
/** 暂扣 3 months from today ends on the plain calendar date (003 第4条): 2027-02-24. */
const SUSPENSION_ENDS = addNaturalMonths(TEST_TODAY, 3, { extendToWorkingDay: false });
/** A later suspension, starting after the first has ended: 2027-03-01. */
const NEXT_START = addDays(SUSPENSION_ENDS, 5);
/** The next 11-30 from today (2026-11-30): 3 months on is the last day of February (28 or 29). */
const NOV_30 = TEST_TODAY <= `${TEST_YEAR}-11-30` ? `${TEST_YEAR}-11-30` : `${TEST_YEAR + 1}-11-30`;
const FEB_END = `${Number(NOV_30.slice(0, 4)) + 1}-02-${daysInMonth(Number(NOV_30.slice(0, 4)) + 1, 2)}`;

let child: any; // a county-level agency under the root, confirmed
let sibling: any; // another root, not under the seed agency
let officerId: string;
let certificateId: string;

beforeAll(async () => {
  s = await startSubgraphForTest({
    label: 'lifecycle',
    createOrm: createPersonnelOrm,
    schemaName: SCHEMA,
    buildSchema: buildPersonnelSchema,
    createLoaders,
    seed: (em, now) => seedPersonnel(em, now, { demoUsers: false }),
  });
  cert = await s.token(['CERT_ADMIN'], { name: '证件管理员甲', sub: '00000000-0000-4000-8000-0000000000c1' });
  rootAdmin = await s.token(['AGENCY_ADMIN'], { agencyId: ROOT, name: '管理局管理员' });
});
afterAll(() => s?.stop());

describe('agencies: the tree and 主体资格 (004 第五条, 第十条)', () => {
  it('004 第五条: an agency administrator creates a sub-unit one level below his own agency', async () => {
    const r = await createAgency(rootAdmin, { name: '昌吉州机关事务管理局', level: 'PREFECTURE', parentId: ROOT, supervisionPhone: '0994-2345678' });
    expect(r.errors).toBeUndefined();
    child = r.data.createAgency;
    expect(child).toMatchObject({ level: 'PREFECTURE', parentId: ROOT, qualificationConfirmed: false });
  });

  it('004 第五条: a level skipping a rung or above the parent is refused', async () => {
    const r = await createAgency(rootAdmin, { name: '某乡镇', level: 'TOWNSHIP', parentId: ROOT });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toContain('004 第五条');
  });

  it('bad details are all reported at once; a duplicate name is DUPLICATE', async () => {
    const r = await createAgency(rootAdmin, { name: 'X', level: 'PREFECTURE', parentId: ROOT, fields: [], unifiedCode: '123', supervisionPhone: 'abc' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual(['name', 'unifiedCode', 'fields', 'supervisionPhone']);
    expect(codes(await createAgency(rootAdmin, { name: '昌吉州机关事务管理局', level: 'PREFECTURE', parentId: ROOT }))).toEqual(['DUPLICATE']);
  });

  it('only tree-wide administrators create a root; scoped administrators cannot reach a sibling agency', async () => {
    expect(codes(await createAgency(rootAdmin, { name: '昌吉市市场监督管理局', level: 'REGION' }))).toEqual(['FORBIDDEN']);
    const r = await createAgency(cert, { name: '昌吉市市场监督管理局', level: 'REGION' });
    sibling = r.data.createAgency;
    // the seed agency's administrator neither sees nor changes it, nor creates under it
    expect(codes(await gql(s.url, 'query($id: ID!) { agency(id: $id) { name } }', { id: sibling.id }, rootAdmin))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, `mutation($id: ID!, $i: AgencyInput!) { updateAgency(id: $id, version: 1, input: $i) { id } }`, { id: sibling.id, i: { name: '改名', level: 'REGION', region: 'x', fields: ['x'] } }, rootAdmin))).toEqual(['NOT_FOUND']);
    expect(codes(await createAgency(rootAdmin, { name: '越权下级', level: 'PREFECTURE', parentId: sibling.id }))).toEqual(['FORBIDDEN']);
    const list = await ok(s.url, '{ agencies(limit: 50) { items { name } } }', {}, rootAdmin);
    expect(list.agencies.items.map((a: any) => a.name).sort()).toEqual(['新疆维吾尔自治区机关事务管理局', '昌吉州机关事务管理局'].sort());
  });

  it('a supervisor scoped to the sub-unit sees nothing above it', async () => {
    const sup = await s.token(['SUPERVISOR'], { agencyId: child.id });
    expect((await ok(s.url, '{ officers { total } }', {}, sup)).officers.total).toBe(0);
    expect(codes(await gql(s.url, 'query($id: ID!) { agency(id: $id) { name } }', { id: ROOT }, sup))).toEqual(['NOT_FOUND']);
  });

  it('an edit based on a stale version is refused (CONCURRENT_MODIFICATION) and changes nothing', async () => {
    const q = `mutation($id: ID!, $v: Int!, $i: AgencyInput!) { updateAgency(id: $id, version: $v, input: $i) { name version } }`;
    const input = { name: '昌吉州机关事务管理局', level: 'PREFECTURE', parentId: ROOT, region: '昌吉州', fields: ['市场监管'], supervisionPhone: '0994-2345679' };
    const first = await ok(s.url, q, { id: child.id, v: child.version, i: input }, rootAdmin);
    expect(first.updateAgency.version).toBe(child.version + 1);
    expect(codes(await gql(s.url, q, { id: child.id, v: child.version, i: { ...input, name: '覆盖别人的修改' } }, rootAdmin))).toEqual(['CONCURRENT_MODIFICATION']);
    child.version = first.updateAgency.version;
    const log = await ok(s.url, 'query($id: ID!) { agency(id: $id) { name changeLog { total items { action actorName changes { field before after } } } } }', { id: child.id }, rootAdmin);
    expect(log.agency.name).toBe('昌吉州机关事务管理局');
    expect(log.agency.changeLog.items[0]).toEqual({ action: '修改', actorName: '管理局管理员', changes: [{ field: 'supervisionPhone', before: '0994-2345678', after: '0994-2345679' }] });
    expect(log.agency.changeLog.items[1].action).toBe('新建');
  });
});

describe('officers (004 第十一条) and the ID number', () => {
  it('an invalid ID number is refused; a valid one is stored and shown masked', async () => {
    expect(codes(await createOfficer(rootAdmin, { name: '赵六', agencyId: child.id, idNumber: '652301199001011236' }))).toEqual(['BAD_USER_INPUT']); // check character should be 5
    const r = await createOfficer(rootAdmin, { name: '赵六', agencyId: child.id, idNumber: '11010519491231002X' });
    expect(r.errors).toBeUndefined();
    expect(r.data.createOfficer.idNumberMasked).toBe('1101**********002X');
    officerId = r.data.createOfficer.id;
    const log = await ok(s.url, 'query($id: ID!) { officer(id: $id) { changeLog(limit: 1) { total items { action changes { field after } } } } }', { id: officerId }, rootAdmin);
    expect(log.officer.changeLog.items).toHaveLength(1);
    expect(log.officer.changeLog.items[0].changes).toContainEqual({ field: 'idNumber', after: '1101**********002X' }); // the log never holds it in full
  });

  it('an edit that leaves the ID number out keeps the stored one (the form never holds it in full)', async () => {
    const q = 'mutation($id: ID!, $v: Int!, $i: OfficerInput!) { updateOfficer(id: $id, version: $v, input: $i) { post version idNumberMasked } }';
    const v = (await ok(s.url, 'query($id: ID!) { officer(id: $id) { version } }', { id: officerId }, rootAdmin)).officer.version;
    const r = await ok(s.url, q, { id: officerId, v, i: { name: '赵六', agencyId: child.id, post: '科员', region: '昌吉州', fields: ['市场监管'], duties: ['ENFORCEMENT'] } }, rootAdmin);
    expect(r.updateOfficer).toMatchObject({ post: '科员', idNumberMasked: '1101**********002X' });
  });

  it('an officer cannot be registered in an agency outside the caller\'s subtree', async () => {
    expect(codes(await createOfficer(rootAdmin, { name: '钱七', agencyId: sibling.id }))).toEqual(['FORBIDDEN']);
  });

  it('DESIGN "Personnel and credentials": the full ID number only through an explicit reveal of one officer, with a reason, by a role that needs it, recorded (who, when, whose, why)', async () => {
    const REVEAL = 'mutation($id: ID!, $r: String!) { revealIdNumber(officerId: $id, reason: $r) { idNumber officer { id idNumberMasked } view { viewerName viewedAt reason field } } }';
    const VIEWS = 'query($id: ID!) { officer(id: $id) { idNumberViews { total items { field viewerName viewedAt reason officer { id } } } } }';
    const sup = await s.token(['SUPERVISOR'], { agencyId: ROOT });
    expect(codes(await gql(s.url, REVEAL, { id: officerId, r: '核对身份信息' }, sup))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, REVEAL, { id: officerId, r: '核对身份信息' }))).toEqual(['UNAUTHENTICATED']);
    // an administrator of another subtree does not even learn that the officer exists
    const elsewhere = await s.token(['AGENCY_ADMIN'], { agencyId: sibling.id });
    expect(codes(await gql(s.url, REVEAL, { id: officerId, r: '核对身份信息' }, elsewhere))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, REVEAL, { id: officerId, r: ' 核对 ' }, cert))).toEqual(['BAD_USER_INPUT']); // a reason of at least 4 characters
    expect((await ok(s.url, VIEWS, { id: officerId }, cert)).officer.idNumberViews.total).toBe(0); // refusals record nothing
    const r = (await ok(s.url, REVEAL, { id: officerId, r: ' 核发证件前核对身份 ' }, cert)).revealIdNumber;
    expect(r).toEqual({ idNumber: '11010519491231002X', officer: { id: officerId, idNumberMasked: '1101**********002X' }, view: { viewerName: '证件管理员甲', viewedAt: new Date(TEST_NOW).toISOString(), reason: '核发证件前核对身份', field: 'idNumber' } });
    const views = (await ok(s.url, VIEWS, { id: officerId }, cert)).officer.idNumberViews;
    expect(views).toEqual({ total: 1, items: [{ field: 'idNumber', viewerName: '证件管理员甲', viewedAt: new Date(TEST_NOW).toISOString(), reason: '核发证件前核对身份', officer: { id: officerId } }] });
    expect((await ok(s.url, VIEWS, { id: officerId }, sup)).officer.idNumberViews).toBeNull(); // the log is for administrators
    // lists and ordinary fields never show it in full: the field is gone from the graph
    expect(codes(await gql(s.url, 'query($id: ID!) { officer(id: $id) { idNumber } }', { id: officerId }, cert))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const csv = (await ok(s.url, '{ officersCsv }', {}, cert)).officersCsv as string;
    expect(csv).toContain('1101**********002X');
    expect(csv).not.toContain('11010519491231002X');
  });

  it('DESIGN "Beyond the minimum": the views one user made, for certificate and system administrators and for himself', async () => {
    const Q = 'query($v: ID!) { personalDataViews(viewerId: $v) { total items { reason officer { id } } } }';
    const certSub = '00000000-0000-4000-8000-0000000000c1';
    const mine = (await ok(s.url, Q, { v: certSub }, cert)).personalDataViews;
    expect(mine).toEqual({ total: 1, items: [{ reason: '核发证件前核对身份', officer: { id: officerId } }] });
    expect((await ok(s.url, Q, { v: certSub }, await s.token(['SYSTEM_ADMIN']))).personalDataViews.total).toBe(1);
    expect(codes(await gql(s.url, Q, { v: certSub }, rootAdmin))).toEqual(['FORBIDDEN']);
    expect((await ok(s.url, Q, { v: '00000000-0000-4000-8000-000000000001' }, rootAdmin)).personalDataViews.total).toBe(0); // his own: none
  });
});

describe('核发 (003 第4条, 第3条; 004 第十条)', () => {
  const issue = (number: string, who = cert) =>
    gql(s.url, `mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { ${CERT_FIELDS} } }`, { i: { officerId, number } }, who);

  it('003 第4条 / 004 第十条: without a passed exam, the training and a confirmed agency, issuing is refused and lists why', async () => {
    const r = await issue('65230000001');
    expect(codes(r)).toEqual(['PRECONDITION_FAILED']);
    const missing = r.errors?.[0]?.extensions?.missing as string[];
    expect(missing.join('\n')).toMatch(/主体资格尚未确认（004 第十条）/);
    expect(missing.join('\n')).toMatch(/没有执法资格考试合格记录（003 第4条/);
    expect(missing.join('\n')).toMatch(/培训 0 学时，不足 60 学时/);
  });

  it('003 第4条: after confirmation, a passed exam and 60 training hours, the certificate is issued with its history', async () => {
    await ok(s.url, 'mutation($id: ID!, $v: Int!) { confirmAgencyQualification(id: $id, version: $v) { qualificationConfirmed } }', { id: child.id, v: await versionOf('agency', child.id) }, cert);
    await ok(s.url, 'mutation($i: ExamInput!) { recordExam(input: $i) { passed } }', { i: { officerId, examName: '全国统一行政执法证件考试', examOn: EXAM_ON, score: 82, passed: true } }, rootAdmin);
    for (const [type, hours] of [['PUBLIC_LAW', 24], ['BUSINESS', 20], ['ENFORCEMENT_SKILLS', 16]] as const) {
      await ok(s.url, 'mutation($i: TrainingInput!) { recordTraining(input: $i) { hours } }', { i: { officerId, type, title: `${type} 轮训`, trainedOn: TRAINED_ON, hours } }, rootAdmin);
    }
    const r = await issue('65230000001');
    expect(r.errors).toBeUndefined();
    const c = flat(r.data.issueCertificate);
    certificateId = c.id;
    expect(c).toMatchObject({ status: 'VALID', validUntil: VALID_UNTIL, review: { dueOn: REVIEW.due, state: 'OK', provisional: REVIEW.provisional } }); // provisional: past the holiday calendar
    expect(c.history).toEqual([expect.objectContaining({ kind: 'ISSUED', actorName: '证件管理员甲', basis: '003 第4条；004 第十一条' })]);
    expect(c.allowedActions).toEqual(['REVIEW', 'SUSPEND', 'RENEW', 'REVOKE', 'CANCEL']);
  });

  it('a number already used is DUPLICATE; a second open certificate of the same kind is refused', async () => {
    const other = (await createOfficer(rootAdmin, { name: '孙八', agencyId: child.id })).data.createOfficer.id;
    const dup = await gql(s.url, 'mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { id } }', { i: { officerId: other, number: '31000036001' } }, cert);
    expect(codes(dup)).toEqual(['PRECONDITION_FAILED']); // 孙八 has no exam: refused before the number is even tried
    expect(codes(await issue('65230000002'))).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('only certificate administrators issue', async () => {
    expect(codes(await issue('65230000003', rootAdmin))).toEqual(['FORBIDDEN']);
  });
});

describe('暂扣 3 months, lift, and the refusals (003 第4条)', () => {
  const suspend = async (startsOn: string, version?: number, ground = 'LENT') =>
    gql(s.url, `mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { ${CERT_FIELDS} } }`, { id: certificateId, v: version ?? (await versionOf('certificate', certificateId)), i: { ground, startsOn, reason: '将行政执法证交由他人使用' } }, cert);

  it('003 第4条: the preview shows the computed end: a start on 11-30 ends on the last day of February', async () => {
    const p = await ok(s.url, 'query($id: ID!, $s: String!) { suspensionPreview(id: $id, startsOn: $s) { endsOn months rule } }', { id: certificateId, s: NOV_30 }, cert);
    expect(p.suspensionPreview).toMatchObject({ endsOn: FEB_END, months: 3 });
    expect(p.suspensionPreview.rule).toContain('003 第4条');
  });

  it('003 第4条: two concurrent suspensions of one certificate from two connections: exactly one succeeds', async () => {
    const results = await Promise.all([suspend(TEST_TODAY), suspend(TEST_TODAY)]);
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(codes(refused[0]!)).toEqual(['SUSPENSION_OVERLAP']);
    const c = await getCert(certificateId);
    expect(c.history.filter((h: any) => h.kind === 'SUSPENDED')).toHaveLength(1);
    expect(c).toMatchObject({ status: 'SUSPENDED', activeSuspension: { endsOn: SUSPENSION_ENDS, ground: 'LENT' }, allowedActions: ['LIFT', 'RENEW', 'REVOKE', 'CANCEL'] });
    expect(c.history.at(-1)).toMatchObject({ kind: 'SUSPENDED', actorName: '证件管理员甲', reason: '将行政执法证交由他人使用', basis: '003 第4条' });
  });

  it('the public lookup shows the suspension at once (003 第4条 公开查询)', async () => {
    expect((await ok(s.url, '{ publicCertificate(number: "65230000001") { status } }')).publicCertificate.status).toBe('SUSPENDED');
  });

  it('statusAt answers before issue, during and after the suspension; it ends by itself', async () => {
    const q = `query($id: ID!) { certificate(id: $id) { before: statusAt(at: "${addDays(TEST_TODAY, -1)}T23:59:59+08:00") during: statusAt(at: "${SUSPENSION_ENDS}T23:59:59+08:00") after: statusAt(at: "${addDays(SUSPENSION_ENDS, 1)}T00:00:00+08:00") } }`;
    expect((await ok(s.url, q, { id: certificateId }, cert)).certificate).toEqual({ before: 'NOT_YET_VALID', during: 'SUSPENDED', after: 'VALID' });
  });

  it('a stale version is refused with CONCURRENT_MODIFICATION and changes nothing', async () => {
    const before = await getCert(certificateId);
    const r = await suspend(NEXT_START, before.version - 1);
    expect(codes(r)).toEqual(['CONCURRENT_MODIFICATION']);
    expect((await getCert(certificateId)).history).toHaveLength(before.history.length);
  });

  it('a sanction needs its basis; lifting early needs a reason; lifting twice is NOT_SUSPENDED', async () => {
    const r = await gql(s.url, 'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }', { id: certificateId, v: await versionOf('certificate', certificateId), i: { ground: 'SANCTION', startsOn: testDate({ months: 6 }), reason: '处理决定' } }, cert);
    expect(r.errors?.[0]?.message).toContain('请填写处理决定文号（依据）');
    const lift = async (reason: string) => gql(s.url, 'mutation($id: ID!, $v: Int!, $r: String!) { liftCertificateSuspension(id: $id, version: $v, reason: $r) { status } }', { id: certificateId, v: await versionOf('certificate', certificateId), r: reason }, cert);
    expect(codes(await lift(' '))).toEqual(['BAD_USER_INPUT']);
    expect((await lift('已纠正，经研究提前恢复')).data.liftCertificateSuspension.status).toBe('VALID');
    expect(codes(await lift('再次恢复'))).toEqual(['NOT_SUSPENDED']);
  });

  it('DESIGN "Rules are data": a policy override changes new suspensions, never one already set', async () => {
    await ok(s.url, 'mutation($a: ID!) { setPolicy(agencyId: $a, key: SUSPENSION_MONTHS, value: 6, source: "某地规定 第八条") { value source setAt } }', { a: child.id }, cert);
    const r = await suspend(NEXT_START);
    expect(r.data.suspendCertificate.activeSuspension).toBeNull(); // not yet in force
    const entries = r.data.suspendCertificate.history.items.filter((h: any) => h.kind === 'SUSPENDED');
    expect(entries.map((h: any) => h.endsOn)).toEqual([SUSPENSION_ENDS, addNaturalMonths(NEXT_START, 6, { extendToWorkingDay: false })]);
    expect(entries[1].rule).toContain('6个月（某地规定 第八条）');
    const policies = await ok(s.url, 'query($id: ID!) { agency(id: $id) { policies { key value setAt } } }', { id: child.id }, cert);
    expect(policies.agency.policies.find((p: any) => p.key === 'SUSPENSION_MONTHS')).toEqual({ key: 'SUSPENSION_MONTHS', value: 6, setAt: child.id });
    const rootPolicies = await ok(s.url, 'query($id: ID!) { agency(id: $id) { policies { key value setAt } } }', { id: ROOT }, cert);
    expect(rootPolicies.agency.policies.find((p: any) => p.key === 'SUSPENSION_MONTHS')).toEqual({ key: 'SUSPENSION_MONTHS', value: 3, setAt: null });
  });

  it('certificate filters: suspended now, expiring within 30 days', async () => {
    const suspended = await ok(s.url, '{ certificates(filter: { status: SUSPENDED }) { total } valid: certificates(filter: { status: VALID }, limit: 100) { total } }', {}, cert);
    expect(suspended.certificates.total).toBe(0); // the current one was lifted, the next starts after it (NEXT_START)
    expect(suspended.valid.total).toBe(16);
    // the seed's 15 certificates end on SEED_VALID_UNTIL (2027-12-04): expiring within 30 days only when today is that close
    const seedExpiring = daysBetween(TEST_TODAY, SEED_VALID_UNTIL) <= 30 ? 15 : 0;
    expect((await ok(s.url, '{ certificates(filter: { expiringWithinDays: 30 }) { total } }', {}, cert)).certificates.total).toBe(seedExpiring);
  });
});

describe('换发, 年审, 吊销, 收回 and a duplicate number', () => {
  let sun: string;
  let id: string;
  const act = async (q: string, vars: Record<string, unknown>) => gql(s.url, q, vars.id ? { ...vars, v: await versionOf('certificate', vars.id as string) } : vars, cert);

  it('a certificate number already in use is refused with DUPLICATE', async () => {
    sun = (await ok(s.url, '{ officers(filter: { search: "孙八" }) { items { id } } }', {}, cert)).officers.items[0].id;
    await ok(s.url, 'mutation($i: ExamInput!) { recordExam(input: $i) { id } }', { i: { officerId: sun, examName: '全国统一行政执法证件考试', examOn: EXAM_ON, passed: true } }, cert);
    await ok(s.url, 'mutation($i: TrainingInput!) { recordTraining(input: $i) { id } }', { i: { officerId: sun, type: 'BUSINESS', title: '业务培训', trainedOn: TRAINED_ON, hours: 60 } }, cert);
    const dup = await act('mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { id } }', { i: { officerId: sun, number: '31000036001' } });
    expect(codes(dup)).toEqual(['DUPLICATE']);
    id = (await ok(s.url, 'mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { id } }', { i: { officerId: sun, number: '65230000009' } }, cert)).issueCertificate.id;
  });

  it('年审 sets the next due date one cycle on; 换发 gives a new number and validity, keeping the old number in the history', async () => {
    const reviewed = (await act('mutation($id: ID!, $v: Int!) { reviewCertificate(id: $id, version: $v, note: "年审合格") { review { dueOn state } } }', { id })).data.reviewCertificate;
    expect(reviewed.review).toEqual({ dueOn: REVIEW.due, state: 'OK' });
    expect(codes(await act('mutation($id: ID!, $v: Int!) { renewCertificate(id: $id, version: $v, reason: " ") { id } }', { id }))).toEqual(['BAD_USER_INPUT']);
    const renewed = (await act('mutation($id: ID!, $v: Int!) { renewCertificate(id: $id, version: $v, reason: "证件损坏换发", newNumber: "65230000010") { number validUntil history { items { kind reason } } } }', { id })).data.renewCertificate;
    expect(renewed).toMatchObject({ number: '65230000010', validUntil: VALID_UNTIL });
    expect(renewed.history.items.at(-1)).toEqual({ kind: 'RENEWED', reason: '证件损坏换发（原证号 65230000009）' });
  });

  it('004 第三十三条 吊销 needs its basis, is final, and only then the card can be recovered (收回), once', async () => {
    expect(codes(await act('mutation($id: ID!, $v: Int!) { recoverCertificate(id: $id, version: $v) { id } }', { id }))).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes(await act('mutation($id: ID!, $v: Int!) { revokeCertificate(id: $id, version: $v, reason: "出借证件情节严重", basis: "") { id } }', { id }))).toEqual(['BAD_USER_INPUT']);
    const revoked = (await act('mutation($id: ID!, $v: Int!) { revokeCertificate(id: $id, version: $v, reason: "出借证件情节严重", basis: "004 第三十三条") { status allowedActions } }', { id })).data.revokeCertificate;
    expect(revoked).toEqual({ status: 'REVOKED', allowedActions: ['RECOVER'] });
    expect(codes(await act('mutation($id: ID!, $v: Int!) { cancelCertificate(id: $id, version: $v, reason: "x") { id } }', { id }))).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes(await act('mutation($id: ID!, $v: Int!) { reviewCertificate(id: $id, version: $v) { id } }', { id }))).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes(await act('mutation($id: ID!, $v: Int!, $on: String!) { recoverCertificate(id: $id, version: $v, recoveredOn: $on) { id } }', { id, on: testDate({ days: -23 }) }))).toEqual(['BAD_USER_INPUT']); // before the revocation
    expect((await act('mutation($id: ID!, $v: Int!) { recoverCertificate(id: $id, version: $v) { allowedActions } }', { id })).data.recoverCertificate.allowedActions).toEqual([]);
    expect(codes(await act('mutation($id: ID!, $v: Int!) { recoverCertificate(id: $id, version: $v) { id } }', { id }))).toEqual(['ILLEGAL_TRANSITION']);
  });
});

describe('figures, training, and leaving the post', () => {
  it('003 第3条, 第11条; 002: the agency figures count certificates, training compliance and legal reviewers', async () => {
    const f = await ok(s.url, 'query($id: ID!, $y: Int!) { agency(id: $id) { figures(year: $y) { officers withValidCertificate validCertificateShare suspendedNow trainingCompliant trainingHoursRequired legalReviewers legalReviewersRequired legalReviewersSufficient } } }', { id: child.id, y: TEST_YEAR }, cert);
    expect(f.agency.figures).toEqual({
      officers: 2,
      withValidCertificate: 1,
      validCertificateShare: 0.5,
      suspendedNow: 0,
      trainingCompliant: 2,
      trainingHoursRequired: 60,
      legalReviewers: 0,
      legalReviewersRequired: 2,
      legalReviewersSufficient: false,
    });
    const root = await ok(s.url, 'query($id: ID!) { agency(id: $id) { figures { officers legalReviewersRequired } } }', { id: ROOT }, cert);
    expect(root.agency.figures).toEqual({ officers: 17, legalReviewersRequired: 2 });
  });

  it('004 第十一条: a change reported after 10 days is flagged late, and leaving the post cancels the certificate from that day', async () => {
    // 20 days ago: the 10-day deadline (even moved past a holiday, 民法典 第二百零三条) has passed by today
    const effectiveOn = testDate({ days: -20 });
    const r = await ok(
      s.url,
      'mutation($id: ID!, $v: Int!, $i: EmploymentChangeInput!) { recordEmploymentChange(officerId: $id, version: $v, input: $i) { officer { employmentStatus } change { effectiveOn reportDueOn reportedOn late rule } } }',
      { id: officerId, v: await versionOf('officer', officerId), i: { toStatus: 'TRANSFERRED', effectiveOn, reason: '调任办公室' } },
      rootAdmin,
    );
    expect(r.recordEmploymentChange.change).toMatchObject({ effectiveOn, reportDueOn: computeDeadline({ start: effectiveOn, amount: 10, unit: 'NATURAL_DAYS' }).due, reportedOn: TEST_TODAY, late: true });
    expect(r.recordEmploymentChange.change.rule).toContain('004 第十一条');
    const c = await getCert(certificateId);
    expect(c.status).toBe('CANCELLED');
    expect(c.history.find((h: any) => h.kind === 'CANCELLED')).toMatchObject({ effectiveFrom: startOfLocalDate(effectiveOn).toISOString(), basis: expect.stringContaining('004 第十一条') });
    expect(c.allowedActions).toEqual(['RECOVER']);
    // and the cancelled certificate refuses a suspension
    const refused = await gql(s.url, 'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }', { id: certificateId, v: await versionOf('certificate', certificateId), i: { ground: 'LENT', reason: 'x' } }, cert);
    expect(codes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    const recovered = await ok(s.url, 'mutation($id: ID!, $v: Int!, $on: String) { recoverCertificate(id: $id, version: $v, recoveredOn: $on) { allowedActions history { items { kind } } } }', { id: certificateId, v: await versionOf('certificate', certificateId), on: TEST_TODAY }, cert);
    expect(recovered.recoverCertificate.allowedActions).toEqual([]);
    expect(recovered.recoverCertificate.history.items.map((h: any) => h.kind)).toContain('RECOVERED');
  });

  it('a change entered within 10 days is not late', async () => {
    const other = (await createOfficer(rootAdmin, { name: '周九', agencyId: child.id })).data.createOfficer.id;
    const r = await ok(s.url, 'mutation($id: ID!, $v: Int!, $i: EmploymentChangeInput!) { recordEmploymentChange(officerId: $id, version: $v, input: $i) { change { late reportDueOn } } }', { id: other, v: 1, i: { toStatus: 'LEFT', effectiveOn: testDate({ days: -4 }) } }, rootAdmin);
    expect(r.recordEmploymentChange.change).toEqual({ late: false, reportDueOn: computeDeadline({ start: testDate({ days: -4 }), amount: 10, unit: 'NATURAL_DAYS' }).due });
  });
});

describe('public lookup by name and agency (DESIGN "Public lookup")', () => {
  it('finds a published agency\'s officer by exact name and part of the agency name, public fields only', async () => {
    const d = await ok(s.url, '{ publicCertificatesByHolder(name: "潘铤", agencyName: "机关事务管理局") { number holderName agencyName status validUntil } }');
    expect(d.publicCertificatesByHolder).toEqual([{ number: '31000036001', holderName: '潘铤', agencyName: seed.agency.name, status: 'VALID', validUntil: SEED_VALID_UNTIL }]);
    expect((await ok(s.url, '{ publicCertificatesByHolder(name: "潘", agencyName: "机关事务管理局") { number } }')).publicCertificatesByHolder).toEqual([]);
  });
});

describe('certificate status in SQL (the status filter runs in the database)', () => {
  it('statusSql answers exactly what statusAt answers, for every certificate at instants before, during and after the lifecycle', async () => {
    // one seed certificate suspended now, so SUSPENDED is among the statuses compared
    const seeded = (await ok(s.url, '{ certificates(filter: { search: "31000036001" }) { items { id version } } }', {}, cert)).certificates.items[0];
    await ok(s.url, 'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }', { id: seeded.id, v: seeded.version, i: { ground: 'LENT', startsOn: TEST_TODAY, reason: '出借证件' } }, cert);
    const em = s.orm.em.fork();
    const certs = await em.find(Certificate, {});
    // relative to the pinned instant: the evening before, now, the suspension's last second and a week after,
    // a year on, the day after the seed certificates expire, and far beyond
    const now = new Date(TEST_NOW).getTime();
    const suspensionEnds = addNaturalMonths(TEST_TODAY, 3, { extendToWorkingDay: false });
    const instants = [
      new Date(now - 14 * 3600_000),
      new Date(now),
      new Date(startOfLocalDate(addDays(suspensionEnds, 1)).getTime() - 1000),
      startOfLocalDate(addDays(suspensionEnds, 6)),
      startOfLocalDate(testDate({ days: 366 })),
      startOfLocalDate(addDays(SEED_VALID_UNTIL, 1)),
      startOfLocalDate(testDate({ months: 61 })),
    ];
    const seen = new Set<string>();
    for (const at of instants) {
      const expected = await statusesAt(em, certs, at);
      const rows: { id: string; status: string }[] = await em.getConnection().execute(`select c.id, (${statusSql(SCHEMA, at)}) as status from ${SCHEMA}.certificate c`);
      expect(new Map(rows.map((r) => [r.id, r.status]))).toEqual(expected);
      for (const v of expected.values()) seen.add(v);
    }
    // the comparison covered the interesting statuses, not just VALID
    expect([...seen].sort()).toEqual(expect.arrayContaining(['CANCELLED', 'EXPIRED', 'NOT_YET_VALID', 'REVOKED', 'SUSPENDED', 'VALID']));
  });

  it('a status filter costs the same statements however many certificates there are (no load of every candidate)', async () => {
    const before = sqlCounter.statements;
    const d = await ok(s.url, '{ certificates(filter: { status: CANCELLED }, limit: 1) { total items { number status } } }', {}, cert);
    expect(sqlCounter.statements - before).toBeLessThanOrEqual(3); // count + page + the page's histories
    expect(d.certificates.total).toBeGreaterThanOrEqual(1);
    expect(d.certificates.items.map((c: any) => c.status)).toEqual(['CANCELLED']);
  });
});
