/**
 * Moving agencies and personnel's agency events (DESIGN "Scope", "Events"; 004 第五条 for the tree), against a
 * real PostgreSQL through personnel's own HTTP endpoint. The events are read from the outbox (the job queue).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeed000, seedIds } from '@jiandu/kit';
import { startSubgraphForTest, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { sql } from '../../../e2e/support/db.js';
import { createPersonnelOrm, SCHEMA } from '../src/orm.js';
import { buildPersonnelSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { seedPersonnel } from '../src/seed/seed.js';
import { republishAgenciesOnDeploy } from '../src/agencies/agency.actions.js';

const ROOT = seedIds.agency(loadSeed000().agency.name);
let s: SubgraphUnderTest;
let cert: string;
let sys: string;

type Job = { task: string; payload: { id: string; type: string; producer: string; occurredAt: string; payload: any } };
/** The events personnel has published since the last call (supervision's copy; cases gets the same ones). */
let seenJobs = 0;
async function newEvents(): Promise<Job['payload'][]> {
  const rows = await sql<Job>(s.databaseUrl, `select j.task_identifier as task, p.payload from graphile_worker.jobs j join graphile_worker._private_jobs p on p.id = j.id order by j.id`);
  const fresh = rows.slice(seenJobs);
  seenJobs = rows.length;
  expect(fresh.filter((r) => r.task.startsWith('cases:')).map((r) => r.payload.id)).toEqual(fresh.filter((r) => r.task.startsWith('supervision:')).map((r) => r.payload.id));
  return fresh.filter((r) => r.task.startsWith('supervision:')).map((r) => r.payload);
}

const create = async (name: string, level: string, parentId: string | null, token = cert) =>
  (await ok(s.url, 'mutation($i: AgencyInput!) { createAgency(input: $i) { id version } }', { i: { name, level, parentId, region: '全疆', fields: ['司法行政'] } }, token)).createAgency as { id: string; version: number };
const MOVE = 'mutation($id: ID!, $v: Int!, $p: ID) { moveAgency(id: $id, version: $v, parentId: $p) { id version parentId } }';
const pathOf = async (id: string) => (await sql<{ path: string }>(s.databaseUrl, `select path from personnel.agency where id = $1`, [id]))[0]!.path;

let a: { id: string; version: number };
let a1: { id: string; version: number };
let a11: { id: string; version: number };
let b: { id: string; version: number };

beforeAll(async () => {
  s = await startSubgraphForTest({
    label: 'agency_events',
    createOrm: createPersonnelOrm,
    schemaName: SCHEMA,
    buildSchema: buildPersonnelSchema,
    createLoaders,
    seed: (em, now) => seedPersonnel(em, now, { demoUsers: false }),
  });
  cert = await s.token(['CERT_ADMIN']);
  sys = await s.token(['SYSTEM_ADMIN']);
});
afterAll(() => s?.stop());

