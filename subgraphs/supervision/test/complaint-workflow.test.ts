/**
 * Handling a complaint (004 第八条) on the real PostgreSQL, with the real personnel subgraph (which answers who is a
 * 执法监督人员, 004 第二十条、第二十二条) and the real cases subgraph (which answers about the case named): every step
 * dated, refused out of order, at a version; the complainant protected per role; a repeat complainant recognised
 * by a keyed fingerprint; EnforcementCase.complaints batched.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  addDays, addNaturalMonths, agencyProjectionHandlers, eventEnvelope, handleOnce, newId, sqlCounter, startOfLocalDate, type EventType,
} from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, TEST_YEAR, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
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
import { createCasesOrm, SCHEMA as CASES } from '../../cases/src/orm.js';
import { buildCasesSchema } from '../../cases/src/schema.js';
import { loadersFor as casesLoadersFor } from '../../cases/src/loaders.js';

// PARENT → AGENCY → CHILD; OTHER beside.
const id = (n: number) => `73000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const PARENT = id(1);
const AGENCY = id(2);
const CHILD = id(3);
const OTHER = id(4);
const PATHS: Record<string, string> = { [PARENT]: `/${PARENT}/`, [AGENCY]: `/${PARENT}/${AGENCY}/`, [CHILD]: `/${PARENT}/${AGENCY}/${CHILD}/`, [OTHER]: `/${OTHER}/` };
const OFFICER = id(10); // an enforcement officer of AGENCY, complained of
const SUP_A = id(11); // 执法监督人员 of AGENCY
const SUP_A2 = id(12); // another of AGENCY
const SUP_P = id(13); // of PARENT (above the acting supervisor)
const SUP_C = id(14); // of CHILD (below AGENCY)
const SUP_O = id(15); // of OTHER
const NOT_SUP = id(16); // holds a 执法监督证 but has no supervision duty
const EXPIRED = id(17); // supervision duty, 执法监督证 expired yesterday
const LEFT = id(18); // supervision duty and certificate, but 离职
const MATTER = id(30);

let personnel: SubgraphUnderTest;
let cases: SubgraphUnderTest;
let s: SubgraphUnderTest;
let personnelStopped = false;
let casesStopped = false;
let sup: string; // SUPERVISOR at AGENCY (the actor)
let supAbove: string; // SUPERVISOR at PARENT
let supElsewhere: string; // SUPERVISOR at OTHER
let agencyAdmin: string; // AGENCY_ADMIN of AGENCY, the complained-of agency
let parentAdmin: string; // AGENCY_ADMIN of PARENT
let sysAdmin: string;
const caseIds: Record<string, string> = {};

const CREATE = 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id number version status caseId } }';
const FIELDS = `id number status version handlerId handlerName acceptedAt rejectedAt rejectionReason assignedAt investigationStartedAt concludedAt
  finding reply repliedVia repliedOn caseId complainantName complainantPhone complainantAddress complainantEmail repeat sameComplainantCount availableActions
  steps { kind status at actorName note handlerId handlerName handlerCertificateNumber caseId caseNumber }`;
const GET = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!, $note: String) { acceptComplaint(id: $id, version: $v, note: $note) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $v: Int!, $reason: String!) { rejectComplaint(id: $id, version: $v, reason: $reason) { ${FIELDS} } }`;
const ASSIGN = `mutation($id: ID!, $v: Int!, $o: ID!, $note: String) { assignComplaintHandler(id: $id, version: $v, officerId: $o, note: $note) { ${FIELDS} } }`;
const START = `mutation($id: ID!, $v: Int!) { startComplaintInvestigation(id: $id, version: $v) { ${FIELDS} } }`;
const CONCLUDE = `mutation($id: ID!, $v: Int!, $i: ConcludeComplaintInput!) { concludeComplaint(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const LINK = `mutation($id: ID!, $v: Int!, $c: ID) { setComplaintCase(id: $id, version: $v, caseId: $c) { ${FIELDS} } }`;

const feed = (sg: SubgraphUnderTest, schema: string, type: EventType, payload: unknown) =>
  handleOnce(sg.orm, schema, eventEnvelope('personnel', type, sg.clock.now(), payload), agencyProjectionHandlers(schema)[type]!);
const snapshot = {
  rev: 1,
  agencies: [
    { id: PARENT, parentId: null, path: PATHS[PARENT], name: '州司法局', published: true, confirmed: true },
    { id: AGENCY, parentId: PARENT, path: PATHS[AGENCY], name: '市城管局', published: true, confirmed: true },
    { id: CHILD, parentId: AGENCY, path: PATHS[CHILD], name: '城管中队', published: true, confirmed: true },
    { id: OTHER, parentId: null, path: PATHS[OTHER], name: '他处', published: true, confirmed: true },
  ],
};

/** A named complaint about AGENCY's officer, received now unless said otherwise. */
async function register(extra: Record<string, unknown> = {}, token = sup) {
  return (await ok(s.url, CREATE, { i: { channel: 'PHONE', complainantName: '王五', complainantPhone: '13600001111', agencyId: AGENCY, officerId: OFFICER, content: '执法时态度恶劣', ...extra } }, token)).createComplaint as { id: string; version: number; number: string };
}
const get = async (cid: string, token = sup) => (await ok(s.url, GET, { id: cid }, token)).complaint;
const run = (q: string, vars: Record<string, unknown>, token = sup) => gql(s.url, q, vars, token);

