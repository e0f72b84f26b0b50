/**
 * 现场监督 (004 第二十二条), 回避 (004 第二十一条) and 移送 (004 第三十一条) through supervision's own HTTP endpoint on a
 * real PostgreSQL, asking the real personnel subgraph (in this process, its own database) about the supervisors.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, addNaturalMonths, agencyProjectionHandlers, eventEnvelope, handleOnce, sqlCounter, startOfLocalDate, type EventType } from '@jiandu/kit';
import { startSubgraphForTest, TEST_NOW, TEST_TODAY, TEST_YEAR, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createSupervisionOrm, SCHEMA } from '../src/orm.js';
import { buildSupervisionSchema } from '../src/schema.js';
import { loadersFor } from '../src/loaders.js';
import { createPersonnelOrm, SCHEMA as PERSONNEL } from '../../personnel/src/orm.js';
import { buildPersonnelSchema } from '../../personnel/src/schema.js';
import { createLoaders as personnelLoaders } from '../../personnel/src/loaders.js';
import { Agency, AgencyLevel } from '../../personnel/src/agencies/agency.entity.js';
import { Duty, Officer } from '../../personnel/src/officers/officer.entity.js';
import { Certificate, CertificateKind } from '../../personnel/src/certificates/certificate.entity.js';
import { CertificateEvent, CertificateEventKind } from '../../personnel/src/certificates/certificate-event.entity.js';

const BUREAU = '0a000000-0000-4000-8000-000000000001'; // the 监督机关 (司法局), parent of AGENCY
const AGENCY = '0a000000-0000-4000-8000-000000000002'; // the supervised agency
const OTHER = '0a000000-0000-4000-8000-000000000003'; // beside both
const SUP = ['0b000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000004'];
const SUSPENDED = '0b000000-0000-4000-8000-0000000000d1'; // 执法监督证 暂扣 from today
const PLAIN_OFFICER = '0b000000-0000-4000-8000-0000000000e1'; // an enforcement officer of AGENCY, not a supervisor
const STRAY_OFFICER = '0b000000-0000-4000-8000-0000000000e2'; // an officer of OTHER
const certOf = (id: string) => id.replace(/^0b/, '0c');

let s: SubgraphUnderTest;
let personnel: SubgraphUnderTest;
let personnelStopped = false;
/** The supervisor SUP[0]'s own account (linked to his officer record), at the bureau. */
let sup0: string;
let sup1: string;
let admin: string; // AGENCY_ADMIN of the supervised agency

const PLAN = `mutation($i: PlanInspectionInput!) { planInspection(input: $i) { id version status date supervisorIds supervisors { officerId officerName certificateNumber recused } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: InspectionArrangementInput!) { updateInspection(id: $id, version: $v, input: $i) { id version supervisorIds } }`;
const CARRY = `mutation($id: ID!, $v: Int!, $i: CarryOutInspectionInput!) { carryOutInspection(id: $id, version: $v, input: $i) { id version status supervisorIds } }`;
const DECLARE = `mutation($i: DeclareRecusalInput!) { declareRecusal(input: $i) { id version way status officerName inEffect } }`;
const APPLY = `mutation($i: ApplyRecusalInput!) { applyForRecusal(input: $i) { id version way status applicantName inEffect } }`;
const DECIDE = `mutation($id: ID!, $v: Int!, $i: DecideRecusalInput!) { decideRecusal(id: $id, version: $v, input: $i) { id version status approved decidedBy inEffect } }`;
const ORDER = `mutation($i: OrderRecusalInput!) { orderRecusal(input: $i) { id way status inEffect } }`;
const arrangement = (over: Record<string, unknown> = {}) => ({ title: '行政执法证件使用管理现场监督', date: TEST_TODAY, place: '被监督机关执法大厅', subject: '检查执法人员持证上岗和证件使用', contents: ['QUALIFICATION'], supervisorIds: [SUP[0], SUP[1]], ...over });
const plan = (over: Record<string, unknown> = {}, token = sup0) => gql(s.url, PLAN, { i: { agencyId: AGENCY, ...arrangement(over) } }, token);
const total = async () => (await ok(s.url, '{ inspections { total } }', {}, sup0)).inspections.total as number;

