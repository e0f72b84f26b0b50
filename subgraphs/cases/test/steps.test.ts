/**
 * What supervision's 案卷评查 (003 第15条: 市司法局每季度开展一次案卷抽查) asks of cases, on the real PostgreSQL: the
 * cases decided within a quarter (`cases(filter: { decidedFrom, decidedTo })`) and the recorded steps of many
 * cases at once (`caseSteps`) — transitions and 全过程记录 entries with who and when — in a fixed number of statements.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, agencyProjectionHandlers, eventEnvelope, GENESIS_HASH, handleOnce, newId, sqlCounter, type EventType, type LocalDate } from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createCasesOrm, SCHEMA } from '../src/orm.js';
import { buildCasesSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { CaseHandler, CaseTransition, EnforcementCase } from '../src/cases/case.entity.js';
import { CaseStage } from '../src/cases/case.enums.js';
import { MatterCategory } from '../src/matters/matter.entity.js';
import { CaseRecordEntry, RecordKind } from '../src/record/record.entity.js';

const ROOT = '73000000-0000-4000-8000-000000000001';
const AGENCY = '73000000-0000-4000-8000-000000000002';
const OTHER = '73000000-0000-4000-8000-000000000004';
const MATTER = '73000000-0000-4000-8000-0000000000aa';
const O1 = '74000000-0000-4000-8000-000000000001';
const O2 = '74000000-0000-4000-8000-000000000002';
const facts = (id: string, parentId: string | null, path: string, name: string) => ({ id, parentId, path, name, published: true, confirmed: true });

let s: SubgraphUnderTest;
let supervisor: string; // SUPERVISOR at ROOT
let otherSupervisor: string; // SUPERVISOR at OTHER
let seq = 0;
const feed = (type: EventType, payload: unknown) => handleOnce(s.orm, SCHEMA, eventEnvelope('personnel', type, s.clock.now(), payload), agencyProjectionHandlers(SCHEMA)[type]!);
const at = (d: LocalDate, hhmm: string) => new Date(`${d}T${hhmm}:00+08:00`);

/** A case decided on `decidedOn` (or not decided), with two transitions and a record entry on that day. */
async function insertCase(agencyId: string, decidedOn: LocalDate | null, o: { steps?: boolean } = {}): Promise<string> {
  const em = s.orm.em.fork();
  const id = newId();
  const day = decidedOn ?? TEST_TODAY;
  seq += 1;
  em.create(EnforcementCase, {
    id, number: `〔评查〕${String(seq).padStart(4, '0')}号`, year: Number(day.slice(0, 4)), seq, agencyId, matterId: MATTER, category: MatterCategory.PUNISHMENT, field: '节能',
    cause: '未按规定开展能源审计', registeredOn: day, registeredAt: at(day, '09:00'), stage: decidedOn ? CaseStage.DECISION : CaseStage.INVESTIGATION, stageEnteredAt: at(day, '11:00'),
    decidedOn, decidedAt: decidedOn ? at(day, '11:00') : null,
  });
  em.create(CaseHandler, { id: newId(), caseId: id, officerId: O1, officerName: '潘铤', certificateNumber: null, lead: true, assignedAt: at(day, '09:00') });
  em.create(CaseHandler, { id: newId(), caseId: id, officerId: O2, officerName: '姚建军', certificateNumber: null, lead: false, assignedAt: at(day, '09:00'), releasedAt: at(day, '10:30') });
  if (o.steps !== false) {
    em.create(CaseTransition, { id: newId(), caseId: id, caseVersion: 1, fromStage: null, toStage: CaseStage.REGISTERED, at: at(day, '09:00'), officerId: null, actorName: '管理员', note: null });
    em.create(CaseTransition, { id: newId(), caseId: id, caseVersion: 2, fromStage: CaseStage.REGISTERED, toStage: CaseStage.INVESTIGATION, at: at(day, '10:00'), officerId: O1, actorName: '潘铤', note: null });
    em.create(CaseRecordEntry, {
      id: newId(), caseId: id, seq: 1, stage: CaseStage.INVESTIGATION, kind: RecordKind.TEXT, description: '现场检查笔录', officerId: O2, actorName: '姚建军',
      recordedAt: at(day, '10:15'), prevHash: GENESIS_HASH, hash: 'f'.repeat(64),
    });
  }
  await em.flush();
  return id;
}

