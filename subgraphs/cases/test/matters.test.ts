import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { agencyProjectionHandlers, eventEnvelope, handleOnce, type EventType } from '@jiandu/kit';
import { startSubgraphForTest, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createCasesOrm, SCHEMA } from '../src/orm.js';
import { buildCasesSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { isMajorByCatalogue } from '../src/matters/matter.rules.js';

// The tree as cases' projection knows it: ROOT → AGENCY → CHILD (主体资格 not yet confirmed); OTHER beside.
const ROOT = '70000000-0000-4000-8000-000000000001';
const AGENCY = '70000000-0000-4000-8000-000000000002';
const CHILD = '70000000-0000-4000-8000-000000000003';
const OTHER = '70000000-0000-4000-8000-000000000004';
const UNKNOWN = '70000000-0000-4000-8000-000000000009';
const facts = (id: string, parentId: string | null, path: string, name: string, confirmed: boolean) => ({ id, parentId, path, name, published: true, confirmed });

const CREATE = 'mutation($i: CreateMatterInput!) { createMatter(input: $i) { id name category unit field legalBasis listSeq agencyId version retired } }';
const UPDATE = 'mutation($id: ID!, $v: Int!, $i: MatterInput!) { updateMatter(id: $id, version: $v, input: $i) { id name legalBasis version } }';
const RETIRE = 'mutation($id: ID!, $v: Int!, $r: String!) { retireMatter(id: $id, version: $v, reason: $r) { id retired retiredAt retiredReason retiredBy version } }';
const LOG = 'query($id: ID!) { matter(id: $id) { changeLog { items { action actorName changes { field before after } } } } }';
const CATALOGUE = 'query($a: ID!) { majorReviewCatalogue(agencyId: $a) { id kind matterId minimumYuan sourceText version } }';
const ADD = 'mutation($i: MajorReviewEntryInput!) { addMajorReviewEntry(input: $i) { id kind matterId minimumYuan version } }';
const edit = (name: string) => ({ name, category: 'PUNISHMENT', unit: '法制科', field: '生态环境', legalBasis: '《中华人民共和国大气污染防治法》第九十九条', listSeq: 1 });
const input = (name: string, agencyId = AGENCY) => ({ ...edit(name), agencyId });

let s: SubgraphUnderTest;
let admin: string; // AGENCY_ADMIN at AGENCY
let otherAdmin: string; // AGENCY_ADMIN at OTHER
let officer: string; // OFFICER at AGENCY
let certAdmin: string;
const feed = (type: EventType, payload: unknown) =>
  handleOnce(s.orm, SCHEMA, eventEnvelope('personnel', type, s.clock.now(), payload), agencyProjectionHandlers(SCHEMA)[type]!);

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'cases-matters', createOrm: createCasesOrm, schemaName: SCHEMA, buildSchema: buildCasesSchema, createLoaders });
  await feed('agency.snapshot', {
    rev: 1,
    agencies: [
      facts(ROOT, null, `/${ROOT}/`, '自治区司法厅', true),
      facts(AGENCY, ROOT, `/${ROOT}/${AGENCY}/`, '州生态环境局', true),
      facts(CHILD, AGENCY, `/${ROOT}/${AGENCY}/${CHILD}/`, '县分局', false),
      facts(OTHER, null, `/${OTHER}/`, '他处', true),
    ],
  });
  admin = await s.token(['AGENCY_ADMIN'], { agencyId: AGENCY, agencyPath: `/${ROOT}/${AGENCY}/`, name: '州局管理员' });
  otherAdmin = await s.token(['AGENCY_ADMIN'], { agencyId: OTHER, agencyPath: `/${OTHER}/` });
  officer = await s.token(['OFFICER'], { agencyId: AGENCY, agencyPath: `/${ROOT}/${AGENCY}/` });
  certAdmin = await s.token(['CERT_ADMIN'], { agencyId: ROOT, agencyPath: `/${ROOT}/` });
});
afterAll(() => s?.stop());

