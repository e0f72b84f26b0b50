/**
 * The consuming side of events (DESIGN "Events"): graphile-worker runs in the consumer's own process and
 * only its own tasks (`<consumer>:<type>`). kit makes every handler idempotent: the event id is recorded in
 * the consumer's `processed_event` table in the same transaction as the handler's effect, and an event
 * already recorded is skipped — so a redelivery (a retry after a crash between effect and acknowledgement,
 * a duplicate job) changes nothing.
 */
import os from 'node:os';
import { Logger as WorkerLogger, run, type Runner, type TaskList } from 'graphile-worker';
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

async function unlockWorker(connectionString: string, workerId: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('select graphile_worker.force_unlock_workers($1::text[])', [[workerId]]);
  } finally {
    await client.end();
  }
}

/**
 * Starts the consumer's worker. The worker id is stable per consumer and host, and the first thing a new
 * worker does is unlock the jobs its killed predecessor held (graphile-worker would otherwise wait four
 * hours before retrying them); a replica on the same host that unlocks a live job is harmless, because the
 * handler runs once per event id whatever the number of deliveries.
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
  const concurrency = o.concurrency ?? 1;
  const workerId = concurrency === 1 ? `${o.consumer}@${os.hostname()}` : undefined;
  if (workerId) await unlockWorker(o.connectionString, workerId);
  const runner: Runner = await run({
    connectionString: o.connectionString,
    concurrency,
    ...(workerId ? { workerId } : {}),
    noHandleSignals: true,
    pollInterval: o.pollInterval ?? 2000,
    logger: workerLogger(o.consumer),
    taskList,
  });
  log.info({ tasks: Object.keys(taskList), workerId }, 'event consumer started');
  return {
    stop: async () => {
      await runner.stop();
    },
  };
}
