/**
 * The outbox and the consumer against a real PostgreSQL (DESIGN "Events"): an event commits or rolls back
 * with its change, each consumer gets its own job, a redelivered event is applied once, and a failing
 * handler is retried with backoff and shows as a failure until it succeeds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, sql } from '../../../e2e/support/db.js';
import { createOrm, migrate, type MikroORM } from '../db.js';
import { AgencyProjection, agencyProjectionHandlers, ProcessedEvent, type AgencyFacts, type AgencyMoved } from './agency-projection.js';
import { eventEnvelope, publish, taskIdentifier, type EventEnvelope } from './event.js';
import { handleOnce, startConsumer } from './consumer.js';
import { eventFailures, retryEventJob } from './queue.js';

const SCHEMA = 'cases';
const AT = new Date('2026-11-24T02:00:00Z');
let url: string;
let orm: MikroORM;

const agency = (id: string, path: string, parentId: string | null = null): AgencyFacts => ({ id, parentId, path, name: '单位', published: true, confirmed: true });
/** A move as personnel publishes it: the agency's facts after the move, at tree revision `rev`. */
const moved = (rev: number, a: AgencyFacts, oldPath: string): AgencyMoved => ({ ...a, rev, oldPath, newPath: a.path });
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

async function jobs(): Promise<{ task_identifier: string; payload: { id: string; type: string; producer: string; occurredAt: string } }[]> {
  return sql(url, `select j.task_identifier, p.payload from graphile_worker.jobs j join graphile_worker._private_jobs p on p.id = j.id order by j.id`);
}

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  url = await createTestDatabase('events');
  orm = await createOrm({ schema: SCHEMA, databaseUrl: url, entities: [AgencyProjection, ProcessedEvent], migrations: [] });
  await migrate(orm, SCHEMA); // installs the event queue
  await orm.schema.create();
});
afterAll(() => orm?.close(true));

describe('the transactional outbox', () => {
  it('a committed change carries its event: one job per subscribed consumer, with the envelope', async () => {
    await orm.em.fork().transactional(async (tx) => {
      await publish(tx, eventEnvelope('personnel', 'agency.changed', AT, { ...agency(A, `/${A}/`), rev: 1 }));
    });
    const rows = await jobs();
    expect(rows.map((r) => r.task_identifier)).toEqual([taskIdentifier('cases', 'agency.changed'), taskIdentifier('supervision', 'agency.changed')]);
    expect(rows[0]!.payload).toMatchObject({ type: 'agency.changed', producer: 'personnel', occurredAt: AT.toISOString() });
    expect(rows[0]!.payload.id).toBe(rows[1]!.payload.id);
    await sql(url, 'delete from graphile_worker._private_jobs');
  });

  it('a rolled-back change leaves no event', async () => {
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await publish(tx, eventEnvelope('personnel', 'agency.changed', AT, { ...agency(B, `/${B}/`), rev: 1 }));
        throw new Error('the change fails after publishing');
      }),
    ).rejects.toThrow('the change fails');
    expect(await jobs()).toEqual([]);
  });

  it('publishing outside a transaction is refused (the event would not commit with its change)', async () => {
    await expect(publish(orm.em.fork(), eventEnvelope('personnel', 'agency.changed', AT, { ...agency(B, `/${B}/`), rev: 1 }))).rejects.toThrow('outside a transaction');
    expect(await jobs()).toEqual([]);
  });
});