describe('执法事项清单: create, edit, retire (004 第三条, 第十条)', () => {
  let id = '';
  let version = 0;

  it('an agency administrator adds a matter to his agency\'s list; it is public at once and logged', async () => {
    const d = await ok(s.url, CREATE, { i: { ...input(' 对超标排放大气污染物的处罚 '), unit: ' ' } }, admin);
    expect(d.createMatter).toMatchObject({ name: '对超标排放大气污染物的处罚', category: 'PUNISHMENT', unit: null, field: '生态环境', agencyId: AGENCY, version: 1, retired: false });
    ({ id, version } = d.createMatter);
    const pub = await ok(s.url, 'query($a: ID!) { matters(filter: { agencyId: $a }) { total items { id } } }', { a: AGENCY });
    expect(pub.matters).toEqual({ total: 1, items: [{ id }] });
    const log = await ok(s.url, LOG, { id }, admin);
    expect(log.matter.changeLog.items).toEqual([expect.objectContaining({ action: '新建', actorName: '州局管理员' })]);
  });

  it('004 第十条: an agency whose 主体资格 is not confirmed, or that cases has not heard of, holds no matters', async () => {
    for (const a of [CHILD, UNKNOWN]) {
      const r = await gql(s.url, CREATE, { i: input('对未确认单位的处罚', a) }, certAdmin);
      expect(codes(r)).toEqual(['PRECONDITION_FAILED']);
      expect(r.errors![0]!.message).toContain('004 第十条');
    }
    // personnel confirms CHILD: its event reaches the projection, and the matter may be created
    await feed('agency.changed', { ...facts(CHILD, AGENCY, `/${ROOT}/${AGENCY}/${CHILD}/`, '县分局', true), rev: 2 });
    expect((await ok(s.url, CREATE, { i: input('对县分局事项的处罚', CHILD) }, admin)).createMatter.agencyId).toBe(CHILD);
  });

  it('who: outside his subtree FORBIDDEN, other roles FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    expect(codes(await gql(s.url, CREATE, { i: input('他处事项', OTHER) }, admin))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, CREATE, { i: input('本处事项') }, officer))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, CREATE, { i: input('本处事项') }))).toEqual(['UNAUTHENTICATED']);
    expect((await ok(s.url, CREATE, { i: input('他处事项', OTHER) }, certAdmin)).createMatter.agencyId).toBe(OTHER);
  });

  it('every problem at once; a second current matter of the same name is DUPLICATE', async () => {
    const r = await gql(s.url, CREATE, { i: { ...input(''), legalBasis: ' ' } }, admin);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors![0]!.extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual(['name', 'legalBasis']);
    const dup = await gql(s.url, CREATE, { i: input('对超标排放大气污染物的处罚') }, admin);
    expect(codes(dup)).toEqual(['DUPLICATE']);
    expect(dup.errors![0]!.extensions!.field).toBe('name');
  });

  it('edits at the version seen; a stale version is CONCURRENT_MODIFICATION naming who changed it; another subtree NOT_FOUND', async () => {
    const d = await ok(s.url, UPDATE, { id, v: version, i: { ...edit('对超标排放大气污染物的处罚'), legalBasis: '《大气污染防治法》第九十九条第二项' } }, admin);
    expect(d.updateMatter).toMatchObject({ legalBasis: '《大气污染防治法》第九十九条第二项', version: version + 1 });
    const stale = await gql(s.url, UPDATE, { id, v: version, i: edit('对超标排放大气污染物的处罚') }, admin);
    expect(codes(stale)).toEqual(['CONCURRENT_MODIFICATION']);
    expect(stale.errors![0]!.message).toContain('州局管理员修改');
    version += 1;
    expect(codes(await gql(s.url, UPDATE, { id, v: version, i: edit('x') }, otherAdmin))).toEqual(['NOT_FOUND']);
    const log = await ok(s.url, LOG, { id }, officer);
    expect(log.matter.changeLog.items[0]).toMatchObject({ action: '修改', changes: [
      { field: 'unit', before: null, after: '法制科' },
      { field: 'legalBasis', before: '《中华人民共和国大气污染防治法》第九十九条', after: '《大气污染防治法》第九十九条第二项' },
    ] });
  });

  it('the change log: anonymous callers are asked to log in; staff outside the subtree get none', async () => {
    expect(codes(await gql(s.url, LOG, { id }))).toEqual(['UNAUTHENTICATED']);
    expect((await ok(s.url, LOG, { id }, otherAdmin)).matter.changeLog).toBeNull();
  });

  it('retires with a reason: off the published list, still readable and flagged, never edited again; the name is free again', async () => {
    expect(codes(await gql(s.url, RETIRE, { id, v: version, r: '废' }, admin))).toEqual(['BAD_USER_INPUT']);
    const d = await ok(s.url, RETIRE, { id, v: version, r: '法律依据已修改' }, admin);
    expect(d.retireMatter).toMatchObject({ retired: true, retiredReason: '法律依据已修改', retiredBy: '州局管理员', version: version + 1 });
    version += 1;
    const q = 'query($a: ID!, $r: Boolean) { matters(filter: { agencyId: $a, includeRetired: $r }) { total items { id retired } } }';
    expect((await ok(s.url, q, { a: AGENCY })).matters.total).toBe(0);
    expect((await ok(s.url, q, { a: AGENCY, r: true })).matters.items).toEqual([{ id, retired: true }]);
    expect((await ok(s.url, 'query($id: ID!) { matter(id: $id) { retired retiredReason } }', { id })).matter).toEqual({ retired: true, retiredReason: '法律依据已修改' });
    const agencyMatters = await ok(s.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { matters { id } } } }', { r: [{ __typename: 'Agency', id: AGENCY }] });
    expect(agencyMatters._entities[0].matters).toEqual([]);
    expect(codes(await gql(s.url, UPDATE, { id, v: version, i: edit('对超标排放大气污染物的处罚') }, admin))).toEqual(['PRECONDITION_FAILED']);
    expect(codes(await gql(s.url, RETIRE, { id, v: version, r: '再次停用' }, admin))).toEqual(['PRECONDITION_FAILED']);
    expect((await ok(s.url, LOG, { id }, admin)).matter.changeLog.items[0].action).toBe('停用');
    expect((await ok(s.url, CREATE, { i: input('对超标排放大气污染物的处罚') }, admin)).createMatter.version).toBe(1);
  });
});