describe('agency events (DESIGN "Events": in the same transaction as the change)', () => {
  it('the seed publishes the tree as one snapshot, for the projections of cases and supervision', async () => {
    const [snapshot, ...rest] = await newEvents();
    expect(rest).toEqual([]);
    expect(snapshot).toMatchObject({ type: 'agency.snapshot', producer: 'personnel', payload: { rev: 1, agencies: [{ id: ROOT, parentId: null, path: `/${ROOT}/`, published: true }] } });
  });

  it('creating, confirming and publishing an agency each publish its current facts, with the next tree revision', async () => {
    a = await create('甲州司法局', 'PREFECTURE', ROOT);
    a1 = await create('甲州乙县司法局', 'COUNTY', a.id);
    a11 = await create('甲州乙县丙乡司法所', 'TOWNSHIP', a1.id);
    b = await create('丁州司法局', 'PREFECTURE', ROOT);
    const v = (await ok(s.url, 'mutation($id: ID!, $v: Int!) { confirmAgencyQualification(id: $id, version: $v) { version } }', { id: b.id, v: b.version }, cert)).confirmAgencyQualification.version;
    await ok(s.url, 'mutation($id: ID!, $v: Int!) { publishAgency(id: $id, version: $v) { version } }', { id: b.id, v }, cert);
    const events = await newEvents();
    expect(events.map((e) => [e.type, e.payload.id, e.payload.published])).toEqual([
      ['agency.changed', a.id, false],
      ['agency.changed', a1.id, false],
      ['agency.changed', a11.id, false],
      ['agency.changed', b.id, false],
      ['agency.changed', b.id, false],
      ['agency.changed', b.id, true],
    ]);
    expect(events.map((e) => e.payload.rev)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(events[2]!.payload).toEqual({ id: a11.id, parentId: a1.id, path: `/${ROOT}/${a.id}/${a1.id}/${a11.id}/`, name: '甲州乙县丙乡司法所', published: false, confirmed: false, rev: 4 });
    expect(events[0]!.occurredAt).toBe(s.clock.now().toISOString());
  });

  it('a refused change publishes nothing and takes no tree revision', async () => {
    expect(codes(await gql(s.url, 'mutation($i: AgencyInput!) { createAgency(input: $i) { id } }', { i: { name: '甲州司法局', level: 'PREFECTURE', parentId: ROOT, region: '全疆', fields: ['司法行政'] } }, cert))).toEqual(['DUPLICATE']);
    expect(await newEvents()).toEqual([]);
  });
});

describe('moving an agency with its subtree', () => {
  it('004 第五条: a county moves with its township to another prefecture; paths rewritten, one event describes the move', async () => {
    const r = await ok(s.url, MOVE, { id: a1.id, v: a1.version, p: b.id }, cert);
    expect(r.moveAgency).toMatchObject({ id: a1.id, parentId: b.id, version: a1.version + 1 });
    expect(await pathOf(a1.id)).toBe(`/${ROOT}/${b.id}/${a1.id}/`);
    expect(await pathOf(a11.id)).toBe(`/${ROOT}/${b.id}/${a1.id}/${a11.id}/`);
    expect(await pathOf(a.id)).toBe(`/${ROOT}/${a.id}/`);
    expect(await newEvents()).toEqual([
      // the agency's facts after the move, and the next revision after the refused create's (none): 8
      expect.objectContaining({
        type: 'agency.moved',
        payload: { id: a1.id, parentId: b.id, path: `/${ROOT}/${b.id}/${a1.id}/`, name: '甲州乙县司法局', published: false, confirmed: false, rev: 8, oldPath: `/${ROOT}/${a.id}/${a1.id}/`, newPath: `/${ROOT}/${b.id}/${a1.id}/` },
      }),
    ]);
    a1.version++;
    const log = (await ok(s.url, 'query($id: ID!) { agency(id: $id) { changeLog { items { action } } } }', { id: a1.id }, cert)).agency.changeLog.items;
    expect(log[0].action).toBe('移动');
  });

  it('refused, with nothing changed and nothing published: under its own descendant, a wrong level, a stale version', async () => {
    const r1 = await gql(s.url, MOVE, { id: b.id, v: await version(b.id), p: a11.id }, cert);
    expect(codes(r1)).toEqual(['BAD_USER_INPUT']);
    expect(r1.errors?.[0]?.message).toBe('不能将执法主体移动到其自身或其下级单位之下');
    const r2 = await gql(s.url, MOVE, { id: a11.id, v: await version(a11.id), p: ROOT }, cert);
    expect(codes(r2)).toEqual(['BAD_USER_INPUT']);
    expect(r2.errors?.[0]?.message).toContain('004 第五条');
    expect(codes(await gql(s.url, MOVE, { id: a1.id, v: a1.version - 1, p: a.id }, cert))).toEqual(['CONCURRENT_MODIFICATION']);
    expect(codes(await gql(s.url, MOVE, { id: a1.id, v: a1.version, p: b.id }, cert))).toEqual(['BAD_USER_INPUT']);
    expect(await pathOf(a11.id)).toBe(`/${ROOT}/${b.id}/${a1.id}/${a11.id}/`);
    expect(await newEvents()).toEqual([]);
  });

  it('an agency administrator moves only within his subtree; supervisors and anonymous callers not at all', async () => {
    const bAdmin = await s.token(['AGENCY_ADMIN'], { agencyId: b.id });
    // a1 is under b, a is not: moving a1 under a leaves his subtree
    expect(codes(await gql(s.url, MOVE, { id: a1.id, v: a1.version, p: a.id }, bAdmin))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, MOVE, { id: a.id, v: await version(a.id), p: b.id }, bAdmin))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, MOVE, { id: a1.id, v: a1.version, p: null }, bAdmin))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, MOVE, { id: a1.id, v: a1.version, p: a.id }, await s.token(['SUPERVISOR'], { agencyId: ROOT })))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, MOVE, { id: a1.id, v: a1.version, p: a.id }))).toEqual(['UNAUTHENTICATED']);
    expect(await newEvents()).toEqual([]);
    // within his subtree he may: create a county under b, then move the township there
    const c = await create('丁州戊县司法局', 'COUNTY', b.id, bAdmin);
    await newEvents();
    await ok(s.url, MOVE, { id: a11.id, v: await version(a11.id), p: c.id }, bAdmin);
    expect(await pathOf(a11.id)).toBe(`/${ROOT}/${b.id}/${c.id}/${a11.id}/`);
    expect((await newEvents()).map((e) => e.type)).toEqual(['agency.moved']);
  });
});

