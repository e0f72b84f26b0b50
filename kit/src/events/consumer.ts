/**
 * The consuming side of events (DESIGN "Events"): graphile-worker runs in the consumer's own process and
 * only its own tasks (`<consumer>:<type>`). kit makes every handler idempotent: the event id is recorded in
 * the consumer's `processed_event` table in the same transaction as the handler's effect, and an event
 * already recorded is skipped — so a redelivery (a retry after a crash between effect and acknowledgement,
 * a duplicate job) changes nothing.
 */
import { EventEmitter } from 'node:events';
import { Logger as WorkerLogger, run, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { logger } from '../log.js';
import { taskIdentifier, type EventEnvelope, type EventType, type SubgraphName } from './event.js';

export type EventHandler = (event: EventEnvelope<never>, tx: EntityManager) => Promise<void>;
export type EventHandlers = Partial<Record<EventType, EventHandler>>;

/**
 * Runs `handler` once per event id: records the id (in the ORM's schema) and applies the effect in one
 * transaction. Returns false when the event had already been handled.
 */
export async function handleOnce(orm: MikroORM, schema: string, event: EventEnvelope<unknown>, handler: EventHandler): Promise<boolean> {
  return orm.em.fork().transactional(async (tx) => {
    const rows = await tx
      .getConnection()
      .execute<{ id: string }[]>(
        `insert into "${schema}".processed_event (id, type, producer, occurred_at, handled_at) values (?, ?, ?, ?, now()) on conflict (id) do nothing returning id`,
        [event.id, event.type, event.producer, event.occurredAt],
        'all',
        tx.getTransactionContext(),
      );
    if (rows.length === 0) return false;
    await handler(event as EventEnvelope<never>, tx);
    await tx.flush();
    return true;
  });
}

export interface ConsumerOptions {
  consumer: SubgraphName;
  connectionString: string;
  orm: MikroORM;
  /** The consumer's PostgreSQL schema, where its `processed_event` table lives. */
  schema: string;
  handlers: EventHandlers;
  concurrency?: number;
  pollInterval?: number;
  /** How often to release the jobs of dead workers (besides at start). */
  reapIntervalMs?: number;
}

export interface Consumer {
  stop(): Promise<void>;
}

function isEnvelope(x: unknown): x is EventEnvelope<unknown> {
  const e = x as EventEnvelope<unknown> | null;
  return !!e && typeof e.id === 'string' && typeof e.type === 'string' && typeof e.occurredAt === 'string';
}

/** graphile-worker's log lines through kit's logger. */
function workerLogger(consumer: SubgraphName): WorkerLogger {
  const log = logger.child({ events: consumer });
  return new WorkerLogger(() => (level, message, meta) => {
    const m = { ...meta } as Record<string, unknown>;
    if (level === 'error') log.error(m, message);
    else if (level === 'warning') log.warn(m, message);
    else if (level === 'info') log.info(m, message);
    else log.debug(m, message);
  });
}

/** Advisory-lock namespace of the worker pools' liveness locks (the install lock uses the one-key form). */
const LIVENESS = 0x6a64;

/**
 * Starts the consumer's worker. A worker killed while handling (kill -9, a lost host) leaves its job locked,
 * and graphile-worker would wait four hours before retrying it. So each worker pool holds a session-level
 * advisory lock named after its id for as long as it lives; every consumer, when it starts and then
 * periodically, releases the jobs of its tasks held by pools whose lock is free — pools whose database
 * session is gone. A job released twice is harmless: the handler runs once per event id.
 */
export async function startConsumer(o: ConsumerOptions): Promise<Consumer> {
  const log = logger.child({ events: o.consumer });
  const taskList: TaskList = {};
  for (const [type, handler] of Object.entries(o.handlers) as [EventType, EventHandler][]) {
    taskList[taskIdentifier(o.consumer, type)] = async (payload, helpers) => {
      if (!isEnvelope(payload)) throw new Error(`${helpers.job.task_identifier}: not an event envelope`);
      const applied = await handleOnce(o.orm, o.schema, payload, handler);
      log.info({ eventId: payload.id, type: payload.type, attempt: helpers.job.attempts, applied }, applied ? 'event handled' : 'event already handled, skipped');
    };
  }
  const liveness = new pg.Client({ connectionString: o.connectionString });
  liveness.on('error', (e) => log.error({ err: e }, 'event worker liveness connection lost'));
  await liveness.connect();
  let poolId: string | null = null;
  const events = new EventEmitter() as WorkerEvents;
  const held = new Promise<void>((resolve, reject) =>
    events.on('pool:create', ({ workerPool }) => {
      poolId = workerPool.id;
      liveness.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS, workerPool.id]).then(() => resolve(), reject);
    }),
  );
  const reap = async () => {
    const { rows } = await liveness.query<{ locked_by: string }>(
      `select distinct j.locked_by from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
        where j.locked_by is not null and j.locked_by <> $1 and split_part(t.identifier, ':', 1) = $2`,
      [poolId ?? '', o.consumer],
    );
    for (const { locked_by: dead } of rows) {
      const { rows: [free] } = await liveness.query<{ free: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as free', [LIVENESS, dead]);
      if (!free?.free) continue;
      try {
        await liveness.query('select graphile_worker.force_unlock_workers($1::text[])', [[dead]]);
        log.warn({ pool: dead }, 'released the jobs of a dead event worker');
      } finally {
        await liveness.query('select pg_advisory_unlock($1, hashtext($2))', [LIVENESS, dead]);
      }
    }
  };
  const runner: Runner = await run({
    connectionString: o.connectionString,
    concurrency: o.concurrency ?? 1,
    noHandleSignals: true,
    pollInterval: o.pollInterval ?? 2000,
    logger: workerLogger(o.consumer),
    events,
    taskList,
  });
  await held;
  await reap();
  const timer = setInterval(() => reap().catch((e: Error) => log.error({ err: e }, 'releasing dead workers\' jobs failed')), o.reapIntervalMs ?? 30_000);
  timer.unref();
  log.info({ tasks: Object.keys(taskList), pool: poolId }, 'event consumer started');
  return {
    stop: async () => {
      clearInterval(timer);
      await runner.stop();
      await liveness.end();
    },
  };
}