describe('重大执法决定法制审核目录 (004 第十六条 last paragraph)', () => {
  let matterId = '';
  it('the keepers list a matter of the agency\'s own list and a fine amount; staff of the subtree read it', async () => {
    matterId = (await ok(s.url, CREATE, { i: input('责令停产整治') }, admin)).createMatter.id;
    await ok(s.url, ADD, { i: { agencyId: AGENCY, kind: 'MATTER', matterId, sourceText: '责令停产整治的' } }, admin);
    await ok(s.url, ADD, { i: { agencyId: AGENCY, kind: 'FINE_AMOUNT', minimumYuan: 100000, sourceText: '对公民处以五千元以上、对法人处以十万元以上罚款的' } }, admin);
    const d = await ok(s.url, CATALOGUE, { a: AGENCY }, officer);
    expect(d.majorReviewCatalogue.map((e: any) => [e.kind, e.matterId, e.minimumYuan])).toEqual([['FINE_AMOUNT', null, 100000], ['MATTER', matterId, null]]);
    expect(isMajorByCatalogue(d.majorReviewCatalogue, { matterId, fineAmount: 0 })).toBe(true);
    expect(isMajorByCatalogue(d.majorReviewCatalogue, { fineAmount: 100000 })).toBe(true);
    expect(isMajorByCatalogue(d.majorReviewCatalogue, { fineAmount: 99999 })).toBe(false);
  });

  it('staff-only within scope; a matter of another agency is refused; officers do not keep it', async () => {
    expect(codes(await gql(s.url, CATALOGUE, { a: AGENCY }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(s.url, CATALOGUE, { a: AGENCY }, otherAdmin))).toEqual(['NOT_FOUND']);
    expect((await ok(s.url, CATALOGUE, { a: AGENCY }, certAdmin)).majorReviewCatalogue).toHaveLength(2);
    const foreign = (await ok(s.url, 'query($a: ID!) { matters(filter: { agencyId: $a }) { items { id } } }', { a: OTHER })).matters.items[0].id;
    expect(codes(await gql(s.url, ADD, { i: { agencyId: AGENCY, kind: 'MATTER', matterId: foreign, sourceText: '他处事项' } }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, ADD, { i: { agencyId: AGENCY, kind: 'FINE_AMOUNT', minimumYuan: 1, sourceText: 'x' } }, officer))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, ADD, { i: { agencyId: OTHER, kind: 'FINE_AMOUNT', minimumYuan: 1, sourceText: 'x' } }, admin))).toEqual(['FORBIDDEN']);
  });

  it('removing an entry takes its version; retiring a matter takes it out of the catalogue', async () => {
    const [f, m] = (await ok(s.url, CATALOGUE, { a: AGENCY }, admin)).majorReviewCatalogue;
    expect([f.kind, m.kind]).toEqual(['FINE_AMOUNT', 'MATTER']);
    const REMOVE = 'mutation($id: ID!, $v: Int!) { removeMajorReviewEntry(id: $id, version: $v) }';
    expect(codes(await gql(s.url, REMOVE, { id: f.id, v: 999 }, admin))).toEqual(['CONCURRENT_MODIFICATION']);
    expect(codes(await gql(s.url, REMOVE, { id: f.id, v: f.version }, otherAdmin))).toEqual(['NOT_FOUND']);
    expect((await ok(s.url, REMOVE, { id: f.id, v: f.version }, admin)).removeMajorReviewEntry).toBe(true);
    await ok(s.url, RETIRE, { id: matterId, v: 1, r: '并入其他事项' }, admin);
    expect((await ok(s.url, CATALOGUE, { a: AGENCY }, admin)).majorReviewCatalogue).toEqual([]);
  });
});