beforeAll(async () => {
  personnel = await startSubgraphForTest({ label: 'complaints-personnel', createOrm: createPersonnelOrm, schemaName: PERSONNEL, buildSchema: buildPersonnelSchema, createLoaders: personnelLoaders });
  const em = personnel.orm.em.fork();
  const now = personnel.clock.now();
  const agency = (aid: string, name: string, level: AgencyLevel, parentId: string | null) =>
    em.create(Agency, { id: aid, name, level, parentId, path: PATHS[aid]!, region: '昌吉州', createdAt: now, updatedAt: now });
  agency(PARENT, '州司法局', AgencyLevel.PREFECTURE, null);
  agency(AGENCY, '市城管局', AgencyLevel.COUNTY, PARENT);
  agency(CHILD, '城管中队', AgencyLevel.TOWNSHIP, AGENCY);
  agency(OTHER, '他处', AgencyLevel.PREFECTURE, null);
  const issuedOn = testDate({ days: -365 });
  const person = (oid: string, name: string, agencyId: string, o: { duties?: Duty[]; cert?: boolean; validUntil?: string; left?: boolean } = {}) => {
    em.create(Officer, {
      id: oid, name, agencyId, region: '昌吉州', duties: o.duties ?? [Duty.SUPERVISION], createdAt: now, updatedAt: now,
      ...(o.left ? { employmentStatus: 'LEFT' as never } : {}),
    });
    if (o.cert === false) return;
    const certificateId = oid.replace(/^73/, '74');
    em.create(Certificate, {
      id: certificateId, number: `JD${oid.slice(-6)}`, kind: CertificateKind.SUPERVISION, officerId: oid, fields: [], region: '昌吉州', issuedOn,
      validUntil: o.validUntil ?? addDays(addNaturalMonths(issuedOn, 60, { extendToWorkingDay: false }), -1), createdAt: now, updatedAt: now,
    });
    em.create(CertificateEvent, { id: oid.replace(/^73/, '75'), certificateId, kind: CertificateEventKind.ISSUED, effectiveFrom: startOfLocalDate(issuedOn), recordedAt: now });
  };
  person(OFFICER, '赵执法', AGENCY, { duties: [Duty.ENFORCEMENT], cert: false });
  person(SUP_A, '甲监督', AGENCY);
  person(SUP_A2, '乙监督', AGENCY);
  person(SUP_P, '州监督', PARENT);
  person(SUP_C, '中队监督', CHILD);
  person(SUP_O, '他处监督', OTHER);
  person(NOT_SUP, '无监督职责', AGENCY, { duties: [Duty.ENFORCEMENT] });
  person(EXPIRED, '证已过期', AGENCY, { validUntil: testDate({ days: -1 }) });
  person(LEFT, '已离职', AGENCY, { left: true });
  await em.flush();

  cases = await startSubgraphForTest({ label: 'complaints-cases', createOrm: createCasesOrm, schemaName: CASES, buildSchema: buildCasesSchema, createLoaders: casesLoadersFor(personnel.url) });
  await feed(cases, CASES, 'agency.snapshot', snapshot);
  const conn = cases.orm.em.getConnection();
  await conn.execute(`insert into cases.enforcement_matter (id, agency_id, name, category, legal_basis, list_seq, created_at, updated_at, version)
    values (?, ?, '对违法占道经营的处罚', 'PUNISHMENT', '《城市市容和环境卫生管理条例》', 1, now(), now(), 1)`, [MATTER, AGENCY]);
  let seq = 0;
  const insertCase = async (key: string, agencyId: string) => {
    seq += 1;
    caseIds[key] = newId();
    await conn.execute(
      `insert into cases.enforcement_case (id, number, year, seq, agency_id, matter_id, category, cause, registered_on, registered_at, stage, stage_entered_at)
       values (?, ?, ?, ?, ?, ?, 'PUNISHMENT', '占道经营', ?, now(), 'INVESTIGATION', now())`,
      [caseIds[key], `〔${TEST_YEAR}〕${String(seq).padStart(4, '0')}号`, TEST_YEAR, seq, agencyId, MATTER, TEST_TODAY],
    );
  };
  await insertCase('agency', AGENCY);
  await insertCase('child', CHILD);
  await insertCase('other', OTHER);
  for (let i = 0; i < 6; i++) await insertCase(`many${i}`, AGENCY);

  s = await startSubgraphForTest({ label: 'complaints', createOrm: createSupervisionOrm, schemaName: SCHEMA, buildSchema: buildSupervisionSchema, createLoaders: loadersFor(personnel.url, cases.url) });
  await feed(s, SCHEMA, 'agency.snapshot', snapshot);
  sup = await s.token(['SUPERVISOR'], { agencyId: AGENCY, agencyPath: PATHS[AGENCY], name: '市司法局监督员' });
  supAbove = await s.token(['SUPERVISOR'], { agencyId: PARENT, agencyPath: PATHS[PARENT], name: '州司法局监督员' });
  supElsewhere = await s.token(['SUPERVISOR'], { agencyId: OTHER, agencyPath: PATHS[OTHER] });
  agencyAdmin = await s.token(['AGENCY_ADMIN'], { agencyId: AGENCY, agencyPath: PATHS[AGENCY] });
  parentAdmin = await s.token(['AGENCY_ADMIN'], { agencyId: PARENT, agencyPath: PATHS[PARENT] });
  sysAdmin = await s.token(['SYSTEM_ADMIN']);
}, 120_000);
afterAll(async () => {
  await s?.stop();
  if (!casesStopped) await cases?.stop();
  if (!personnelStopped) await personnel?.stop();
});