const LIST = 'query($f: CaseFilter) { cases(filter: $f, limit: 200) { total items { id decidedOn } } }';
const STEPS = 'query($ids: [ID!]!) { caseSteps(caseIds: $ids) { caseId number agencyId field handlerIds steps { kind id officerId actorName at stage what } } }';
const ids: Record<string, string> = {};

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'cases-steps', createOrm: createCasesOrm, schemaName: SCHEMA, buildSchema: buildCasesSchema, createLoaders });
  await feed('agency.snapshot', { rev: 1, agencies: [facts(ROOT, null, `/${ROOT}/`, '州司法局'), facts(AGENCY, ROOT, `/${ROOT}/${AGENCY}/`, '州机关事务管理局'), facts(OTHER, null, `/${OTHER}/`, '他处')] });
  supervisor = await s.token(['SUPERVISOR'], { agencyId: ROOT, agencyPath: `/${ROOT}/` });
  otherSupervisor = await s.token(['SUPERVISOR'], { agencyId: OTHER, agencyPath: `/${OTHER}/` });
  await s.orm.em.getConnection().execute(`insert into cases.enforcement_matter (id, agency_id, name, category, legal_basis, list_seq, created_at, updated_at, version)
    values (?, ?, '对公共机构节能的监督检查', 'PUNISHMENT', '《公共机构节能条例》', 1, now(), now(), 1)`, [MATTER, AGENCY]);
  ids.today = await insertCase(AGENCY, TEST_TODAY);
  ids.before = await insertCase(AGENCY, addDays(TEST_TODAY, -100));
  ids.open = await insertCase(AGENCY, null);
  ids.other = await insertCase(OTHER, TEST_TODAY);
});
afterAll(() => s?.stop());

describe('cases decided within a period (003 第15条 每季度案卷抽查)', () => {
  it('decidedFrom / decidedTo (inclusive) keep decided cases whose decision date is in the range, readable ones only', async () => {
    const within = (await ok(s.url, LIST, { f: { agencyId: ROOT, decidedFrom: addDays(TEST_TODAY, -30), decidedTo: TEST_TODAY } }, supervisor)).cases;
    expect(within.items.map((c: any) => c.id)).toEqual([ids.today]);
    const exact = (await ok(s.url, LIST, { f: { decidedFrom: TEST_TODAY, decidedTo: TEST_TODAY } }, supervisor)).cases;
    expect(exact.items.map((c: any) => c.id)).toEqual([ids.today]); // OTHER's case is not his to read
    const fromOnly = (await ok(s.url, LIST, { f: { decidedFrom: addDays(TEST_TODAY, -200) } }, supervisor)).cases;
    expect(fromOnly.items.map((c: any) => c.id).sort()).toEqual([ids.today, ids.before].sort());
  });

  it('a malformed date is BAD_USER_INPUT naming the field', async () => {
    const r = await gql(s.url, LIST, { f: { decidedFrom: '2026/10/01', decidedTo: 'x' } }, supervisor);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual(['decidedFrom', 'decidedTo']);
  });
});

describe('caseSteps: who took each recorded step and when (000 二(四); 004 第十五条), for 案卷评查 (003 第15条)', () => {
  it('a case\'s transitions and record entries, oldest first, with its agency, field and every handler (released ones too)', async () => {
    const [c] = (await ok(s.url, STEPS, { ids: [ids.today] }, supervisor)).caseSteps;
    expect(c).toMatchObject({ caseId: ids.today, agencyId: AGENCY, field: '节能', handlerIds: [O1, O2] });
    expect(c.steps.map((x: any) => [x.kind, x.officerId, x.what])).toEqual([
      ['TRANSITION', null, '立案登记'],
      ['TRANSITION', O1, '进入调查取证'],
      ['RECORD', O2, '全过程记录第1条（文字记录）'],
    ]);
    expect(c.steps[1].at).toBe(at(TEST_TODAY, '10:00').toISOString());
  });

  it('answers in the order asked; a case with no steps recorded has none', async () => {
    const bare = await insertCase(AGENCY, TEST_TODAY, { steps: false });
    const list = (await ok(s.url, STEPS, { ids: [bare, ids.before] }, supervisor)).caseSteps;
    expect(list.map((c: any) => c.caseId)).toEqual([bare, ids.before]);
    expect(list[0].steps).toEqual([]);
  });

  it('a case the caller may not read fails the question (NOT_FOUND); anonymous callers are asked to log in; over 100 is BAD_USER_INPUT', async () => {
    expect(codes(await gql(s.url, STEPS, { ids: [ids.today, ids.other] }, supervisor))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, STEPS, { ids: [ids.today] }, otherSupervisor))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, STEPS, { ids: [ids.today] }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(s.url, STEPS, { ids: Array.from({ length: 101 }, () => newId()) }, supervisor))).toEqual(['BAD_USER_INPUT']);
  });

  it('the SQL statements do not grow with the number of cases (1 vs 8)', async () => {
    const more: string[] = [];
    for (let i = 0; i < 8; i++) more.push(await insertCase(AGENCY, TEST_TODAY));
    const count = async (list: string[]) => {
      const before = sqlCounter.statements;
      const answer = (await ok(s.url, STEPS, { ids: list }, supervisor)).caseSteps;
      expect(answer).toHaveLength(list.length);
      return sqlCounter.statements - before;
    };
    const one = await count(more.slice(0, 1));
    expect(await count(more)).toBe(one);
  });
});