describe('rebuilding projections', () => {
  it('republishAgencies publishes the whole current tree as one snapshot; system administrators only', async () => {
    expect(codes(await gql(s.url, 'mutation { republishAgencies }', {}, cert))).toEqual(['FORBIDDEN']);
    const n = (await ok(s.url, 'mutation { republishAgencies }', {}, sys)).republishAgencies;
    expect(n).toBe(6);
    const [snapshot] = await newEvents();
    expect(snapshot!.type).toBe('agency.snapshot');
    expect(snapshot!.payload.agencies).toHaveLength(6);
    expect(snapshot!.payload.rev).toBe(Number((await sql<{ rev: number }>(s.databaseUrl, 'select rev from personnel.agency_tree_revision'))[0]!.rev));
    expect(snapshot!.payload.agencies).toContainEqual(expect.objectContaining({ id: a11.id, path: await pathOf(a11.id) }));
  });
});

describe('a deploy republishes the tree (DESIGN "Scope": projections catch up after an upgrade)', () => {
  it('migrate publishes one snapshot of the current tree, at a new revision', async () => {
    await newEvents();
    const n = await republishAgenciesOnDeploy(s.orm.em.fork(), s.clock);
    const [snapshot, ...rest] = await newEvents();
    expect(rest).toEqual([]);
    expect(snapshot!.type).toBe('agency.snapshot');
    expect(snapshot!.payload.agencies).toHaveLength(n);
    expect(snapshot!.payload.rev).toBe(Number((await sql<{ rev: number }>(s.databaseUrl, 'select rev from personnel.agency_tree_revision'))[0]!.rev));
  });
});

describe('the tree revision', () => {
  it('changes to the tree run one after another: of two concurrent moves that would make a cycle, the second is refused; revisions follow the commits', async () => {
    const p = await create('庚州司法局', 'PREFECTURE', ROOT);
    const q = await create('辛州司法局', 'PREFECTURE', ROOT);
    await newEvents();
    const [pq, qp] = await Promise.all([gql(s.url, MOVE, { id: p.id, v: p.version, p: q.id }, cert), gql(s.url, MOVE, { id: q.id, v: q.version, p: p.id }, cert)]);
    expect([codes(pq), codes(qp)].sort()).toEqual([[], ['BAD_USER_INPUT']]);
    const [ok1, ...rest] = await newEvents();
    expect(rest).toEqual([]);
    const winner = pq.errors ? q : p;
    const loser = pq.errors ? p : q;
    expect(await pathOf(winner.id)).toBe(`/${ROOT}/${loser.id}/${winner.id}/`);
    expect(await pathOf(loser.id)).toBe(`/${ROOT}/${loser.id}/`);
    const rev = Number((await sql<{ rev: number }>(s.databaseUrl, 'select rev from personnel.agency_tree_revision'))[0]!.rev);
    expect(ok1!.payload).toMatchObject({ id: winner.id, rev });
  });
});

async function version(id: string): Promise<number> {
  return (await ok(s.url, 'query($id: ID!) { agency(id: $id) { version } }', { id }, cert)).agency.version;
}
