import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { agencyProjectionHandlers, eventEnvelope, handleOnce, maskName, maskPhone, pendingSchemaDiff, sqlCounter, type EventType } from '@jiandu/kit';
import { startSubgraphForTest, TEST_NOW, TEST_YEAR, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createSupervisionOrm, SCHEMA } from '../src/orm.js';
import { buildSupervisionSchema } from '../src/schema.js';
import { loadersFor } from '../src/loaders.js';
import { createPersonnelOrm, SCHEMA as PERSONNEL } from '../../personnel/src/orm.js';
import { buildPersonnelSchema } from '../../personnel/src/schema.js';
import { createLoaders as personnelLoaders } from '../../personnel/src/loaders.js';
import { Agency, AgencyLevel } from '../../personnel/src/agencies/agency.entity.js';
import { Officer } from '../../personnel/src/officers/officer.entity.js';

const AGENCY = '44444444-4444-4444-8444-444444444444';
const OTHER_AGENCY = '55555555-5555-4555-8555-555555555555';
const PARENT = '77777777-7777-4777-8777-777777777777';
const OFFICERS = Array.from({ length: 8 }, (_, i) => `66666666-6666-4666-8666-00000000000${i}`);
const CREATE = 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id number status complainantName complainantPhone officer { id } } }';
const STRAY_OFFICER = '88888888-8888-4888-8888-888888888888'; // an officer of OTHER_AGENCY
let s: SubgraphUnderTest;
let personnel: SubgraphUnderTest; // the real personnel subgraph, which supervision asks about agencies and officers
let personnelStopped = false;
let supervisor: string;

beforeAll(async () => {
  personnel = await startSubgraphForTest({ label: 'supervision-personnel', createOrm: createPersonnelOrm, schemaName: PERSONNEL, buildSchema: buildPersonnelSchema, createLoaders: personnelLoaders });
  const em = personnel.orm.em.fork();
  const now = personnel.clock.now();
  // the same tree as supervision's projection below: PARENT → AGENCY, and OTHER_AGENCY beside
  em.create(Agency, { id: PARENT, name: '上级', level: AgencyLevel.REGION, path: `/${PARENT}/`, region: '全疆', createdAt: now, updatedAt: now });
  em.create(Agency, { id: AGENCY, name: '本单位', level: AgencyLevel.PREFECTURE, parentId: PARENT, path: `/${PARENT}/${AGENCY}/`, region: '全疆', createdAt: now, updatedAt: now });
  em.create(Agency, { id: OTHER_AGENCY, name: '他处', level: AgencyLevel.REGION, path: `/${OTHER_AGENCY}/`, region: '全疆', createdAt: now, updatedAt: now });
  for (const id of OFFICERS) em.create(Officer, { id, name: `人员${id.slice(-1)}`, agencyId: AGENCY, region: '全疆', createdAt: now, updatedAt: now });
  em.create(Officer, { id: STRAY_OFFICER, name: '别处人员', agencyId: OTHER_AGENCY, region: '全疆', createdAt: now, updatedAt: now });
  await em.flush();
  s = await startSubgraphForTest({ label: 'supervision', createOrm: createSupervisionOrm, schemaName: SCHEMA, buildSchema: buildSupervisionSchema, createLoaders: loadersFor(personnel.url) });
  supervisor = await s.token(['SUPERVISOR'], { agencyId: AGENCY });
  // supervision's agency projection, fed through its real handler as personnel's snapshot event would.
  await feed('agency.snapshot', {
    rev: 1,
    agencies: [
      { id: PARENT, parentId: null, path: `/${PARENT}/`, name: '上级', published: true, confirmed: true },
      { id: AGENCY, parentId: PARENT, path: `/${PARENT}/${AGENCY}/`, name: '本单位', published: true, confirmed: true },
      { id: OTHER_AGENCY, parentId: null, path: `/${OTHER_AGENCY}/`, name: '他处', published: true, confirmed: true },
    ],
  });
});
const feed = (type: EventType, payload: unknown) =>
  handleOnce(s.orm, SCHEMA, eventEnvelope('personnel', type, s.clock.now(), payload), agencyProjectionHandlers(SCHEMA)[type]!);
afterAll(async () => {
  await s?.stop();
  if (!personnelStopped) await personnel?.stop();
});

