/**
 * Events and the agency projection with real processes (DESIGN "Events", "Scope"; issue 7 items 5 and 7).
 * The platform runs without consumers in its servers (EVENTS_CONSUME=false); this test runs cases' and
 * supervision's consumers as processes of their own (`consume`), so it can kill -9 one of them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedAgency = seedIds.agency(loadSeed000().agency.name);
let p: TestPlatform;
const consumers: Partial<Record<'cases' | 'supervision', ChildProcess>> = {};
let certadmin: string;
let sysadmin: string;

function startConsumer(name: 'cases' | 'supervision'): ChildProcess {
  const child = spawn(process.execPath, [path.join(root, 'subgraphs', name, 'dist', 'index.js'), 'consume'], { cwd: root, env: p.env, stdio: ['ignore', 'ignore', 'inherit'] });
  consumers[name] = child;
  return child;
}

async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) {
      const jobs = await sql(p.databaseUrl, 'select task_identifier, attempts, last_error, locked_by, run_at from graphile_worker.jobs');
      const sessions = await sql(p.databaseUrl, `select state, wait_event_type, left(query, 120) as query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
      throw new Error(`timed out waiting for ${what}; jobs ${JSON.stringify(jobs)}; sessions ${JSON.stringify(sessions)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const one = async (text: string, params: unknown[] = []) => Number((await sql<{ n: number }>(p.databaseUrl, text, params))[0]!.n);
const login = async (username: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;
const CREATE_AGENCY = 'mutation($i: AgencyInput!) { createAgency(input: $i) { id version } }';
const MOVE = 'mutation($id: ID!, $v: Int!, $parent: ID) { moveAgency(id: $id, version: $v, parentId: $parent) { id version parent { id } } }';
const version = async (id: string) => (await ok(p.gatewayUrl, 'query($id: ID!) { agency(id: $id) { version } }', { id }, certadmin)).agency.version as number;
const pendingJobs = (consumer: string) => one(`select count(*)::int as n from graphile_worker.jobs where task_identifier like $1`, [`${consumer}:%`]);

beforeAll(async () => {
  p = await startTestPlatform({ label: 'events', env: { EVENTS_CONSUME: 'false' } });
  startConsumer('cases');
  startConsumer('supervision');
  [certadmin, sysadmin] = [await login('certadmin'), await login('sysadmin')];
  // personnel's seed published the tree; both projections are built from that event
  for (const s of ['cases', 'supervision']) await waitFor(`${s} projection`, async () => (await one(`select count(*)::int as n from ${s}.agency_projection`)) === 1);
}, 180_000);
afterAll(async () => {
  for (const c of Object.values(consumers)) if (c) await kill9(c);
  await p?.stop();
});

describe('events with real processes (DESIGN "Events")', () => {
  let event: { id: string; type: string; payload: { id: string } };

  it('kill -9 of the consumer between commit and handling: handled after restart, exactly once', async () => {
    // Hold supervision's handler inside its transaction: its write to the projection waits on this lock.
    const blocker = new pg.Client({ connectionString: p.databaseUrl });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table supervision.agency_projection in share mode');
    let agencyId: string;
    try {
      agencyId = (await ok(p.gatewayUrl, CREATE_AGENCY, { i: { name: '乌鲁木齐市司法局', level: 'PREFECTURE', parentId: seedAgency, region: '乌鲁木齐市', fields: ['司法行政'] } }, certadmin)).createAgency.id;
      // the change is committed, its job is taken by supervision's worker, whose transaction now waits
      await waitFor('the handler to be blocked', async () => (await one(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%agency_projection%'`)) > 0);
      [event] = (await sql(p.databaseUrl, `select p.payload from graphile_worker.jobs j join graphile_worker._private_jobs p on p.id = j.id where j.task_identifier = 'supervision:agency.changed' and j.locked_at is not null`)).map((r) => r.payload);
      expect(event).toMatchObject({ type: 'agency.changed', producer: 'personnel', payload: { id: agencyId } });
      await kill9(consumers.supervision!);
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
    // cases' consumer is another process and is unaffected
    await waitFor('cases to handle it', async () => (await one(`select count(*)::int as n from cases.agency_projection where id = $1`, [agencyId])) === 1);
    // the dead consumer's transaction never committed: nothing applied, nothing recorded, the job still there
    await waitFor('the orphaned transaction to end', async () => (await one(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%agency_projection%'`)) === 0);
    expect(await one(`select count(*)::int as n from supervision.agency_projection where id = $1`, [agencyId])).toBe(0);
    expect(await one(`select count(*)::int as n from supervision.processed_event where id = $1`, [event.id])).toBe(0);
    expect(await pendingJobs('supervision')).toBe(1);

    startConsumer('supervision');
    await waitFor('supervision to handle it after restart', async () => (await one(`select count(*)::int as n from supervision.agency_projection where id = $1`, [agencyId])) === 1);
    await waitFor('the job to complete', async () => (await pendingJobs('supervision')) === 0);
    expect(await one(`select count(*)::int as n from supervision.processed_event where id = $1`, [event.id])).toBe(1);
  }, 90_000);

  it('the same event delivered twice is applied once', async () => {
    // a later state of the projection that a second application of the old event would overwrite
    await sql(p.databaseUrl, `update supervision.agency_projection set name = '后来的名称' where id = $1`, [event.payload.id]);
    await sql(p.databaseUrl, `select graphile_worker.add_job('supervision:agency.changed', $1::json, queue_name => 'supervision:agency')`, [JSON.stringify(event)]);
    await waitFor('the duplicate to be consumed', async () => (await pendingJobs('supervision')) === 0);
    expect(await one(`select count(*)::int as n from supervision.agency_projection where id = $1 and name = '后来的名称'`, [event.payload.id])).toBe(1);
    expect(await one(`select count(*)::int as n from supervision.processed_event where id = $1`, [event.id])).toBe(1);
  });

  it('a change whose transaction fails after publishing (at commit) publishes nothing', async () => {
    // A deferred constraint trigger fails the commit of a doomed change — but only once the change's event is in
    // the outbox of the same transaction, so the failure is certainly after `publish`.
    await sql(p.databaseUrl, `create table personnel.e2e_doomed (id uuid primary key)`);
    await sql(p.databaseUrl, `create function personnel.e2e_fail_after_publish() returns trigger language plpgsql as $$
      begin
        if (new.name like '%提交失败%' or exists (select 1 from personnel.e2e_doomed d where d.id = new.id))
           and exists (select 1 from graphile_worker._private_jobs j where j.payload->'payload'->>'id' = new.id::text) then
          raise exception 'commit refused after publish';
        end if;
        return null;
      end $$`);
    await sql(p.databaseUrl, `create constraint trigger e2e_fail_after_publish after insert or update on personnel.agency deferrable initially deferred
      for each row execute function personnel.e2e_fail_after_publish()`);
    try {
      const state = async () => ({
        events: await one(`select ((select count(*) from graphile_worker._private_jobs) + (select count(*) from cases.processed_event) + (select count(*) from supervision.processed_event))::int as n`),
        projections: await sql(p.databaseUrl, `select 'cases' as s, id, parent_id, path, name, rev from cases.agency_projection union all select 'supervision', id, parent_id, path, name, rev from supervision.agency_projection order by 1, 2`),
        personnel: await sql(p.databaseUrl, `select id, parent_id, path, name, version from personnel.agency order by id`),
        rev: await sql(p.databaseUrl, `select rev from personnel.agency_tree_revision`),
      });
      const before = await state();
      const created = await gql(p.gatewayUrl, CREATE_AGENCY, { i: { name: '昌吉州司法局（提交失败）', level: 'PREFECTURE', parentId: seedAgency, region: '昌吉州', fields: ['司法行政'] } }, certadmin);
      expect(codes(created)).toEqual(['INTERNAL_SERVER_ERROR']);
      await sql(p.databaseUrl, `insert into personnel.e2e_doomed values ($1)`, [event.payload.id]);
      const moved = await gql(p.gatewayUrl, MOVE, { id: event.payload.id, v: await version(event.payload.id), parent: null }, certadmin);
      expect(codes(moved)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await state()).toEqual(before);
    } finally {
      await sql(p.databaseUrl, `drop trigger e2e_fail_after_publish on personnel.agency; drop function personnel.e2e_fail_after_publish(); drop table personnel.e2e_doomed`);
    }
  });

  it('failed deliveries are visible to system administrators only', async () => {
    const q = '{ eventFailures { id task attempts maxAttempts lastError runAt } }';
    expect((await ok(p.gatewayUrl, q, {}, sysadmin)).eventFailures).toEqual([]);
    expect(codes(await gql(p.gatewayUrl, q, {}, certadmin))).toEqual(['FORBIDDEN']);
  });
});

describe('bounded identity on a tree of 2,000 agencies (DESIGN "Scope")', () => {
  // 14 prefectures × 12 counties × 11 townships under the seeded region: 14 + 168 + 1,848 agencies
  const tree: { id: string; name: string; level: string; parent_id: string; path: string }[] = [];
  const prefectures: string[] = [];
  const countiesOf = new Map<string, string[]>();
  const subtreeSize = 1 + 12 + 12 * 11;

  beforeAll(async () => {
    const add = (name: string, level: string, parent: { id: string; path: string }) => {
      const id = randomUUID();
      const node = { id, name, level, parent_id: parent.id, path: `${parent.path}${id}/` };
      tree.push(node);
      return node;
    };
    for (let i = 0; i < 14; i++) {
      const pre = add(`第${i}州`, 'PREFECTURE', { id: seedAgency, path: `/${seedAgency}/` });
      prefectures.push(pre.id);
      countiesOf.set(pre.id, []);
      for (let j = 0; j < 12; j++) {
        const county = add(`第${i}州第${j}县`, 'COUNTY', pre);
        countiesOf.get(pre.id)!.push(county.id);
        for (let k = 0; k < 11; k++) add(`第${i}州第${j}县第${k}乡`, 'TOWNSHIP', county);
      }
    }
    // set-up through SQL on purpose (the tree's size is the point), then the API's snapshot event feeds the projections
    await sql(
      p.databaseUrl,
      `insert into personnel.agency (id, name, level, parent_id, path, region, fields, qualification_confirmed_at, published_at, created_at, updated_at)
       select id, name, level, parent_id, path, '全疆', '{司法行政}', now(), now(), now(), now() from json_to_recordset($1::json) as a(id uuid, name text, level text, parent_id uuid, path text)`,
      [JSON.stringify(tree)],
    );
    // one complaint against every agency
    await sql(
      p.databaseUrl,
      `insert into supervision.complaint (id, number, channel, anonymous, agency_id, content, status, received_at, created_at)
       select gen_random_uuid(), 'TS2025-' || lpad((row_number() over ())::text, 6, '0'), 'LETTER', true, a.id, '测试投诉', 'RECEIVED', now(), now()
         from json_to_recordset($1::json) as a(id uuid)`,
      [JSON.stringify(tree.map((a) => ({ id: a.id })))],
    );
    await sql(p.databaseUrl, `update personnel.user_account set agency_id = $1 where username = 'supervisor'`, [prefectures[0]]);
    expect((await ok(p.gatewayUrl, 'mutation { republishAgencies }', {}, sysadmin)).republishAgencies).toBe(await one('select count(*)::int as n from personnel.agency'));
    const total = await one('select count(*)::int as n from personnel.agency');
    for (const s of ['cases', 'supervision']) await waitFor(`${s} projection of ${total}`, async () => (await one(`select count(*)::int as n from ${s}.agency_projection`)) === total, 60_000);
  }, 120_000);

  const seen = async (token: string) => ({
    agencies: (await ok(p.gatewayUrl, '{ agencies(limit: 1) { total } }', {}, token)).agencies.total as number,
    complaints: (await ok(p.gatewayUrl, '{ complaints(limit: 1) { total } }', {}, token)).complaints.total as number,
  });

  it('a prefecture supervisor logs in with a small token and sees exactly his subtree in every subgraph; a move re-scopes the same token once its event is handled', async () => {
    expect(tree.length).toBeGreaterThanOrEqual(2000);
    const token = await login('supervisor');
    expect(token.length).toBeLessThan(2048);
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ agencyId: prefectures[0], agencyPath: `/${seedAgency}/${prefectures[0]}/` });
    expect(await seen(token)).toEqual({ agencies: subtreeSize, complaints: subtreeSize });

    // a county (with its 11 townships) moves into his prefecture: personnel at once, supervision after the event
    const incoming = countiesOf.get(prefectures[1]!)![0]!;
    await ok(p.gatewayUrl, MOVE, { id: incoming, v: await version(incoming), parent: prefectures[0] }, certadmin);
    expect((await seen(token)).agencies).toBe(subtreeSize + 12);
    await waitFor('supervision to see the moved county', async () => (await seen(token)).complaints === subtreeSize + 12);
    // and one of his own counties moves out
    const outgoing = countiesOf.get(prefectures[0]!)![0]!;
    await ok(p.gatewayUrl, MOVE, { id: outgoing, v: await version(outgoing), parent: prefectures[2] }, certadmin);
    await waitFor('supervision to drop the moved-out county', async () => (await seen(token)).complaints === subtreeSize);
    expect(await seen(token)).toEqual({ agencies: subtreeSize, complaints: subtreeSize });
    // cases' projection follows the same events
    const moved = await sql(p.databaseUrl, `select path from cases.agency_projection where id = $1`, [outgoing]);
    expect(moved).toEqual([{ path: `/${seedAgency}/${prefectures[2]}/${outgoing}/` }]);
    expect(await one(`select count(*)::int as n from cases.agency_projection where path like $1`, [`/${seedAgency}/${prefectures[2]}/${outgoing}/%`])).toBe(12);
  }, 120_000);
});