async function suspend(certificateId: string, startsOn: string) {
  const certAdmin = await personnel.token(['CERT_ADMIN']);
  const { certificate } = await ok(personnel.url, 'query($id: ID!) { certificate(id: $id) { version } }', { id: certificateId }, certAdmin);
  await ok(
    personnel.url,
    'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }',
    { id: certificateId, v: certificate.version, i: { ground: 'MISUSED', startsOn, reason: '将执法监督证用于执法监督以外的活动' } },
    certAdmin,
  );
}

beforeAll(async () => {
  personnel = await startSubgraphForTest({ label: 'onsite-personnel', createOrm: createPersonnelOrm, schemaName: PERSONNEL, buildSchema: buildPersonnelSchema, createLoaders: personnelLoaders });
  const em = personnel.orm.em.fork();
  const now = personnel.clock.now();
  em.create(Agency, { id: BUREAU, name: '州司法局', level: AgencyLevel.PREFECTURE, path: `/${BUREAU}/`, region: '昌吉州', createdAt: now, updatedAt: now });
  em.create(Agency, { id: AGENCY, name: '州某执法局', level: AgencyLevel.COUNTY, parentId: BUREAU, path: `/${BUREAU}/${AGENCY}/`, region: '昌吉州', createdAt: now, updatedAt: now });
  em.create(Agency, { id: OTHER, name: '他处', level: AgencyLevel.PREFECTURE, path: `/${OTHER}/`, region: '伊犁州', createdAt: now, updatedAt: now });
  const issuedOn = testDate({ days: -365 });
  const supervisor = (id: string, name: string) => {
    em.create(Officer, { id, name, agencyId: BUREAU, region: '昌吉州', fields: ['执法监督'], duties: [Duty.SUPERVISION], createdAt: now, updatedAt: now });
    em.create(Certificate, {
      id: certOf(id), number: `JD${id.slice(-6)}`, kind: CertificateKind.SUPERVISION, officerId: id, fields: ['执法监督'], region: '昌吉州', issuedOn,
      validUntil: addDays(addNaturalMonths(issuedOn, 60, { extendToWorkingDay: false }), -1), createdAt: now, updatedAt: now,
    });
    em.create(CertificateEvent, { id: id.replace(/^0b/, '0d'), certificateId: certOf(id), kind: CertificateEventKind.ISSUED, effectiveFrom: startOfLocalDate(issuedOn), recordedAt: now });
  };
  SUP.forEach((id, i) => supervisor(id, `监督员${i + 1}`));
  supervisor(SUSPENDED, '暂扣监督员');
  em.create(Officer, { id: PLAIN_OFFICER, name: '执法员甲', agencyId: AGENCY, region: '昌吉州', fields: ['市场监管'], createdAt: now, updatedAt: now });
  em.create(Officer, { id: STRAY_OFFICER, name: '别处执法员', agencyId: OTHER, region: '伊犁州', fields: ['市场监管'], createdAt: now, updatedAt: now });
  await em.flush();
  await suspend(certOf(SUSPENDED), TEST_TODAY);

  s = await startSubgraphForTest({ label: 'onsite', createOrm: createSupervisionOrm, schemaName: SCHEMA, buildSchema: buildSupervisionSchema, createLoaders: loadersFor(personnel.url, 'http://127.0.0.1:9/graphql') });
  await handleOnce(s.orm, SCHEMA, eventEnvelope('personnel', 'agency.snapshot' as EventType, s.clock.now(), {
    rev: 1,
    agencies: [
      { id: BUREAU, parentId: null, path: `/${BUREAU}/`, name: '州司法局', published: true, confirmed: true },
      { id: AGENCY, parentId: BUREAU, path: `/${BUREAU}/${AGENCY}/`, name: '州某执法局', published: true, confirmed: true },
      { id: OTHER, parentId: null, path: `/${OTHER}/`, name: '他处', published: true, confirmed: true },
    ],
  }), agencyProjectionHandlers(SCHEMA)['agency.snapshot']!);
  sup0 = await s.token(['SUPERVISOR'], { agencyId: BUREAU, agencyPath: `/${BUREAU}/`, officerId: SUP[0], name: '监督员1', sub: '00000000-0000-4000-8000-0000000000a1' });
  sup1 = await s.token(['SUPERVISOR'], { agencyId: BUREAU, agencyPath: `/${BUREAU}/`, officerId: SUP[1], name: '监督员2', sub: '00000000-0000-4000-8000-0000000000a2' });
  admin = await s.token(['AGENCY_ADMIN'], { agencyId: AGENCY, agencyPath: `/${BUREAU}/${AGENCY}/` });
}, 120_000);
afterAll(async () => {
  await s?.stop();
  if (!personnelStopped) await personnel?.stop();
});