describe('complaints (004 第八条)', () => {
  it('the migrations produce exactly the schema the entities describe', async () => {
    expect(await pendingSchemaDiff(s.orm)).toBe('');
  });

  it('a supervisor registers a complaint; it gets the next number of the year', async () => {
    const a = await ok(s.url, CREATE, { i: { channel: 'PHONE', complainantName: '张三', complainantPhone: '138 1234 5678', agencyId: AGENCY, officerId: OFFICERS[0], content: '执法时未出示证件' } }, supervisor);
    const b = await ok(s.url, CREATE, { i: { channel: 'ONLINE', anonymous: true, agencyId: AGENCY, content: '匿名举报' } }, supervisor);
    expect(a.createComplaint).toMatchObject({ number: `TS${TEST_YEAR}-000001`, status: 'RECEIVED', complainantName: '张三', complainantPhone: '13812345678', officer: { id: OFFICERS[0] } });
    expect(b.createComplaint).toMatchObject({ number: `TS${TEST_YEAR}-000002`, complainantName: null, complainantPhone: null });
  });

  it('004 第八条: every problem of a bad complaint is reported at once with BAD_USER_INPUT, and nothing is stored', async () => {
    const before = (await ok(s.url, '{ complaints { total } }', {}, supervisor)).complaints.total;
    const r = await gql(s.url, CREATE, { i: { channel: 'PHONE', agencyId: 'not-an-id', complainantPhone: '123', content: '' } }, supervisor);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const fields = (r.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(['content', 'agencyId', 'complainantName', 'complainantPhone']);
    const anon = await gql(s.url, CREATE, { i: { channel: 'PHONE', anonymous: true, complainantName: '李四', agencyId: AGENCY, content: 'x' } }, supervisor);
    expect(anon.errors?.[0]?.message).toContain('匿名投诉不登记投诉人姓名和电话');
    expect((await ok(s.url, '{ complaints { total } }', {}, supervisor)).complaints.total).toBe(before);
  });

  it('a complaint received in the future is refused', async () => {
    const r = await gql(s.url, CREATE, { i: { channel: 'LETTER', anonymous: true, agencyId: AGENCY, content: 'x', receivedAt: new Date(new Date(TEST_NOW).getTime() + 60_000).toISOString() } }, supervisor);
    expect(r.errors?.[0]?.message).toContain('收到时间不能晚于当前时间');
  });

  it('only supervisors register complaints; anonymous callers are asked to log in', async () => {
    const admin = await s.token(['AGENCY_ADMIN'], { agencyId: AGENCY });
    expect(codes(await gql(s.url, CREATE, { i: { channel: 'PHONE', anonymous: true, agencyId: AGENCY, content: 'x' } }, admin))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, CREATE, { i: { channel: 'PHONE', anonymous: true, agencyId: AGENCY, content: 'x' } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the complainant is masked for everyone but complaint handlers (DESIGN: contact details protected)', async () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳小明')).toBe('欧***');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0991-2381341')).toBe('0991*****341');
    const admin = await s.token(['AGENCY_ADMIN'], { agencyId: AGENCY });
    const d = await ok(s.url, '{ complaints(filter: { search: "未出示" }) { items { complainantName complainantPhone } } }', {}, admin);
    expect(d.complaints.items).toEqual([{ complainantName: '张*', complainantPhone: '138****5678' }]);
  });

  it('an agency administrator sees only complaints against his own agency', async () => {
    const other = await s.token(['AGENCY_ADMIN'], { agencyId: OTHER_AGENCY });
    expect((await ok(s.url, '{ complaints { total } }', {}, other)).complaints.total).toBe(0);
    expect(codes(await gql(s.url, '{ complaints { total } }', {}, await s.token(['OFFICER'], { agencyId: AGENCY })))).toEqual(['FORBIDDEN']);
  });

  it('DESIGN "Who uses it", "Scope": a supervisor sees and takes complaints only within his subtree of the agency projection', async () => {
    const elsewhere = await s.token(['SUPERVISOR'], { agencyId: OTHER_AGENCY, agencyPath: `/${OTHER_AGENCY}/` });
    expect((await ok(s.url, '{ complaints { total } }', {}, elsewhere)).complaints.total).toBe(0);
    const r = await gql(s.url, CREATE, { i: { channel: 'PHONE', anonymous: true, agencyId: AGENCY, content: '越权登记' } }, elsewhere);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    const above = await s.token(['SUPERVISOR'], { agencyId: PARENT, agencyPath: `/${PARENT}/` });
    expect((await ok(s.url, '{ complaints { total } }', {}, above)).complaints.total).toBe(2);
    // staff attached to no agency see none, as in personnel (the bureau's own supervisors are attached to its node)
    const unattached = await s.token(['SUPERVISOR']);
    expect(codes(await gql(s.url, '{ complaints { total } }', {}, unattached))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, CREATE, { i: { channel: 'PHONE', anonymous: true, agencyId: AGENCY, content: '未关联单位' } }, unattached))).toEqual(['FORBIDDEN']);
  });

  it('DESIGN "Scope": a move in personnel\'s tree re-scopes the same tokens once its event is handled, and a redelivered event changes nothing', async () => {
    const elsewhere = await s.token(['SUPERVISOR'], { agencyId: OTHER_AGENCY, agencyPath: `/${OTHER_AGENCY}/` });
    const above = await s.token(['SUPERVISOR'], { agencyId: PARENT, agencyPath: `/${PARENT}/` });
    const move = (rev: number, oldParent: string, newParent: string) =>
      eventEnvelope('personnel', 'agency.moved', s.clock.now(), {
        id: AGENCY, parentId: newParent, path: `/${newParent}/${AGENCY}/`, name: '本单位', published: true, confirmed: true, rev, oldPath: `/${oldParent}/${AGENCY}/`, newPath: `/${newParent}/${AGENCY}/`,
      });
    const there = move(2, PARENT, OTHER_AGENCY);
    expect(await handleOnce(s.orm, SCHEMA, there, agencyProjectionHandlers(SCHEMA)['agency.moved']!)).toBe(true);
    expect((await ok(s.url, '{ complaints { total } }', {}, elsewhere)).complaints.total).toBe(2);
    expect((await ok(s.url, '{ complaints { total } }', {}, above)).complaints.total).toBe(0);
    expect(await handleOnce(s.orm, SCHEMA, there, agencyProjectionHandlers(SCHEMA)['agency.moved']!)).toBe(false);
    expect(await handleOnce(s.orm, SCHEMA, move(3, OTHER_AGENCY, PARENT), agencyProjectionHandlers(SCHEMA)['agency.moved']!)).toBe(true);
    expect((await ok(s.url, '{ complaints { total } }', {}, above)).complaints.total).toBe(2);
    expect((await ok(s.url, '{ complaints { total } }', {}, elsewhere)).complaints.total).toBe(0);
  });

  it('Officer.complaints for many officers is one SQL statement (DataLoader batching)', async () => {
    for (const officerId of OFFICERS.slice(1)) {
      await ok(s.url, CREATE, { i: { channel: 'LETTER', anonymous: true, agencyId: AGENCY, officerId, content: '投诉' } }, supervisor);
    }
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Officer { id complaints { items { number } } } } }`;
    const count = async (ids: string[]) => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, q, { r: ids.map((id) => ({ __typename: 'Officer', id })) }, supervisor);
      expect(d._entities).toHaveLength(ids.length);
      return sqlCounter.statements - before;
    };
    expect(await count(OFFICERS.slice(0, 2))).toBe(1);
    expect(await count(OFFICERS)).toBe(1);
  });
});

describe('what a complaint names is checked with personnel, which owns it (004 第八条; DESIGN "Who uses it")', () => {
  const total = async () => (await ok(s.url, '{ complaints { total } }', {}, supervisor)).complaints.total;

  it('004 第八条: an agency that does not exist is NOT_FOUND, and nothing is stored', async () => {
    const before = await total();
    const wide = await s.token(['SUPERVISOR', 'SYSTEM_ADMIN']); // tree-wide, so only personnel can say the agency does not exist
    const r = await gql(s.url, CREATE, { i: { channel: 'PHONE', anonymous: true, agencyId: '88888888-8888-4888-8888-888888888888', content: '不存在的主体' } }, wide);
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors?.[0]?.extensions?.field).toBe('agencyId');
    expect(await total()).toBe(before);
  });

  it('004 第八条: the officer complained of must exist and belong to the agency complained of', async () => {
    const before = await total();
    const stray = await gql(s.url, CREATE, { i: { channel: 'PHONE', anonymous: true, agencyId: AGENCY, officerId: STRAY_OFFICER, content: '人员与主体不符' } }, supervisor);
    expect(codes(stray)).toEqual(['NOT_FOUND']); // the other agency's officer is outside this supervisor's scope
    const treeWide = await s.token(['SUPERVISOR', 'SYSTEM_ADMIN']);
    const mismatch = await gql(s.url, CREATE, { i: { channel: 'PHONE', anonymous: true, agencyId: AGENCY, officerId: STRAY_OFFICER, content: '人员与主体不符' } }, treeWide);
    expect(codes(mismatch)).toEqual(['BAD_USER_INPUT']);
    expect(mismatch.errors?.[0]?.extensions?.field).toBe('officerId');
    const unknown = await gql(s.url, CREATE, { i: { channel: 'PHONE', anonymous: true, agencyId: AGENCY, officerId: '99999999-9999-4999-8999-999999999999', content: '查无此人' } }, supervisor);
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(await total()).toBe(before);
  });

  it('fails closed: when personnel cannot answer, the complaint is refused with DEPENDENCY_UNAVAILABLE and nothing is stored', async () => {
    const before = await total();
    await personnel.stop();
    personnelStopped = true;
    const r = await gql(s.url, CREATE, { i: { channel: 'PHONE', anonymous: true, agencyId: AGENCY, content: '人员子图停止时' } }, supervisor);
    expect(codes(r)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect(r.errors?.[0]?.message).toBe('人员子图暂不可用，请稍后重试');
    expect(await total()).toBe(before);
  });
});
