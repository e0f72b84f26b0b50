/**
 * The outbox and the consumer against a real PostgreSQL (DESIGN "Events"): an event commits or rolls back
 * with its change, each consumer gets its own job, a redelivered event is applied once, and a failing
 * handler is retried with backoff and shows as a failure until it succeeds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, sql } from '../../../e2e/support/db.js';
import { createOrm, migrate, type MikroORM } from '../db.js';
import { AgencyProjection, agencyProjectionHandlers, ProcessedEvent, type AgencyFacts } from './agency-projection.js';
import { eventEnvelope, publish, taskIdentifier } from './event.js';
import { handleOnce, startConsumer } from './consumer.js';
import { eventFailures, retryEventJob } from './queue.js';

const SCHEMA = 'cases';
const AT = new Date('2026-11-24T02:00:00Z');
let url: string;
let orm: MikroORM;

const agency = (id: string, path: string): AgencyFacts => ({ id, parentId: null, path, name: '单位', published: true });
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
      await publish(tx, eventEnvelope('personnel', 'agency.changed', AT, agency(A, `/${A}/`)));
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
        await publish(tx, eventEnvelope('personnel', 'agency.changed', AT, agency(B, `/${B}/`)));
        throw new Error('the change fails after publishing');
      }),
    ).rejects.toThrow('the change fails');
    expect(await jobs()).toEqual([]);
  });

  it('publishing outside a transaction is refused (the event would not commit with its change)', async () => {
    await expect(publish(orm.em.fork(), eventEnvelope('personnel', 'agency.changed', AT, agency(B, `/${B}/`)))).rejects.toThrow('outside a transaction');
    expect(await jobs()).toEqual([]);
  });
});

describe('the consumer', () => {
  it('the same event delivered twice is applied once (the event id is recorded with the effect)', async () => {
    const handlers = agencyProjectionHandlers(SCHEMA);
    const moved = eventEnvelope('personnel', 'agency.moved', AT, { id: B, parentId: A, oldPath: `/${B}/`, newPath: `/${A}/${B}/` });
    await handleOnce(orm, SCHEMA, eventEnvelope('personnel', 'agency.snapshot', AT, { agencies: [agency(A, `/${A}/`), agency(B, `/${B}/`)] }), handlers['agency.snapshot']!);
    expect(await handleOnce(orm, SCHEMA, moved, handlers['agency.moved']!)).toBe(true);
    expect(await handleOnce(orm, SCHEMA, moved, handlers['agency.moved']!)).toBe(false);
    const rows = await sql(url, `select id, path from cases.agency_projection order by path`);
    expect(rows).toEqual([{ id: A, path: `/${A}/` }, { id: B, path: `/${A}/${B}/` }]);
    expect(await sql(url, `select count(*)::int as n from cases.processed_event where id = $1`, [moved.id])).toEqual([{ n: 1 }]);
  });

  it('an effect that fails records nothing, so the retry applies it', async () => {
    const e = eventEnvelope('personnel', 'agency.changed', AT, agency(A, `/${A}/`));
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
      const e = eventEnvelope('personnel', 'agency.changed', AT, { ...agency(B, `/${B}/`), name: '改名' });
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

describe('the agency projection', () => {
  it('a `changed` event handled after a later move keeps the moved path; a new agency goes under its parent\'s current path', async () => {
    const h = agencyProjectionHandlers(SCHEMA);
    const C = '33333333-3333-4333-8333-333333333333';
    const D = '44444444-4444-4444-8444-444444444444';
    await handleOnce(orm, SCHEMA, eventEnvelope('personnel', 'agency.snapshot', AT, { agencies: [agency(A, `/${A}/`), { ...agency(B, `/${A}/${B}/`), parentId: A }, agency(C, `/${C}/`)] }), h['agency.snapshot']!);
    const stale = eventEnvelope('personnel', 'agency.changed', AT, { ...agency(B, `/${A}/${B}/`), parentId: A, name: '新名称' });
    await handleOnce(orm, SCHEMA, eventEnvelope('personnel', 'agency.moved', AT, { id: B, parentId: C, oldPath: `/${A}/${B}/`, newPath: `/${C}/${B}/` }), h['agency.moved']!);
    await handleOnce(orm, SCHEMA, stale, h['agency.changed']!);
    // D was created under B before the move, its event arrives after it
    await handleOnce(orm, SCHEMA, eventEnvelope('personnel', 'agency.changed', AT, { ...agency(D, `/${A}/${B}/${D}/`), parentId: B }), h['agency.changed']!);
    expect(await sql(url, `select id, name, path from cases.agency_projection where id in ($1, $2) order by path`, [B, D])).toEqual([
      { id: B, name: '新名称', path: `/${C}/${B}/` },
      { id: D, name: '单位', path: `/${C}/${B}/${D}/` },
    ]);
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
