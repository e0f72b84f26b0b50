/**
 * 现场监督 (004 第二十二条), 回避 (004 第二十一条) and 移送 (004 第三十一条) through the real gateway, each subgraph in its
 * own process: the supervisors are personnel officer records made through personnel's API (duty 执法监督, exam,
 * 60 training hours, a 行政执法监督证), and supervision asks personnel about them at each act.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { TEST_TODAY, TEST_YEAR, testDate } from './support/subgraph.js';
import { eventually } from './support/browser.js';

const seed = loadSeed000();
const ROOT = seedIds.agency(seed.agency.name);
const SEED_OFFICER = seedIds.officer(seed.officers[0]!.certificateNumber);
let p: TestPlatform;
let certadmin: string;
let agencyadmin: string;
let supervisor: string; // linked to S.a
let supervisor2: string; // linked to S.b
const S = { a: '', b: '', c: '', d: '' }; // c: 执法监督证 暂扣 from today

const login = async (u: string) => (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p: DEMO_PASSWORD })).login.token as string;
const PLAN = 'mutation($i: PlanInspectionInput!) { planInspection(input: $i) { id version status supervisors { officerId certificateNumber recused officer { name certificates { number kind } } } } }';
const UPDATE = 'mutation($id: ID!, $v: Int!, $i: InspectionArrangementInput!) { updateInspection(id: $id, version: $v, input: $i) { id version supervisorIds } }';
const CARRY = 'mutation($id: ID!, $v: Int!, $i: CarryOutInspectionInput!) { carryOutInspection(id: $id, version: $v, input: $i) { id version status supervisorIds } }';
const arrangement = (supervisorIds: string[], over: Record<string, unknown> = {}) => ({ title: '行政执法证件使用管理现场监督', date: TEST_TODAY, place: '机关事务管理局执法大厅', subject: '检查持证上岗和证件使用管理', supervisorIds, ...over });

async function makeSupervisor(name: string, number: string): Promise<string> {
  const officerId = (await ok(p.gatewayUrl, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', { i: { name, agencyId: ROOT, region: '全疆', fields: ['执法监督'], duties: ['SUPERVISION'] } }, agencyadmin)).createOfficer.id;
  await ok(p.gatewayUrl, 'mutation($i: ExamInput!) { recordExam(input: $i) { id } }', { i: { officerId, examName: '行政执法监督资格考试', examOn: testDate({ days: -60 }), passed: true } }, agencyadmin);
  await ok(p.gatewayUrl, 'mutation($i: TrainingInput!) { recordTraining(input: $i) { id } }', { i: { officerId, type: 'PUBLIC_LAW', title: '执法监督业务培训', trainedOn: TEST_TODAY, hours: 60 } }, agencyadmin);
  await ok(p.gatewayUrl, 'mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { id } }', { i: { officerId, number, kind: 'SUPERVISION' } }, certadmin);
  return officerId;
}

beforeAll(async () => {
  p = await startTestPlatform({ label: 'onsite' });
  certadmin = await login('certadmin');
  agencyadmin = await login('agencyadmin');
  S.a = await makeSupervisor('监督员甲', 'JD0000000001');
  S.b = await makeSupervisor('监督员乙', 'JD0000000002');
  S.c = await makeSupervisor('监督员丙', 'JD0000000003');
  S.d = await makeSupervisor('监督员丁', 'JD0000000004');
  const cert = (await ok(p.gatewayUrl, 'query($id: ID!) { officer(id: $id) { certificates { id version } } }', { id: S.c }, certadmin)).officer.certificates[0];
  await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }', {
    id: cert.id, v: cert.version, i: { ground: 'MISUSED', startsOn: TEST_TODAY, reason: '将执法监督证用于执法监督以外的活动' },
  }, certadmin);
  // the demo accounts are the supervisors' own (the link an identity provider would carry)
  await sql(p.databaseUrl, `update personnel.user_account set officer_id = $1 where username = 'supervisor'`, [S.a]);
  await sql(p.databaseUrl, `update personnel.user_account set officer_id = $1 where username = 'supervisor2'`, [S.b]);
  supervisor = await login('supervisor');
  supervisor2 = await login('supervisor2');
  await eventually(async () => (await sql(p.databaseUrl, 'select 1 from supervision.agency_projection where id = $1', [ROOT])).length === 1, 30_000);
}, 240_000);
afterAll(() => p?.stop());

describe('现场监督 through the gateway (004 第二十二条)', () => {
  let id: string;
  let version: number;

  it('004 第二十二条: one supervisor is refused PRECONDITION_FAILED', async () => {
    const r = await gql(p.gatewayUrl, PLAN, { i: { agencyId: ROOT, ...arrangement([S.a]) } }, supervisor);
    expect(codes(r)).toEqual(['PRECONDITION_FAILED']);
    expect(r.errors?.[0]?.message).toContain('不得少于两人');
  });

  it('004 第二十二条: two, one of whose 执法监督证 is suspended on that date, are refused NOT_ENTITLED', async () => {
    const r = await gql(p.gatewayUrl, PLAN, { i: { agencyId: ROOT, ...arrangement([S.a, S.c]) } }, supervisor);
    expect(codes(r)).toEqual(['NOT_ENTITLED']);
    expect(r.errors?.[0]?.message).toContain('监督员丙');
    expect(r.errors?.[0]?.extensions).toMatchObject({ officerId: S.c, status: 'SUSPENDED' });
  });

  it('004 第二十二条: two valid supervisors are accepted; each one\'s officer record comes from personnel through the graph', async () => {
    const d = (await ok(p.gatewayUrl, PLAN, { i: { agencyId: ROOT, ...arrangement([S.a, S.b]) } }, supervisor)).planInspection;
    expect(d.status).toBe('PLANNED');
    expect(d.supervisors).toEqual([
      { officerId: S.a, certificateNumber: 'JD0000000001', recused: false, officer: { name: '监督员甲', certificates: [{ number: 'JD0000000001', kind: 'SUPERVISION' }] } },
      { officerId: S.b, certificateNumber: 'JD0000000002', recused: false, officer: { name: '监督员乙', certificates: [{ number: 'JD0000000002', kind: 'SUPERVISION' }] } },
    ]);
    id = d.id;
    version = d.version;
  });

  it('004 第二十一条: a self-declared 回避 makes that supervisor refused RECUSED for that inspection', async () => {
    const r = (await ok(p.gatewayUrl, 'mutation($i: DeclareRecusalInput!) { declareRecusal(input: $i) { id way inEffect officerName } }', {
      i: { subject: { type: 'INSPECTION', id }, officerId: S.a, grounds: '本人近亲属在被监督机关任职' },
    }, supervisor)).declareRecusal;
    expect(r).toMatchObject({ way: 'SELF_DECLARED', inEffect: true, officerName: '监督员甲' });
    const refused = await gql(p.gatewayUrl, CARRY, { id, v: version, i: {} }, supervisor2);
    expect(codes(refused)).toEqual(['RECUSED']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ officerId: S.a, recusalId: r.id });
    expect(codes(await gql(p.gatewayUrl, UPDATE, { id, v: version, i: arrangement([S.a, S.d]) }, supervisor2))).toEqual(['RECUSED']);
    version = (await ok(p.gatewayUrl, UPDATE, { id, v: version, i: arrangement([S.b, S.d]) }, supervisor2)).updateInspection.version;
  });

  it('004 第二十一条: an application the 主要负责人 rejects does not make the supervisor recused', async () => {
    // the supervised body applies itself, through its agency administrator
    const applied = (await ok(p.gatewayUrl, 'mutation($i: ApplyRecusalInput!) { applyForRecusal(input: $i) { id version status } }', {
      i: { subject: { type: 'INSPECTION', id }, officerId: S.b, applicantKind: 'SUPERVISED_BODY', applicantName: seed.agency.name, grounds: '认为该监督人员曾参与相关案件的办理', appliedOn: TEST_TODAY },
    }, agencyadmin)).applyForRecusal;
    expect(applied.status).toBe('PENDING');
    // the supervisor concerned does not record the decision on himself; another does, naming the 主要负责人
    const DECIDE = 'mutation($id: ID!, $v: Int!, $i: DecideRecusalInput!) { decideRecusal(id: $id, version: $v, input: $i) { status inEffect decidedBy } }';
    const decision = { approved: false, decidedBy: '单位主要负责人', decidedOn: TEST_TODAY, reason: '经核实未参与相关案件办理' };
    expect(codes(await gql(p.gatewayUrl, DECIDE, { id: applied.id, v: applied.version, i: decision }, supervisor2))).toEqual(['FORBIDDEN']);
    expect((await ok(p.gatewayUrl, DECIDE, { id: applied.id, v: applied.version, i: decision }, supervisor)).decideRecusal).toEqual({ status: 'REJECTED', inEffect: false, decidedBy: '单位主要负责人' });
    const carried = (await ok(p.gatewayUrl, CARRY, { id, v: version, i: {} }, supervisor2)).carryOutInspection;
    expect(carried).toMatchObject({ status: 'CARRIED_OUT', supervisorIds: [S.b, S.d] });
    const shown = (await ok(p.gatewayUrl, 'query($id: ID!) { inspection(id: $id) { supervisors { officerId recused } recusals { total } } }', { id }, agencyadmin)).inspection;
    expect(shown).toEqual({ supervisors: [{ officerId: S.b, recused: false }, { officerId: S.d, recused: false }], recusals: { total: 2 } });
  });
});

describe('移送 through the gateway (004 第三十一条)', () => {
  const CREATE = 'mutation($i: ReferralInput!) { createReferral(input: $i) { id version status officerNames officers { id name } } }';
  const duty = { clueKind: 'DUTY_OFFENCE', offence: 'DERELICTION', recipientKind: 'SUPERVISORY_COMMISSION', recipientName: '新疆维吾尔自治区监察委员会', agencyId: ROOT, officerIds: [SEED_OFFICER], summary: '现场监督中发现该执法人员对举报的违法行为长期不予查处' };
  const publicInterest = { clueKind: 'PUBLIC_INTEREST', field: 'STATE_PROPERTY', conduct: 'UNLAWFUL_EXERCISE', agencyId: ROOT, summary: '违规处置国有资产致使国家利益受到侵害的案件线索' };

  it('004 第三十一条第一款: a duty offence goes to a 监察机关 and is numbered in the REFERRAL series when sent', async () => {
    const r = (await ok(p.gatewayUrl, CREATE, { i: duty }, supervisor)).createReferral;
    expect(r).toMatchObject({ status: 'DRAFT', officerNames: [seed.officers[0]!.name], officers: [{ id: SEED_OFFICER, name: seed.officers[0]!.name }] });
    const sent = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $on: String!) { sendReferral(id: $id, version: $v, sentOn: $on) { number issuerName documentTitle } }', { id: r.id, v: r.version, on: TEST_TODAY }, supervisor)).sendReferral;
    expect(sent).toEqual({ number: `监移〔${TEST_YEAR}〕1号`, issuerName: seed.agency.name, documentTitle: '问题线索移送函' });
  });

  it('004 第三十一条: the recipient must fit the clue', async () => {
    expect(codes(await gql(p.gatewayUrl, CREATE, { i: { ...duty, recipientKind: 'PROCURATORATE', recipientName: '某人民检察院' } }, supervisor))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(p.gatewayUrl, CREATE, { i: { ...publicInterest, recipientKind: 'SUPERVISORY_COMMISSION', recipientName: '某监察委员会' } }, supervisor))).toEqual(['BAD_USER_INPUT']);
    expect((await ok(p.gatewayUrl, CREATE, { i: { ...publicInterest, recipientKind: 'PROCURATORATE', recipientName: '新疆维吾尔自治区人民检察院' } }, supervisor)).createReferral.status).toBe('DRAFT');
  });

  it('the supervised body reads no referral', async () => {
    expect(codes(await gql(p.gatewayUrl, '{ referrals { total } }', {}, agencyadmin))).toEqual(['FORBIDDEN']);
    expect((await ok(p.gatewayUrl, '{ referrals { total } }', {}, supervisor)).referrals.total).toBe(2);
  });
});

describe('fails closed (DESIGN "Cases": a check another subgraph answers is refused when it cannot)', () => {
  it('with personnel down, planning an inspection and drafting a referral are refused DEPENDENCY_UNAVAILABLE, and nothing is stored', async () => {
    const before = (await ok(p.gatewayUrl, '{ inspections { total } referrals { total } }', {}, supervisor));
    await p.stopSubgraph('personnel');
    const planned = await gql(p.gatewayUrl, PLAN.replace(/ officer \{[^}]*\{[^}]*\} \}/, ''), { i: { agencyId: ROOT, ...arrangement([S.b, S.d]) } }, supervisor);
    expect(codes(planned)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    const drafted = await gql(p.gatewayUrl, 'mutation($i: ReferralInput!) { createReferral(input: $i) { id } }', { i: { clueKind: 'DUTY_OFFENCE', offence: 'DERELICTION', recipientKind: 'SUPERVISORY_COMMISSION', recipientName: '某监察委员会', agencyId: ROOT, officerIds: [SEED_OFFICER], summary: '人员子图停止时拟制的移送线索' } }, supervisor);
    expect(codes(drafted)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect(await ok(p.gatewayUrl, '{ inspections { total } referrals { total } }', {}, supervisor)).toEqual(before);
  });
});