describe('004 第八条: a complaint is accepted, given a handler, investigated and concluded — each step dated', () => {
  it('004 第八条, 第二十条: the whole way, with the timeline, the actions offered at each step and the change log', async () => {
    const c = await register({ complainantAddress: '昌吉市延安北路 88 号', complainantEmail: 'wang@example.com' });
    let d = await get(c.id);
    expect(d).toMatchObject({ status: 'RECEIVED', version: 1, availableActions: ['ACCEPT', 'REJECT', 'LINK_CASE'], handlerId: null });
    expect(d.steps).toEqual([expect.objectContaining({ kind: 'REGISTERED', status: 'RECEIVED', actorName: '市司法局监督员' })]);

    d = (await ok(s.url, ACCEPT, { id: c.id, v: 1, note: '属于监督范围' }, sup)).acceptComplaint;
    expect(d).toMatchObject({ status: 'ACCEPTED', version: 2, availableActions: ['ASSIGN_HANDLER', 'LINK_CASE'] });
    expect(new Date(d.acceptedAt).toISOString()).toBe(s.clock.now().toISOString());

    d = (await ok(s.url, ASSIGN, { id: c.id, v: 2, o: SUP_A }, sup)).assignComplaintHandler;
    expect(d).toMatchObject({ status: 'ACCEPTED', version: 3, handlerId: SUP_A, handlerName: '甲监督', availableActions: ['ASSIGN_HANDLER', 'START_INVESTIGATION', 'LINK_CASE'] });

    d = (await ok(s.url, START, { id: c.id, v: 3 }, sup)).startComplaintInvestigation;
    expect(d).toMatchObject({ status: 'INVESTIGATING', version: 4, availableActions: ['ASSIGN_HANDLER', 'CONCLUDE', 'LINK_CASE'] });

    const reply = { finding: 'SUBSTANTIATED', reply: '经调查核实，反映情况属实，已责令该局改正并对当事执法人员批评教育。', repliedVia: 'PHONE', repliedOn: TEST_TODAY };
    d = (await ok(s.url, CONCLUDE, { id: c.id, v: 4, i: reply }, sup)).concludeComplaint;
    expect(d).toMatchObject({ status: 'CONCLUDED', version: 5, finding: 'SUBSTANTIATED', repliedVia: 'PHONE', repliedOn: TEST_TODAY, availableActions: [] });
    expect(d.concludedAt).not.toBeNull();
    expect(d.steps.map((x: any) => [x.kind, x.status])).toEqual([
      ['REGISTERED', 'RECEIVED'], ['ACCEPTED', 'ACCEPTED'], ['HANDLER_ASSIGNED', 'ACCEPTED'], ['INVESTIGATION_STARTED', 'INVESTIGATING'], ['CONCLUDED', 'CONCLUDED'],
    ]);
    expect(d.steps[1].note).toBe('属于监督范围');
    // 004 第二十条: the handler's 执法监督证 at the instant of assignment is on the record
    expect(d.steps[2]).toMatchObject({ handlerId: SUP_A, handlerName: '甲监督', handlerCertificateNumber: `JD${SUP_A.slice(-6)}` });
    expect(d.steps[4].note).toBe(reply.reply);
    for (const step of d.steps) expect(new Date(step.at).toISOString()).toBe(s.clock.now().toISOString());

    const log = (await ok(s.url, 'query($id: ID!) { complaint(id: $id) { changeLog { total items { action actorName changes { field before after } } } } }', { id: c.id }, sup)).complaint.changeLog;
    expect(log.items.map((e: any) => e.action)).toEqual(['办结', '开始调查核实', '指定承办人', '受理', '登记']);
    // the complainant never enters the log in full
    const registered = log.items[4].changes;
    expect(registered).toEqual(expect.arrayContaining([
      { field: 'complainantName', before: null, after: '王*' },
      { field: 'complainantPhone', before: null, after: '136****1111' },
      { field: 'complainantEmail', before: null, after: 'w***@example.com' },
    ]));
    expect(JSON.stringify(log)).not.toContain('13600001111');
    expect(JSON.stringify(log)).not.toContain('延安北路 88 号');
  });

  it('DESIGN "rejected with a reason": 不予受理 needs at least 4 characters; a rejection ends the handling', async () => {
    const c = await register();
    const short = await run(REJECT, { id: c.id, v: 1, reason: '不管' });
    expect(codes(short)).toEqual(['BAD_USER_INPUT']);
    expect(short.errors?.[0]?.extensions?.field).toBe('reason');
    const d = (await ok(s.url, REJECT, { id: c.id, v: 1, reason: '不属于行政执法监督范围，已告知向法院起诉' }, sup)).rejectComplaint;
    expect(d).toMatchObject({ status: 'REJECTED', rejectionReason: '不属于行政执法监督范围，已告知向法院起诉', version: 2, availableActions: [] });
    expect(d.steps.at(-1)).toMatchObject({ kind: 'REJECTED', note: '不属于行政执法监督范围，已告知向法院起诉' });
    for (const [q, vars] of [[ACCEPT, {}], [ASSIGN, { o: SUP_A }], [LINK, { c: caseIds.agency }]] as const) {
      const r = await run(q, { id: c.id, v: 2, ...vars });
      expect(codes(r)).toEqual(['ILLEGAL_TRANSITION']);
      expect(r.errors?.[0]?.message).toContain('已决定不予受理，办理已终结');
    }
  });

  it('004 第八条: an accepted complaint cannot be rejected later; nothing is investigated before a handler, nothing concluded before investigation', async () => {
    const c = await register();
    expect(codes(await run(ASSIGN, { id: c.id, v: 1, o: SUP_A }))).toEqual(['ILLEGAL_TRANSITION']);
    await ok(s.url, ACCEPT, { id: c.id, v: 1 }, sup);
    const again = await run(REJECT, { id: c.id, v: 2, reason: '重新考虑后不予受理' });
    expect(codes(again)).toEqual(['ILLEGAL_TRANSITION']);
    expect(again.errors?.[0]?.message).toContain('已受理的投诉举报不能再不予受理');
    const noHandler = await run(START, { id: c.id, v: 2 });
    expect(codes(noHandler)).toEqual(['PRECONDITION_FAILED']);
    expect(noHandler.errors?.[0]?.extensions?.missing).toEqual(['承办人（执法监督人员）']);
    const early = await run(CONCLUDE, { id: c.id, v: 2, i: { finding: 'UNSUBSTANTIATED', reply: '不属实，已答复', repliedVia: 'PHONE', repliedOn: TEST_TODAY } });
    expect(codes(early)).toEqual(['ILLEGAL_TRANSITION']);
    expect(early.errors?.[0]?.message).toContain('请先指定承办人并开始调查核实');
    expect((await get(c.id)).version).toBe(2); // nothing changed
  });

  it('004 第八条 办结: a named complainant is answered (how and when); an anonymous complaint needs no reply channel', async () => {
    const named = await register();
    const anonymous = await register({ anonymous: true, complainantName: null, complainantPhone: null });
    for (const c of [named, anonymous]) {
      await ok(s.url, ACCEPT, { id: c.id, v: 1 }, sup);
      await ok(s.url, ASSIGN, { id: c.id, v: 2, o: SUP_A2 }, sup);
      await ok(s.url, START, { id: c.id, v: 3 }, sup);
    }
    const bare = { finding: 'UNSUBSTANTIATED', reply: '经调查核实，反映情况不属实。' };
    const r = await run(CONCLUDE, { id: named.id, v: 4, i: bare });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual(['repliedVia', 'repliedOn']);
    const future = await run(CONCLUDE, { id: named.id, v: 4, i: { ...bare, repliedVia: 'LETTER', repliedOn: testDate({ days: 1 }) } });
    expect(future.errors?.[0]?.message).toContain('答复日期不能晚于今天');
    const d = (await ok(s.url, CONCLUDE, { id: anonymous.id, v: 4, i: bare }, sup)).concludeComplaint;
    expect(d).toMatchObject({ status: 'CONCLUDED', repliedVia: null, repliedOn: null, finding: 'UNSUBSTANTIATED' });
  });
});