describe('现场监督: at least two supervisors, each with a valid 执法监督证 on that date (004 第二十二条)', () => {
  it('004 第二十二条: one supervisor is refused PRECONDITION_FAILED, and nothing is stored', async () => {
    const before = await total();
    const r = await plan({ supervisorIds: [SUP[0]] });
    expect(codes(r)).toEqual(['PRECONDITION_FAILED']);
    expect(r.errors?.[0]?.message).toContain('不得少于两人（004 第二十二条）');
    expect(codes(await plan({ supervisorIds: [SUP[0], SUP[0]] }))).toEqual(['PRECONDITION_FAILED']);
    expect(await total()).toBe(before);
  });

  it('004 第二十二条: two, one of whose 执法监督证 is suspended on that date, are refused NOT_ENTITLED naming him', async () => {
    const r = await plan({ supervisorIds: [SUP[0], SUSPENDED] });
    expect(codes(r)).toEqual(['NOT_ENTITLED']);
    expect(r.errors?.[0]?.message).toContain('暂扣监督员');
    expect(r.errors?.[0]?.extensions).toMatchObject({ officerId: SUSPENDED, reason: 'CERTIFICATE_NOT_VALID', status: 'SUSPENDED' });
    // the day before the suspension began, he held a valid one
    const yesterday = await plan({ supervisorIds: [SUP[0], SUSPENDED], date: testDate({ days: -1 }) });
    expect(codes(yesterday)).toEqual([]);
  });

  it('004 第二十条: an enforcement officer without the supervision duty is not a 执法监督人员 (NOT_ENTITLED)', async () => {
    const r = await plan({ supervisorIds: [SUP[0], PLAIN_OFFICER] });
    expect(codes(r)).toEqual(['NOT_ENTITLED']);
    expect(r.errors?.[0]?.extensions?.reason).toBe('NOT_A_SUPERVISOR');
  });

  it('004 第二十二条: two valid supervisors are accepted, with the 执法监督证 shown for each', async () => {
    const d = (await ok(s.url, PLAN, { i: { agencyId: AGENCY, ...arrangement({ startTime: '09:30', endTime: '11:30' }) } }, sup0)).planInspection;
    expect(d).toMatchObject({ status: 'PLANNED', date: TEST_TODAY, supervisorIds: [SUP[0], SUP[1]] });
    expect(d.supervisors).toEqual([
      { officerId: SUP[0], officerName: '监督员1', certificateNumber: 'JD000001', recused: false },
      { officerId: SUP[1], officerName: '监督员2', certificateNumber: 'JD000002', recused: false },
    ]);
  });

  it('DESIGN "Who uses it": supervisors act on their subtree only; agency administrators read, others do not', async () => {
    const elsewhere = await s.token(['SUPERVISOR'], { agencyId: OTHER, agencyPath: `/${OTHER}/` });
    expect(codes(await plan({}, elsewhere))).toEqual(['FORBIDDEN']);
    expect(codes(await plan({}, admin))).toEqual(['FORBIDDEN']);
    expect((await ok(s.url, '{ inspections { total } }', {}, admin)).inspections.total).toBeGreaterThan(0);
    expect((await ok(s.url, '{ inspections { total } }', {}, elsewhere)).inspections.total).toBe(0);
    expect(codes(await gql(s.url, '{ inspections { total } }', {}, await s.token(['OFFICER'], { agencyId: AGENCY })))).toEqual(['FORBIDDEN']);
  });

  it('bad input is BAD_USER_INPUT with every problem, nothing stored', async () => {
    const before = await total();
    const r = await plan({ title: '', place: '', startTime: '25:00' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual(['title', 'startTime', 'place']);
    expect(await total()).toBe(before);
  });
});

describe('回避 (004 第二十一条) keeps a supervisor off the inspection', () => {
  let id: string;
  let version: number;

  beforeAll(async () => {
    const d = (await ok(s.url, PLAN, { i: { agencyId: AGENCY, ...arrangement({ title: '回避用现场监督', supervisorIds: [SUP[0], SUP[1]] }) } }, sup0)).planInspection;
    id = d.id;
    version = d.version;
  });
  const subject = () => ({ type: 'INSPECTION', id });

  it('004 第二十一条 自行回避: only the supervisor himself declares it; then he is refused RECUSED for that inspection', async () => {
    expect(codes(await gql(s.url, DECLARE, { i: { subject: subject(), officerId: SUP[0], grounds: '本人配偶在被监督机关任职' } }, sup1))).toEqual(['FORBIDDEN']);
    const r = (await ok(s.url, DECLARE, { i: { subject: subject(), officerId: SUP[0], grounds: '本人配偶在被监督机关任职' } }, sup0)).declareRecusal;
    expect(r).toMatchObject({ way: 'SELF_DECLARED', status: 'IN_EFFECT', officerName: '监督员1', inEffect: true });
    // a second one for the same supervisor and matter is not recorded
    expect(codes(await gql(s.url, DECLARE, { i: { subject: subject(), officerId: SUP[0], grounds: '本人配偶在被监督机关任职' } }, sup0))).toEqual(['DUPLICATE']);

    const shown = (await ok(s.url, 'query($id: ID!) { inspection(id: $id) { supervisors { officerId recused } recusals { total items { way officer { id } } } } }', { id }, sup1)).inspection;
    expect(shown.supervisors).toEqual([{ officerId: SUP[0], recused: true }, { officerId: SUP[1], recused: false }]);
    expect(shown.recusals).toEqual({ total: 1, items: [{ way: 'SELF_DECLARED', officer: { id: SUP[0] } }] });

    const carried = await gql(s.url, CARRY, { id, v: version, i: {} }, sup1);
    expect(codes(carried)).toEqual(['RECUSED']);
    expect(carried.errors?.[0]?.message).toContain('监督员1已就该监督事项自行回避');
    expect(carried.errors?.[0]?.extensions).toMatchObject({ officerId: SUP[0], recusalId: r.id });
    expect(codes(await gql(s.url, UPDATE, { id, v: version, i: arrangement({ title: '回避用现场监督' }) }, sup1))).toEqual(['RECUSED']);
    // another in his place: accepted
    const replaced = (await ok(s.url, UPDATE, { id, v: version, i: arrangement({ title: '回避用现场监督', supervisorIds: [SUP[2], SUP[1]] }) }, sup1)).updateInspection;
    expect(replaced.supervisorIds).toEqual([SUP[2], SUP[1]]);
    version = replaced.version;
  });

  it('004 第二十一条 申请回避: an application the 主要负责人 rejects leaves the supervisor on the inspection', async () => {
    const applied = (await ok(s.url, APPLY, { i: { subject: subject(), officerId: SUP[2], applicantKind: 'COMPLAINANT', applicantName: '张三', grounds: '认为该监督人员与被监督机关负责人熟识', appliedOn: TEST_TODAY } }, sup1)).applyForRecusal;
    expect(applied).toMatchObject({ way: 'APPLIED', status: 'PENDING', applicantName: '张三', inEffect: false });
    // the complainant's name is protected from the supervised body
    expect((await ok(s.url, 'query($id: ID!) { recusal(id: $id) { applicantName } }', { id: applied.id }, admin)).recusal.applicantName).toBe('张*');
    // pending: not yet a 回避
    version = (await ok(s.url, UPDATE, { id, v: version, i: arrangement({ title: '回避用现场监督', supervisorIds: [SUP[2], SUP[1]] }) }, sup1)).updateInspection.version;
    // the one concerned does not record the decision on himself
    const self = await s.token(['SUPERVISOR'], { agencyId: BUREAU, agencyPath: `/${BUREAU}/`, officerId: SUP[2] });
    expect(codes(await gql(s.url, DECIDE, { id: applied.id, v: applied.version, i: { approved: false, decidedBy: '李局长', decidedOn: TEST_TODAY, reason: '无利害关系' } }, self))).toEqual(['FORBIDDEN']);
    const rejected = (await ok(s.url, DECIDE, { id: applied.id, v: applied.version, i: { approved: false, decidedBy: '李局长', decidedOn: TEST_TODAY, reason: '经核实无利害关系' } }, sup1)).decideRecusal;
    expect(rejected).toMatchObject({ status: 'REJECTED', approved: false, decidedBy: '李局长', inEffect: false });
    expect(codes(await gql(s.url, DECIDE, { id: applied.id, v: rejected.version, i: { approved: true, decidedBy: '李局长', decidedOn: TEST_TODAY } }, sup1))).toEqual(['ILLEGAL_TRANSITION']);
    const carried = (await ok(s.url, CARRY, { id, v: version, i: {} }, sup1)).carryOutInspection;
    expect(carried).toMatchObject({ status: 'CARRIED_OUT', supervisorIds: [SUP[2], SUP[1]] });
    version = carried.version;
  });

  it('004 第二十一条: the supervised body applies itself; an approved application is a 回避 in effect', async () => {
    const other = (await ok(s.url, PLAN, { i: { agencyId: AGENCY, ...arrangement({ title: '申请回避用', supervisorIds: [SUP[1], SUP[3]] }) } }, sup0)).planInspection;
    const bodyApplying = { subject: { type: 'INSPECTION', id: other.id }, officerId: SUP[3], applicantName: '州某执法局', grounds: '该监督人员曾在本局任职且存在纠纷', appliedOn: TEST_TODAY };
    expect(codes(await gql(s.url, APPLY, { i: { ...bodyApplying, applicantKind: 'COMPLAINANT' } }, admin))).toEqual(['BAD_USER_INPUT']);
    const applied = (await ok(s.url, APPLY, { i: { ...bodyApplying, applicantKind: 'SUPERVISED_BODY' } }, admin)).applyForRecusal;
    expect(applied).toMatchObject({ status: 'PENDING', applicantName: '州某执法局' });
    // the 监督机关 cannot order while the application waits
    expect(codes(await gql(s.url, ORDER, { i: { subject: { type: 'INSPECTION', id: other.id }, officerId: SUP[3], grounds: '存在纠纷可能影响公正', decidedBy: '州司法局', decidedOn: TEST_TODAY } }, sup0))).toEqual(['PRECONDITION_FAILED']);
    expect((await ok(s.url, DECIDE, { id: applied.id, v: applied.version, i: { approved: true, decidedBy: '李局长', decidedOn: TEST_TODAY } }, sup0)).decideRecusal).toMatchObject({ status: 'IN_EFFECT', inEffect: true });
    expect(codes(await gql(s.url, CARRY, { id: other.id, v: other.version, i: {} }, sup0))).toEqual(['RECUSED']);
  });

  it('004 第二十一条 决定回避: the 监督机关 orders it; lists per matter and per supervisor', async () => {
    const ordered = (await ok(s.url, ORDER, { i: { subject: subject(), officerId: SUP[1], grounds: '经查与被监督机关负责人系近亲属', decidedBy: '州司法局', decidedOn: TEST_TODAY } }, sup0)).orderRecusal;
    expect(ordered).toMatchObject({ way: 'DECIDED', status: 'IN_EFFECT', inEffect: true });
    const perMatter = (await ok(s.url, 'query($id: ID!) { recusals(filter: { subjectId: $id }) { total items { way status } } }', { id }, sup0)).recusals;
    expect(perMatter.items.map((r: { way: string }) => r.way).sort()).toEqual(['APPLIED', 'DECIDED', 'SELF_DECLARED']);
    const perSupervisor = (await ok(s.url, 'query($o: ID!) { recusals(filter: { officerId: $o, status: IN_EFFECT }) { total } }', { o: SUP[0] }, sup0)).recusals;
    expect(perSupervisor.total).toBe(1);
    // every kind of matter is looked up in its own table: an id that is no such matter is refused, not recorded against an unchecked id
    for (const type of ['NOTICE', 'DECISION', 'SANCTION', 'REVIEW']) {
      const unknown = await gql(s.url, DECLARE, { i: { subject: { type, id }, officerId: SUP[0], grounds: '本人配偶在被监督机关任职' } }, sup0);
      expect(codes(unknown)).toEqual(['NOT_FOUND']);
    }
  });

  it('004 第二十二条 全过程记录: entries are numbered, append-only; concluding needs the record, findings and conclusion', async () => {
    const at = new Date(new Date(TEST_NOW).getTime() - 60_000).toISOString();
    const ADD = 'mutation($id: ID!, $i: InspectionEntryInput!) { addInspectionEntry(id: $id, input: $i) { seq text attachments { name sha256 } } }';
    const e1 = (await ok(s.url, ADD, { id, i: { at, text: '出示行政执法监督证，说明来意', attachments: [{ name: '出示证件.jpg', sha256: 'ab'.repeat(32), size: 2048 }] } }, sup1)).addInspectionEntry;
    const e2 = (await ok(s.url, ADD, { id, i: { at, text: '查阅2026年行政处罚案卷3宗' } }, sup1)).addInspectionEntry;
    expect([e1.seq, e2.seq]).toEqual([1, 2]);
    expect(e1.attachments).toEqual([{ name: '出示证件.jpg', sha256: 'ab'.repeat(32) }]);
    await expect(s.orm.em.fork().getConnection().execute(`update ${SCHEMA}.inspection_entry set text = 'x'`)).rejects.toThrow(/只能追加/);
    const CONCLUDE = 'mutation($id: ID!, $v: Int!, $i: ConcludeInspectionInput!) { concludeInspection(id: $id, version: $v, input: $i) { status findings version } }';
    expect(codes(await gql(s.url, CONCLUDE, { id, v: version - 1, i: { findings: '未发现问题', conclusion: '证件使用规范' } }, sup1))).toEqual(['CONCURRENT_MODIFICATION']);
    const done = (await ok(s.url, CONCLUDE, { id, v: version, i: { findings: '1名执法人员未随身携带执法证', conclusion: '基本规范，责令整改' } }, sup1)).concludeInspection;
    expect(done.status).toBe('CONCLUDED');
    expect(codes(await gql(s.url, ADD, { id, i: { at, text: '办结后追加' } }, sup1))).toEqual(['ILLEGAL_TRANSITION']);
    const log = (await ok(s.url, 'query($id: ID!) { inspection(id: $id) { changeLog { items { action } } entries { total } } }', { id }, sup1)).inspection;
    expect(log.changeLog.items.map((e: { action: string }) => e.action)).toEqual(['办结', '追加记录', '追加记录', '登记实施', '修改', '新建']);
    expect(log.entries.total).toBe(2);
  });

  it('an inspection with an empty record is not concluded (004 第二十二条)', async () => {
    const d = (await ok(s.url, PLAN, { i: { agencyId: AGENCY, ...arrangement({ title: '无记录', date: testDate({ days: -1 }) }) } }, sup0)).planInspection;
    const c = (await ok(s.url, CARRY, { id: d.id, v: d.version, i: {} }, sup0)).carryOutInspection;
    const r = await gql(s.url, 'mutation($id: ID!, $v: Int!, $i: ConcludeInspectionInput!) { concludeInspection(id: $id, version: $v, input: $i) { id } }', { id: d.id, v: c.version, i: { findings: '未发现问题', conclusion: '规范' } }, sup0);
    expect(codes(r)).toEqual(['PRECONDITION_FAILED']);
  });
});

describe('移送 (004 第三十一条)', () => {
  const CREATE = 'mutation($i: ReferralInput!) { createReferral(input: $i) { id version status officerNames recipientKind } }';
  const SEND = 'mutation($id: ID!, $v: Int!, $on: String!) { sendReferral(id: $id, version: $v, sentOn: $on) { number status version issuerName sentOn } }';
  const duty = (over: Record<string, unknown> = {}) => ({
    clueKind: 'DUTY_OFFENCE', offence: 'CORRUPTION_BRIBERY', recipientKind: 'SUPERVISORY_COMMISSION', recipientName: '昌吉州监察委员会', agencyId: AGENCY,
    officerIds: [PLAIN_OFFICER], summary: '现场监督中发现该执法人员收受当事人财物后减轻处罚', ...over,
  });

  it('004 第三十一条第一款: a duty offence goes to a 监察机关, numbered when sent in the issuing body\'s REFERRAL series', async () => {
    const a = (await ok(s.url, CREATE, { i: duty() }, sup0)).createReferral;
    expect(a).toMatchObject({ status: 'DRAFT', officerNames: ['执法员甲'], recipientKind: 'SUPERVISORY_COMMISSION' });
    const sentA = (await ok(s.url, SEND, { id: a.id, v: a.version, on: TEST_TODAY }, sup0)).sendReferral;
    expect(sentA).toMatchObject({ number: `监移〔${TEST_YEAR}〕1号`, status: 'SENT', issuerName: '州司法局', sentOn: TEST_TODAY });
    const b = (await ok(s.url, CREATE, { i: duty({ offence: 'DERELICTION' }) }, sup0)).createReferral;
    expect((await ok(s.url, SEND, { id: b.id, v: b.version, on: TEST_TODAY }, sup0)).sendReferral.number).toBe(`监移〔${TEST_YEAR}〕2号`);
    // 回执 then reply
    const RECEIPT = 'mutation($id: ID!, $v: Int!, $i: ReferralReceiptInput!) { recordReferralReceipt(id: $id, version: $v, input: $i) { status version receivedBy } }';
    const ack = (await ok(s.url, RECEIPT, { id: a.id, v: sentA.version, i: { receivedOn: TEST_TODAY, receivedBy: '王某' } }, sup0)).recordReferralReceipt;
    expect(ack).toMatchObject({ status: 'ACKNOWLEDGED', receivedBy: '王某' });
    const REPLY = 'mutation($id: ID!, $v: Int!, $i: ReferralReplyInput!) { recordReferralReply(id: $id, version: $v, input: $i) { status reply } }';
    expect((await ok(s.url, REPLY, { id: a.id, v: ack.version, i: { repliedOn: TEST_TODAY, reply: '已立案审查调查' } }, sup0)).recordReferralReply).toEqual({ status: 'REPLIED', reply: '已立案审查调查' });
  });

  it('004 第三十一条: the recipient must fit the clue — a duty offence to a 检察机关, or a public-interest clue to a 监察机关, is refused', async () => {
    const wrong = await gql(s.url, CREATE, { i: duty({ recipientKind: 'PROCURATORATE', recipientName: '昌吉州人民检察院' }) }, sup0);
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors?.[0]?.extensions?.field).toBe('recipientKind');
    const publicInterest = { clueKind: 'PUBLIC_INTEREST', field: 'FOOD_AND_DRUG_SAFETY', conduct: 'INACTION', agencyId: AGENCY, summary: '对辖区内销售过期药品的投诉长期不予查处' };
    expect(codes(await gql(s.url, CREATE, { i: { ...publicInterest, recipientKind: 'SUPERVISORY_COMMISSION', recipientName: '昌吉州监察委员会' } }, sup0))).toEqual(['BAD_USER_INPUT']);
    expect((await ok(s.url, CREATE, { i: { ...publicInterest, recipientKind: 'PROCURATORATE', recipientName: '昌吉州人民检察院' } }, sup0)).createReferral).toMatchObject({ status: 'DRAFT', officerNames: [] });
  });

  it('004 第三十一条: the officers concerned are checked with personnel: unknown or outside the caller\'s scope → NOT_FOUND', async () => {
    expect(codes(await gql(s.url, CREATE, { i: duty({ officerIds: [STRAY_OFFICER] }) }, sup0))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, CREATE, { i: duty({ officerIds: ['0b000000-0000-4000-8000-0000000000ff'] }) }, sup0))).toEqual(['NOT_FOUND']);
    // a bureau supervisor is not an officer of the agency concerned
    expect(codes(await gql(s.url, CREATE, { i: duty({ officerIds: [SUP[3]] }) }, sup0))).toEqual(['BAD_USER_INPUT']);
  });

  it('the supervised body does not read what is referred about it', async () => {
    expect(codes(await gql(s.url, '{ referrals { total } }', {}, admin))).toEqual(['FORBIDDEN']);
    expect((await ok(s.url, '{ referrals { total } }', {}, sup0)).referrals.total).toBe(3);
  });
});

describe('lists are batched', () => {
  it('the inspections list with supervisors, recusals and entries: the same number of SQL statements for 1 and for all', async () => {
    const q = 'query($n: Int!) { inspections(limit: $n) { items { id supervisors { officerId recused } recusals { total items { id } } entries { total } changeLog { total } } } }';
    const count = async (n: number) => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, q, { n }, sup0);
      const statements = sqlCounter.statements - before;
      return { statements, items: d.inspections.items.length };
    };
    const one = await count(1);
    const all = await count(50);
    expect(all.items).toBeGreaterThan(3);
    expect(all.statements).toBe(one.statements);
  });
});

describe('fails closed', () => {
  it('when personnel cannot answer, planning is refused with DEPENDENCY_UNAVAILABLE and nothing is stored', async () => {
    const before = await total();
    await personnel.stop();
    personnelStopped = true;
    const r = await plan({ title: '人员子图停止时' });
    expect(codes(r)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect(await total()).toBe(before);
  });
});