describe('the consumer', () => {
  it('the same event delivered twice is applied once (the event id is recorded with the effect)', async () => {
    const handlers = agencyProjectionHandlers(SCHEMA);
    const move = eventEnvelope('personnel', 'agency.moved', AT, moved(2, agency(B, `/${A}/${B}/`, A), `/${B}/`));
    await handleOnce(orm, SCHEMA, eventEnvelope('personnel', 'agency.snapshot', AT, { rev: 1, agencies: [agency(A, `/${A}/`), agency(B, `/${B}/`)] }), handlers['agency.snapshot']!);
    expect(await handleOnce(orm, SCHEMA, move, handlers['agency.moved']!)).toBe(true);
    expect(await handleOnce(orm, SCHEMA, move, handlers['agency.moved']!)).toBe(false);
    const rows = await sql(url, `select id, path from cases.agency_projection order by path`);
    expect(rows).toEqual([{ id: A, path: `/${A}/` }, { id: B, path: `/${A}/${B}/` }]);
    expect(await sql(url, `select count(*)::int as n from cases.processed_event where id = $1`, [move.id])).toEqual([{ n: 1 }]);
  });

  it('an effect that fails records nothing, so the retry applies it', async () => {
    const e = eventEnvelope('personnel', 'agency.changed', AT, { ...agency(A, `/${A}/`), rev: 3 });
    await expect(handleOnce(orm, SCHEMA, e, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await sql(url, `select count(*)::int as n from cases.processed_event where id = $1`, [e.id])).toEqual([{ n: 0 }]);
    expect(await handleOnce(orm, SCHEMA, e, agencyProjectionHandlers(SCHEMA)['agency.changed']!)).toBe(true);
  });

  it('runs only its own tasks; a failing handler is retried with backoff, listed as a failure, and retried now on request', async () => {
    let failures = 1;
    const seen: string[] = [];
    const consumer = await startConsumer({
      consumer: 'cases',
      connectionString: url,
      orm,
      schema: SCHEMA,
      pollInterval: 200,
      handlers: {
        'agency.changed': async (event, tx) => {
          if (failures-- > 0) throw new Error('投影暂不可写 (projection not writable)');
          seen.push(event.id);
          await agencyProjectionHandlers(SCHEMA)['agency.changed']!(event, tx);
        },
      },
    });
    try {
      const e = eventEnvelope('personnel', 'agency.changed', AT, { ...agency(B, `/${A}/${B}/`, A), name: '改名', rev: 4 });
      await orm.em.fork().transactional((tx) => publish(tx, e));
      const [failure] = await waitFor(async () => {
        const f = await eventFailures(orm.em.fork(), ['cases']);
        return f.length ? f : null;
      });
      expect(failure).toMatchObject({ task: 'cases:agency.changed', attempts: 1, maxAttempts: 10, eventId: e.id, lastError: expect.stringContaining('投影暂不可写') });
      expect(failure!.runAt.getTime()).toBeGreaterThan(Date.now()); // exponential backoff: not before ~e¹ s
      expect(await retryEventJob(orm.em.fork(), failure!.id)).toBe(true);
      await waitFor(async () => (await sql(url, `select 1 from cases.agency_projection where id = $1 and name = '改名'`, [B])).length > 0);
      expect(seen).toEqual([e.id]);
      // supervision's job is not this consumer's: it stays queued for supervision's own worker
      expect((await jobs()).map((j) => j.task_identifier)).toEqual(['supervision:agency.changed']);
      expect(await eventFailures(orm.em.fork(), ['cases'])).toEqual([]);
    } finally {
      await consumer.stop();
    }
  });
});

describe('the agency projection (events carry personnel\'s tree revision; any order of arrival gives personnel\'s tree)', () => {
  const h = agencyProjectionHandlers(SCHEMA);
  const apply = (e: EventEnvelope<unknown>) => handleOnce(orm, SCHEMA, e, h[e.type]!);
  const paths = async (ids: string[]) =>
    Object.fromEntries((await sql<{ id: string; path: string }>(url, `select id, path from cases.agency_projection where id = any($1::uuid[])`, [ids])).map((r) => [r.id, r.path]));
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `${String(n * 10 + i).padStart(8, '0')}-0000-4000-8000-000000000000`);

  it('a `changed` event handled after a later move keeps the moved path; a new agency goes under its parent\'s current path', async () => {
    const C = '33333333-3333-4333-8333-333333333333';
    const D = '44444444-4444-4444-8444-444444444444';
    await apply(eventEnvelope('personnel', 'agency.snapshot', AT, { rev: 10, agencies: [agency(A, `/${A}/`), agency(B, `/${A}/${B}/`, A), agency(C, `/${C}/`)] }));
    const renamed = eventEnvelope('personnel', 'agency.changed', AT, { ...agency(B, `/${A}/${B}/`, A), name: '新名称', rev: 11 });
    // D was created under B (rev 12) before the move (rev 13); both events arrive after the move
    const created = eventEnvelope('personnel', 'agency.changed', AT, { ...agency(D, `/${A}/${B}/${D}/`, B), rev: 12 });
    await apply(eventEnvelope('personnel', 'agency.moved', AT, moved(13, { ...agency(B, `/${C}/${B}/`, C), name: '新名称' }, `/${A}/${B}/`)));
    await apply(renamed);
    await apply(created);
    expect(await sql(url, `select id, name, path from cases.agency_projection where id in ($1, $2) order by path`, [B, D])).toEqual([
      { id: B, name: '新名称', path: `/${C}/${B}/` },
      { id: D, name: '单位', path: `/${C}/${B}/${D}/` },
    ]);
  });

  it('a move that fails once is retried after the later move of its new parent: the paths are still personnel\'s', async () => {
    // R → A, B, C; A → X → Y. M1 (rev 21): X under B. M2 (rev 22): B under C.
    const [R, a, b, c, X, Y] = ids(6);
    await apply(eventEnvelope('personnel', 'agency.snapshot', AT, {
      rev: 20,
      agencies: [agency(R!, `/${R}/`), agency(a!, `/${R}/${a}/`, R!), agency(b!, `/${R}/${b}/`, R!), agency(c!, `/${R}/${c}/`, R!), agency(X!, `/${R}/${a}/${X}/`, a!), agency(Y!, `/${R}/${a}/${X}/${Y}/`, X!)],
    }));
    const m1 = eventEnvelope('personnel', 'agency.moved', AT, moved(21, agency(X!, `/${R}/${b}/${X}/`, b!), `/${R}/${a}/${X}/`));
    const m2 = eventEnvelope('personnel', 'agency.moved', AT, moved(22, agency(b!, `/${R}/${c}/${b}/`, c!), `/${R}/${b}/`));
    const applied: string[] = [];
    let m1Failed = false;
    const consumer = await startConsumer({
      consumer: 'cases',
      connectionString: url,
      orm,
      schema: SCHEMA,
      pollInterval: 100,
      handlers: {
        'agency.moved': async (event, tx) => {
          if (event.id === m1.id && !m1Failed) {
            m1Failed = true;
            throw new Error('投影暂不可写 (projection not writable)');
          }
          await h['agency.moved']!(event, tx);
          applied.push(event.id);
        },
      },
    });
    try {
      await orm.em.fork().transactional((tx) => publish(tx, m1));
      await orm.em.fork().transactional((tx) => publish(tx, m2));
      await waitFor(async () => applied.length === 2 && (await jobs()).every((j) => !j.task_identifier.startsWith('cases:')));
      expect(applied).toEqual([m2.id, m1.id]); // graphile-worker ran M2 before M1's retry
      expect(await paths([R!, a!, b!, c!, X!, Y!])).toEqual({
        [R!]: `/${R}/`,
        [a!]: `/${R}/${a}/`,
        [c!]: `/${R}/${c}/`,
        [b!]: `/${R}/${c}/${b}/`,
        [X!]: `/${R}/${c}/${b}/${X}/`,
        [Y!]: `/${R}/${c}/${b}/${X}/${Y}/`,
      });
    } finally {
      await consumer.stop();
      await sql(url, `delete from graphile_worker._private_jobs`); // supervision's copies
    }
  }, 30_000);

  it('two moves of one agency applied in reverse order leave it where the later one put it', async () => {
    const [R, P, Q, S, X, Y] = ids(6).map((id) => id.replace(/^0/, '1'));
    await apply(eventEnvelope('personnel', 'agency.snapshot', AT, {
      rev: 23,
      agencies: [agency(R!, `/${R}/`), agency(P!, `/${R}/${P}/`, R!), agency(Q!, `/${R}/${Q}/`, R!), agency(S!, `/${R}/${S}/`, R!), agency(X!, `/${R}/${P}/${X}/`, P!), agency(Y!, `/${R}/${P}/${X}/${Y}/`, X!)],
    }));
    const toQ = eventEnvelope('personnel', 'agency.moved', AT, moved(24, agency(X!, `/${R}/${Q}/${X}/`, Q!), `/${R}/${P}/${X}/`));
    const toS = eventEnvelope('personnel', 'agency.moved', AT, moved(25, agency(X!, `/${R}/${S}/${X}/`, S!), `/${R}/${Q}/${X}/`));
    expect(await apply(toS)).toBe(true);
    expect(await apply(toQ)).toBe(true); // recorded as handled, but older than what the row holds: no effect
    expect(await paths([X!, Y!])).toEqual({ [X!]: `/${R}/${S}/${X}/`, [Y!]: `/${R}/${S}/${X}/${Y}/` });
  });

  it('a snapshot handled after later changes does not restore old paths nor drop newer agencies; a newer one repairs the projection', async () => {
    // R → P → X → Y, R → Q. Snapshot S (rev 31: Q renamed); then X moved under Q (rev 32) and Z created under X (rev 33).
    const [R, P, Q, X, Y, Z] = ids(6).map((id) => id.replace(/^0/, '2'));
    const tree31 = [agency(R!, `/${R}/`), agency(P!, `/${R}/${P}/`, R!), { ...agency(Q!, `/${R}/${Q}/`, R!), name: '新名称' }, agency(X!, `/${R}/${P}/${X}/`, P!), agency(Y!, `/${R}/${P}/${X}/${Y}/`, X!)];
    await apply(eventEnvelope('personnel', 'agency.snapshot', AT, { rev: 30, agencies: tree31.map((a) => ({ ...a, name: '单位' })) }));
    const snapshot = eventEnvelope('personnel', 'agency.snapshot', AT, { rev: 31, agencies: tree31 });
    await apply(eventEnvelope('personnel', 'agency.moved', AT, moved(32, agency(X!, `/${R}/${Q}/${X}/`, Q!), `/${R}/${P}/${X}/`)));
    await apply(eventEnvelope('personnel', 'agency.changed', AT, { ...agency(Z!, `/${R}/${Q}/${X}/${Z}/`, X!), rev: 33 }));
    await apply(snapshot); // S arrives last
    const now = { [R!]: `/${R}/`, [P!]: `/${R}/${P}/`, [Q!]: `/${R}/${Q}/`, [X!]: `/${R}/${Q}/${X}/`, [Y!]: `/${R}/${Q}/${X}/${Y}/`, [Z!]: `/${R}/${Q}/${X}/${Z}/` };
    expect(await paths([R!, P!, Q!, X!, Y!, Z!])).toEqual(now);
    expect(await sql(url, `select name from cases.agency_projection where id = $1`, [Q])).toEqual([{ name: '新名称' }]); // S's newer facts still apply
    // damage: a stray row and a wrong path; personnel's next snapshot (rev 34) repairs both
    const stray = ids(1)[0]!.replace(/^0/, '3');
    await sql(url, `insert into cases.agency_projection (id, parent_id, path, name, published) values ($1, null, $2, '多余', true)`, [stray, `/${stray}/`]);
    await sql(url, `update cases.agency_projection set path = '/坏/' where id = $1`, [Y]);
    await apply(eventEnvelope('personnel', 'agency.snapshot', AT, {
      rev: 34,
      agencies: [agency(R!, now[R!]!, null), agency(P!, now[P!]!, R!), agency(Q!, now[Q!]!, R!), agency(X!, now[X!]!, Q!), agency(Y!, now[Y!]!, X!), agency(Z!, now[Z!]!, X!)],
    }));
    expect(await paths([R!, P!, Q!, X!, Y!, Z!, stray])).toEqual(now);
  });
});

describe('installing the queue', () => {
  it('is idempotent and safe when several subgraphs migrate at once', async () => {
    const fresh = await createTestDatabase('events_install');
    const { installEventQueue } = await import('./queue.js');
    await Promise.all([installEventQueue(fresh), installEventQueue(fresh), installEventQueue(fresh)]);
    await installEventQueue(fresh);
    const client = new pg.Client({ connectionString: fresh });
    await client.connect();
    try {
      const r = await client.query(`select (graphile_worker.add_job('cases:agency.changed', '{}'::json)).id is not null as ok`);
      expect(r.rows).toEqual([{ ok: true }]);
      const m = await client.query(`select count(*)::int as n, count(distinct id)::int as d from graphile_worker.migrations`);
      expect(m.rows[0].n).toBe(m.rows[0].d);
    } finally {
      await client.end();
    }
  });
});