describe('004 第二十条、第二十二条: the handler is a 执法监督人员 at that instant — asked of personnel', () => {
  let c: { id: string };
  let v = 2;
  beforeAll(async () => {
    c = await register();
    await ok(s.url, ACCEPT, { id: c.id, v: 1 }, sup);
  });

  it('004 第二十条: no supervision duty, a 执法监督证 expired, or someone who left is NOT_ENTITLED, with who and why', async () => {
    const expect_ = async (officerId: string, why: string) => {
      const r = await run(ASSIGN, { id: c.id, v, o: officerId });
      expect(codes(r)).toEqual(['NOT_ENTITLED']);
      expect(r.errors?.[0]?.message).toContain(why);
      expect(r.errors?.[0]?.message).toContain('004 第二十条、第二十二条');
    };
    await expect_(NOT_SUP, '无监督职责不是执法监督人员');
    await expect_(EXPIRED, '证已过期行政执法监督证在该时刻无效');
    await expect_(LEFT, '已离职不在岗');
    await expect_(OFFICER, '赵执法不是执法监督人员');
    await expect_(id(99), '查无此人');
    expect((await get(c.id)).handlerId).toBeNull();
  });

  it('the handler works for a 监督机关 of the complained-of agency within the assigner\'s subtree — not below it, not elsewhere, not above the assigner', async () => {
    for (const officerId of [SUP_C, SUP_O, SUP_P]) {
      const r = await run(ASSIGN, { id: c.id, v, o: officerId });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.extensions?.field).toBe('officerId');
    }
    // the prefecture's supervisor may assign his own staff to a complaint about the county's agency
    const d = (await ok(s.url, ASSIGN, { id: c.id, v, o: SUP_P }, supAbove)).assignComplaintHandler;
    expect(d).toMatchObject({ handlerId: SUP_P, handlerName: '州监督' });
    v += 1;
  });

  it('reassigning is allowed and recorded with the former handler; the same handler again is refused', async () => {
    const d = (await ok(s.url, ASSIGN, { id: c.id, v, o: SUP_A, note: '州局交办' }, supAbove)).assignComplaintHandler;
    v += 1;
    expect(d.steps.at(-1)).toMatchObject({ kind: 'HANDLER_REASSIGNED', handlerId: SUP_A, handlerName: '甲监督', note: '原承办人：州监督；州局交办' });
    const same = await run(ASSIGN, { id: c.id, v, o: SUP_A });
    expect(codes(same)).toEqual(['BAD_USER_INPUT']);
    expect(same.errors?.[0]?.message).toContain('已是本件的承办人');
    // and during the investigation too
    await ok(s.url, START, { id: c.id, v }, sup);
    v += 1;
    expect((await ok(s.url, ASSIGN, { id: c.id, v, o: SUP_A2 }, sup)).assignComplaintHandler).toMatchObject({ status: 'INVESTIGATING', handlerId: SUP_A2 });
    v += 1;
  });

  it('004 第二十一条: a supervisor with a 回避 in effect on this complaint (here ordered by the 监督机关) cannot become its handler — RECUSED, nothing changes', async () => {
    const ORDER = 'mutation($i: OrderRecusalInput!) { orderRecusal(input: $i) { id way status } }';
    const order = { officerId: SUP_A, subject: { type: 'COMPLAINT', id: c.id }, grounds: '与被投诉人系近亲属', decidedBy: '市司法局主要负责人', decidedOn: TEST_TODAY };
    expect((await ok(s.url, ORDER, { i: order }, sup)).orderRecusal).toMatchObject({ way: 'DECIDED' });
    const refused = await run(ASSIGN, { id: c.id, v, o: SUP_A });
    expect(codes(refused)).toEqual(['RECUSED']);
    expect(refused.errors?.[0]?.message).toContain('004 第二十一条');
    expect(await get(c.id)).toMatchObject({ handlerId: SUP_A2, version: v });
  });
});

