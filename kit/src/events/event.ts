/**
 * Events between subgraphs (DESIGN "Events"): a change that another subgraph must act on is written as an
 * event in the SAME transaction as the change — a transactional outbox with no extra table: the outbox is
 * graphile-worker's job table, and `publish` adds one job per consuming subgraph through the transaction's
 * own connection. A rolled-back change therefore leaves no job; a committed one is delivered even when the
 * producer dies right after the commit.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../ids.js';

export type SubgraphName = 'personnel' | 'cases' | 'supervision';

/** The envelope every event travels in. `occurredAt` comes from the producer's clock (never `new Date()`). */
export interface EventEnvelope<P = unknown> {
  id: string;
  type: EventType;
  occurredAt: string;
  producer: SubgraphName;
  payload: P;
}

/**
 * Who consumes which event: one place, so a producer never names its consumers in its own code. A new
 * consumer subscribes here and catches up through a snapshot (`agency.snapshot`).
 */
export const SUBSCRIPTIONS = {
  'agency.changed': ['cases', 'supervision'],
  'agency.moved': ['cases', 'supervision'],
  'agency.snapshot': ['cases', 'supervision'],
  // supervision → personnel: a 暂扣 / 吊销 sanction reaches the certificate (004 第三十三条; 003 第4条)
  'sanction.issued': ['personnel'],
  // personnel → supervision: what the sanction did to the certificate (applied, or why not)
  'sanction.applied': ['supervision'],
  // supervision → cases: a 监督决定书 of 撤销 / 确认违法 / 确认无效 marks the case's decision and withdraws its publication (004 第二十五条; 002 事后公开（三）)
  'case-decision.corrected': ['cases'],
  // cases → supervision: what the correction did to the case (marked, publication withdrawn, or why not)
  'case-decision.correction-applied': ['supervision'],
} as const satisfies Record<string, readonly SubgraphName[]>;

export type EventType = keyof typeof SUBSCRIPTIONS;

/** The graphile-worker task of one consumer for one event type, e.g. `cases:agency.changed`. */
export function taskIdentifier(consumer: SubgraphName, type: EventType): string {
  return `${consumer}:${type}`;
}

/**
 * The queue a consumer's events of one family run in, one at a time. Not a guarantee of order: a job that
 * fails is retried after the jobs queued behind it (graphile-worker pushes its run_at back and frees the
 * queue), so a handler must give the right result in any order — agency events carry personnel's tree
 * revision for that (`agencyProjectionHandlers`).
 */
export function queueName(consumer: SubgraphName, type: EventType): string {
  return `${consumer}:${type.split('.')[0]}`;
}

/** Attempts before a job is left failed (visible to SYSTEM_ADMIN); graphile-worker backs off exponentially between them. */
export const MAX_ATTEMPTS = 10;

export function eventEnvelope<P>(producer: SubgraphName, type: EventType, occurredAt: Date, payload: P): EventEnvelope<P> {
  return { id: newId(), type, occurredAt: occurredAt.toISOString(), producer, payload };
}

/**
 * Adds the event to the outbox inside the caller's transaction: `tx` must be the EntityManager of an open
 * `em.transactional` (the job rows commit or roll back with the change). One job per subscribed consumer.
 */
export async function publish<P>(tx: EntityManager, event: EventEnvelope<P>): Promise<void> {
  const ctx = tx.getTransactionContext();
  if (!ctx) throw new Error(`publish(${event.type}) outside a transaction: the event would not commit with its change`);
  for (const consumer of SUBSCRIPTIONS[event.type]) {
    await tx.getConnection().execute(
      'select graphile_worker.add_job(?, ?::json, queue_name => ?, max_attempts => ?, job_key => ?)',
      [taskIdentifier(consumer, event.type), JSON.stringify(event), queueName(consumer, event.type), MAX_ATTEMPTS, `${consumer}:${event.id}`],
      'all',
      ctx,
    );
  }
}
