/**
 * The event queue's own schema (`graphile_worker`): kit's shared infrastructure, not any subgraph's tables.
 * Installed by every subgraph's `migrate` before anything publishes; the three migrate processes run in
 * parallel (scripts/platform.mjs), so installation is serialised with a PostgreSQL advisory lock.
 */
import pg from 'pg';
import { runMigrations } from 'graphile-worker';
import type { EntityManager } from '@mikro-orm/postgresql';

const INSTALL_LOCK = 0x6a69616e; // 'jian'

export async function installEventQueue(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [INSTALL_LOCK]);
    await runMigrations({ connectionString, logger: undefined });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [INSTALL_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** A job that failed at least once: still retrying (attempts < maxAttempts) or given up. */
export interface EventFailureRow {
  id: string;
  task: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: Date;
  lockedAt: Date | null;
  createdAt: Date;
  eventId: string | null;
}

/** The failed jobs of the given consumers' tasks (`<consumer>:…`), newest first. */
export async function eventFailures(em: EntityManager, consumers: readonly string[], limit = 100): Promise<EventFailureRow[]> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select j.id::text as id, j.task_identifier as task, j.attempts, j.max_attempts, j.last_error, j.run_at, j.locked_at, j.created_at, p.payload->>'id' as event_id
       from graphile_worker.jobs j join graphile_worker._private_jobs p on p.id = j.id
      where j.last_error is not null and split_part(j.task_identifier, ':', 1) in (select json_array_elements_text(?::json))
      order by j.updated_at desc limit ?`,
    [JSON.stringify(consumers), limit],
  );
  return rows.map((r) => ({
    id: String(r.id),
    task: String(r.task),
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    lastError: (r.last_error as string | null) ?? null,
    runAt: new Date(r.run_at as string),
    lockedAt: r.locked_at ? new Date(r.locked_at as string) : null,
    createdAt: new Date(r.created_at as string),
    eventId: (r.event_id as string | null) ?? null,
  }));
}

/** Runs a failed job again now, with a fresh count of attempts. Returns false when no such failed job exists. */
export async function retryEventJob(em: EntityManager, jobId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select id::text from graphile_worker.reschedule_jobs(
       array(select id from graphile_worker._private_jobs where id = ?::bigint and last_error is not null and locked_at is null),
       run_at => now(), attempts => 0)`,
    [jobId],
  );
  return rows.length > 0;
}