describe('who may act, and concurrent edits (DESIGN "Who uses it"; version column)', () => {
  it('only supervisors of the complained-of agency\'s subtree act: an agency administrator is FORBIDDEN, a supervisor elsewhere NOT_FOUND, anonymous UNAUTHENTICATED', async () => {
    const c = await register();
    expect(codes(await run(ACCEPT, { id: c.id, v: 1 }, agencyAdmin))).toEqual(['FORBIDDEN']);
    expect(codes(await run(ACCEPT, { id: c.id, v: 1 }, sysAdmin))).toEqual(['FORBIDDEN']);
    expect(codes(await run(ACCEPT, { id: c.id, v: 1 }, supElsewhere))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, ACCEPT, { id: c.id, v: 1 }))).toEqual(['UNAUTHENTICATED']);
    expect((await get(c.id)).status).toBe('RECEIVED');
    // a supervisor above the agency acts on it
    expect((await ok(s.url, ACCEPT, { id: c.id, v: 1 }, supAbove)).acceptComplaint.status).toBe('ACCEPTED');
  });

  it('a step on a stale screen is CONCURRENT_MODIFICATION naming who changed it; of two at once exactly one wins', async () => {
    const c = await register();
    await ok(s.url, ACCEPT, { id: c.id, v: 1 }, supAbove);
    const stale = await run(ASSIGN, { id: c.id, v: 1, o: SUP_A });
    expect(codes(stale)).toEqual(['CONCURRENT_MODIFICATION']);
    expect(stale.errors?.[0]?.message).toContain('被州司法局监督员受理');
    const d = await register();
    const both = await Promise.all([run(ACCEPT, { id: d.id, v: 1 }), run(REJECT, { id: d.id, v: 1, reason: '同时提交的不予受理' })]);
    expect(both.map((r) => (r.errors?.length ? codes(r)[0] : 'OK')).sort()).toEqual(['CONCURRENT_MODIFICATION', 'OK']);
    const after = await get(d.id);
    expect(after.version).toBe(2);
    expect(after.steps).toHaveLength(2);
  });
});

describe('DESIGN "contact details protected": the complainant in full only to the supervisors who handle it', () => {
  let cid: string;
  beforeAll(async () => {
    cid = (await register({ complainantName: '欧阳小明', complainantPhone: '+86 139 0000 2222', complainantAddress: '昌吉市延安北路 88 号', complainantEmail: 'ouyang@example.com' })).id;
  });
  const view = async (token: string) =>
    (await ok(s.url, 'query($id: ID!) { complaint(id: $id) { complainantName complainantPhone complainantAddress complainantEmail repeat sameComplainantCount } }', { id: cid }, token)).complaint;

  it('the supervisors of the subtree (own node and above) read him in full; the phone as one written form', async () => {
    for (const token of [sup, supAbove]) {
      expect(await view(token)).toEqual({ complainantName: '欧阳小明', complainantPhone: '13900002222', complainantAddress: '昌吉市延安北路 88 号', complainantEmail: 'ouyang@example.com', repeat: false, sameComplainantCount: 0 });
    }
  });

  it('the complained-of agency\'s administrator, the one above and the tree-wide administrators see him masked — and not whether he complained before', async () => {
    for (const token of [agencyAdmin, parentAdmin, sysAdmin, await s.token(['CERT_ADMIN'])]) {
      expect(await view(token)).toEqual({ complainantName: '欧***', complainantPhone: '139****2222', complainantAddress: '昌吉市延安北****', complainantEmail: 'o*****@example.com', repeat: null, sameComplainantCount: null });
    }
    // nor can they look him up by his complaints, or find him by searching
    expect(codes(await run('query($id: ID!) { complaints(filter: { sameComplainantAs: $id }) { total } }', { id: cid }, agencyAdmin))).toEqual(['FORBIDDEN']);
    expect(codes(await run('{ complaints(filter: { repeatOnly: true }) { total } }', {}, agencyAdmin))).toEqual(['FORBIDDEN']);
    expect((await ok(s.url, '{ complaints(filter: { search: "欧阳" }) { total } }', {}, agencyAdmin)).complaints.total).toBe(0);
    expect((await ok(s.url, '{ complaints(filter: { search: "13900002222" }) { total } }', {}, agencyAdmin)).complaints.total).toBe(0);
  });
});

describe('repeat complainants recognised without exposing who they are (a keyed fingerprint of the phone)', () => {
  const FP = 'query($id: ID!) { complaint(id: $id) { repeat sameComplainantCount } }';
  let first: string;
  let second: string;
  let third: string;
  let anonymous: string;
  beforeAll(async () => {
    first = (await register({ complainantName: '李四', complainantPhone: '13712345678' })).id;
    second = (await register({ complainantName: '李 四', complainantPhone: '+86 137 1234 5678', agencyId: CHILD, officerId: null })).id;
    third = (await register({ complainantName: '老李', complainantPhone: '137-1234-5678' })).id;
    anonymous = (await register({ anonymous: true, complainantName: null, complainantPhone: null })).id;
  });

  it('the same phone written differently (spaces, +86, dashes) is the same complainant, whatever the name', async () => {
    for (const cid of [first, second, third]) expect((await ok(s.url, FP, { id: cid }, sup)).complaint).toEqual({ repeat: true, sameComplainantCount: 2 });
    expect((await ok(s.url, FP, { id: anonymous }, sup)).complaint).toEqual({ repeat: false, sameComplainantCount: 0 });
    const others = await ok(s.url, 'query($id: ID!) { complaints(filter: { sameComplainantAs: $id }) { total items { id } } }', { id: first }, sup);
    expect(others.complaints.items.map((x: any) => x.id).sort()).toEqual([second, third].sort());
    expect((await ok(s.url, 'query($id: ID!) { complaints(filter: { sameComplainantAs: $id }) { total } }', { id: anonymous }, sup)).complaints.total).toBe(0);
  });

  it('repeatOnly lists the complaints of complainants who complained more than once; counts stay within what the caller handles', async () => {
    const repeated = await ok(s.url, '{ complaints(filter: { repeatOnly: true }, limit: 200) { items { id } } }', {}, sup);
    const got = repeated.complaints.items.map((x: any) => x.id);
    expect(got).toEqual(expect.arrayContaining([first, second, third]));
    expect(got).not.toContain(anonymous);
    // a supervisor elsewhere handles none of them; the one above all of them
    expect((await ok(s.url, FP, { id: first }, supAbove)).complaint.sameComplainantCount).toBe(2);
  });

  it('the fingerprint is stored, never the phone twice, and is not in the graph', async () => {
    const rows = await s.orm.em.getConnection().execute<{ complainant_fingerprint: string | null; id: string }[]>(
      `select id, complainant_fingerprint from supervision.complaint where id in (?, ?, ?, ?)`, [first, second, third, anonymous]);
    const fp = new Map(rows.map((r) => [r.id, r.complainant_fingerprint]));
    expect(fp.get(first)).toMatch(/^[0-9a-f]{64}$/);
    expect(fp.get(second)).toBe(fp.get(first));
    expect(fp.get(anonymous)).toBeNull();
    const type = await ok(s.url, '{ __type(name: "Complaint") { fields { name } } }', {}, sup);
    expect(type.__type.fields.map((f: any) => f.name).filter((n: string) => /fingerprint/i.test(n))).toEqual([]);
  });
});

describe('the case a complaint concerns, checked with cases (fail closed)', () => {
  it('at intake: a case of the agency complained of or of its sub-units; not of a unit above it', async () => {
    const c = (await ok(s.url, CREATE, { i: { channel: 'LETTER', anonymous: true, agencyId: AGENCY, caseId: caseIds.child, content: '对中队办理的案件有异议' } }, sup)).createComplaint;
    expect(c.caseId).toBe(caseIds.child);
    expect((await get(c.id)).steps[0]).toMatchObject({ kind: 'REGISTERED', caseId: caseIds.child, caseNumber: `〔${TEST_YEAR}〕0002号` });
    const above = await run(CREATE, { i: { channel: 'LETTER', anonymous: true, agencyId: CHILD, caseId: caseIds.agency, content: '案件属于上级' } });
    expect(codes(above)).toEqual(['BAD_USER_INPUT']);
    expect(above.errors?.[0]?.message).toContain('不属于被投诉的执法主体或其下级单位');
    // a case outside the caller's scope is not found (cases answers under his token)
    expect(codes(await run(CREATE, { i: { channel: 'LETTER', anonymous: true, agencyId: AGENCY, caseId: caseIds.other, content: '别处的案件' } }))).toEqual(['NOT_FOUND']);
    expect(codes(await run(CREATE, { i: { channel: 'LETTER', anonymous: true, agencyId: AGENCY, caseId: id(98), content: '不存在的案件' } }))).toEqual(['NOT_FOUND']);
  });

  it('set later at a version, changed, removed — each a step; setting the same case changes nothing', async () => {
    const c = await register();
    let d = (await ok(s.url, LINK, { id: c.id, v: 1, c: caseIds.agency }, sup)).setComplaintCase;
    expect(d).toMatchObject({ caseId: caseIds.agency, version: 2 });
    expect(d.steps.at(-1)).toMatchObject({ kind: 'CASE_LINKED', caseId: caseIds.agency, caseNumber: `〔${TEST_YEAR}〕0001号` });
    d = (await ok(s.url, LINK, { id: c.id, v: 2, c: caseIds.agency }, sup)).setComplaintCase;
    expect(d.version).toBe(2);
    expect(codes(await run(LINK, { id: c.id, v: 1, c: caseIds.child }))).toEqual(['CONCURRENT_MODIFICATION']);
    d = (await ok(s.url, LINK, { id: c.id, v: 2, c: null }, sup)).setComplaintCase;
    expect(d).toMatchObject({ caseId: null, version: 3 });
    expect(d.steps.at(-1)).toMatchObject({ kind: 'CASE_UNLINKED' });
  });

  it('EnforcementCase.complaints: the complaints naming each case the caller may see, paged, in the same number of SQL statements for 2 cases as for 6', async () => {
    const many = Array.from({ length: 6 }, (_, i) => caseIds[`many${i}`]!);
    for (const [i, caseId] of many.entries()) {
      for (let k = 0; k <= i % 3; k++) await ok(s.url, CREATE, { i: { channel: 'ONLINE', complainantName: `投诉人${i}`, complainantPhone: `1390000${String(i).padStart(4, '0')}`, agencyId: AGENCY, caseId, content: `关于案件${i}` } }, sup);
    }
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on EnforcementCase { id complaints(limit: 2) { total items { number complainantName repeat } } } } }`;
    const count = async (ids: string[], token = sup) => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, q, { r: ids.map((x) => ({ __typename: 'EnforcementCase', id: x })) }, token);
      return { statements: sqlCounter.statements - before, entities: d._entities };
    };
    const two = await count(many.slice(0, 2));
    const six = await count(many);
    expect(six.statements).toBe(two.statements);
    expect(six.entities.map((e: any) => e.complaints.total)).toEqual([1, 2, 3, 1, 2, 3]);
    expect(six.entities[2].complaints.items).toHaveLength(2);
    expect(six.entities[2].complaints.items[0].complainantName).toBe('投诉人2');
    // the complained-of agency's administrator sees them, masked; a supervisor elsewhere sees none
    expect((await count(many, agencyAdmin)).entities[2].complaints.items[0]).toMatchObject({ complainantName: '投***', repeat: null });
    expect((await count(many, supElsewhere)).entities.map((e: any) => e.complaints.total)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('lists: the workbench\'s filters, order and paging', () => {
  it('open, status, case, handler and dates filter; the workbench order is oldest first', async () => {
    const old = await register({ receivedAt: startOfLocalDate(testDate({ days: -40 })).toISOString(), content: '四十天前收到' });
    const open = await ok(s.url, '{ complaints(filter: { open: true }, orderBy: { field: RECEIVED_AT, direction: ASC }, limit: 3) { total items { id status } } }', {}, sup);
    expect(open.complaints.items[0].id).toBe(old.id);
    expect(open.complaints.items.every((x: any) => ['RECEIVED', 'ACCEPTED', 'INVESTIGATING'].includes(x.status))).toBe(true);
    const closed = await ok(s.url, '{ complaints(filter: { open: false }, limit: 200) { items { status } } }', {}, sup);
    expect(closed.complaints.items.length).toBeGreaterThan(0);
    expect(closed.complaints.items.every((x: any) => ['REJECTED', 'CONCLUDED'].includes(x.status))).toBe(true);
    const window = await ok(s.url, 'query($f: String, $t: String) { complaints(filter: { receivedFrom: $f, receivedTo: $t }) { items { id } } }', { f: testDate({ days: -41 }), t: testDate({ days: -39 }) }, sup);
    expect(window.complaints.items.map((x: any) => x.id)).toEqual([old.id]);
    const byCase = await ok(s.url, 'query($c: ID) { complaints(filter: { caseId: $c }) { total } }', { c: caseIds.many2 }, sup);
    expect(byCase.complaints.total).toBe(3);
    const byHandler = await ok(s.url, 'query($h: ID) { complaints(filter: { handlerId: $h }, limit: 200) { items { handlerId } } }', { h: SUP_A2 }, sup);
    expect(byHandler.complaints.items.length).toBeGreaterThan(0);
    expect(byHandler.complaints.items.every((x: any) => x.handlerId === SUP_A2)).toBe(true);
    expect(codes(await run('{ complaints(filter: { receivedFrom: "yesterday" }) { total } }', {}))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('fails closed when another subgraph cannot answer', () => {
  it('cases down: linking a case is DEPENDENCY_UNAVAILABLE and nothing changes', async () => {
    const c = await register();
    await cases.stop();
    casesStopped = true;
    const r = await run(LINK, { id: c.id, v: 1, c: caseIds.agency });
    expect(codes(r)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect((await get(c.id))).toMatchObject({ version: 1, caseId: null });
  });

  it('personnel down: assigning a handler is DEPENDENCY_UNAVAILABLE and nothing changes', async () => {
    const c = await register({ anonymous: true, complainantName: null, complainantPhone: null });
    await ok(s.url, ACCEPT, { id: c.id, v: 1 }, sup);
    await personnel.stop();
    personnelStopped = true;
    const r = await run(ASSIGN, { id: c.id, v: 2, o: SUP_A });
    expect(codes(r)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect((await get(c.id))).toMatchObject({ version: 2, handlerId: null });
  });
});
