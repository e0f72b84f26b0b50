/**
 * The agency projection (DESIGN "Scope"): a subgraph that scopes by agency keeps a copy of personnel's
 * tree — id, parent, path, published, confirmed — fed by personnel's agency events, because authorization cannot wait
 * on a network call. The one copy of another subgraph's data that is allowed. Each consumer has the table
 * in its own schema (the entity carries no schema; the consumer's ORM places it), with `processed_event`.
 */
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { quote, type EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope, EventType } from './event.js';
import type { EventHandler } from './consumer.js';

@Entity({ tableName: 'agency_projection' })
export class AgencyProjection {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Paths are derived from these pointers, walking down by `parent_id` (hence the index). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Materialized path `/root/…/self/`, as personnel's `agency.path`. */
  // text_pattern_ops: a `like 'prefix%'` on the path uses the index whatever the database's collation.
  @Index({ name: 'agency_projection_path_index', properties: ['path'], expression: (columns, table) => quote`create index ${'agency_projection_path_index'} on ${table} (${columns.path} text_pattern_ops)` })
  @Property({ type: 'text' })
  path!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'boolean', default: false })
  published!: boolean;

  /** 主体资格 confirmed by the certificate administrator (004 第十条): only a confirmed agency holds matters. */
  @Property({ type: 'boolean', default: false })
  confirmed!: boolean;

  /** personnel's tree revision of the event that last wrote this row's own facts (see `agencyProjectionHandlers`). */
  @Property({ type: 'integer', default: 0 })
  rev!: number;
}

/** The event ids a consumer has applied: written in the same transaction as the effect (kit's idempotency). */
@Entity({ tableName: 'processed_event' })
export class ProcessedEvent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'text' })
  producer!: string;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'timestamptz' })
  handledAt!: Date;
}

/** An agency as its events carry it. */
export interface AgencyFacts {
  id: string;
  parentId: string | null;
  path: string;
  name: string;
  published: boolean;
  /** 主体资格 confirmed (004 第十条). */
  confirmed: boolean;
}

/**
 * personnel's agency tree revision: one counter, raised by one in the same transaction as every change to the
 * tree (each create, edit, confirmation, publication, move and snapshot), under a row lock held to the commit
 * — so revisions have no gaps and their order is the order in which the changes committed.
 */
export interface AtRevision {
  rev: number;
}

/** Created, edited, confirmed or published: the agency's current facts. */
export type AgencyChanged = AgencyFacts & AtRevision;
/**
 * Moved with its subtree: the agency's facts after the move (`path` = `newPath`). `oldPath` is for the reader;
 * consumers derive the descendants' paths from their projected parents, not from `oldPath`.
 */
export type AgencyMoved = AgencyFacts & AtRevision & { oldPath: string; newPath: string };
/** The whole tree at revision `rev`, for a new consumer or a rebuild. */
export interface AgencySnapshot extends AtRevision {
  agencies: AgencyFacts[];
}

function exec(tx: EntityManager, sql: string, params: unknown[]) {
  return tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
}

/**
 * Rewrites the paths of the subtree under `from` (every root and orphan when `from` is null) from the parent
 * pointers: a row's path is its projected parent's path and its id; a root's is `/id/`; a row whose parent the
 * projection does not hold yet keeps the path its event gave it until the parent arrives. The walk stops at an
 * id already on the path, so a cycle that out-of-order moves may leave for a while cannot loop.
 */
function derivePaths(tx: EntityManager, schema: string, from: string | null) {
  const t = `"${schema}".agency_projection`;
  const start = from === null
    ? `select a.id, case when a.parent_id is null then '/' || a.id || '/' else a.path end from ${t} a
        where a.parent_id is null or not exists (select 1 from ${t} p where p.id = a.parent_id)`
    : `select a.id, case when a.parent_id is null then '/' || a.id || '/' else coalesce(p.path || a.id || '/', a.path) end
         from ${t} a left join ${t} p on p.id = a.parent_id where a.id = ?`;
  return exec(
    tx,
    `with recursive sub(id, path) as (
       ${start}
       union all
       select c.id, sub.path || c.id || '/' from ${t} c join sub on c.parent_id = sub.id where position(c.id::text in sub.path) = 0
     )
     update ${t} a set path = sub.path from sub where a.id = sub.id and a.path <> sub.path`,
    from === null ? [] : [from],
  );
}

/**
 * One agency's facts, if newer than what the projection holds for it; then its subtree's paths. Returns
 * whether the row was written.
 */
async function applyFacts(tx: EntityManager, schema: string, a: AgencyFacts & AtRevision): Promise<boolean> {
  const written = await tx.getConnection().execute<{ id: string }[]>(
    `insert into "${schema}".agency_projection as x (id, parent_id, path, name, published, confirmed, rev) values (?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set parent_id = excluded.parent_id, path = excluded.path, name = excluded.name, published = excluded.published, confirmed = excluded.confirmed, rev = excluded.rev
      where x.rev < excluded.rev
     returning id`,
    [a.id, a.parentId, a.path, a.name, a.published, a.confirmed === true, a.rev],
    'all',
    tx.getTransactionContext(),
  );
  if (written.length === 0) return false;
  await derivePaths(tx, schema, a.id);
  return true;
}

/**
 * The handlers that keep `<schema>.agency_projection` in step with personnel's tree, whatever order the events
 * arrive in. The named queue runs one job at a time, but a job that fails is retried LATER, after the jobs
 * queued behind it (graphile-worker unlocks the queue and pushes the failed job's run_at back) — so order
 * cannot be relied on. Instead:
 * - every event carries personnel's tree revision `rev` (`AtRevision`), and each row keeps the revision of the
 *   event that last wrote its own facts (parent, name, published): an event older than the row is skipped
 *   for that row — last writer by revision wins, in any order of arrival;
 * - a path is never taken from a stale event: after a row's parent changes, the paths of its subtree are
 *   derived again from the projected parents (`derivePaths`). A move of an ancestor does not raise its
 *   descendants' revisions, and does not need to: their paths follow their parents;
 * - a snapshot at revision S writes only the rows older than S and deletes only rows older than S that it does
 *   not list (agencies are never deleted in personnel; such rows are damage) — an agency created after S, or
 *   moved after S, keeps what its newer event wrote.
 * Once every event is applied, each row holds the facts of its newest event — personnel's — and every path
 * follows from those parents: personnel's paths.
 */
export function agencyProjectionHandlers(schema: string): Partial<Record<EventType, EventHandler>> {
  return {
    'agency.changed': async (event, tx) => {
      await applyFacts(tx, schema, (event as EventEnvelope<AgencyChanged>).payload);
    },
    'agency.moved': async (event, tx) => {
      const m = (event as EventEnvelope<AgencyMoved>).payload;
      await applyFacts(tx, schema, { ...m, path: m.newPath });
    },
    'agency.snapshot': async (event, tx) => {
      const s = (event as EventEnvelope<AgencySnapshot>).payload;
      const rows = JSON.stringify(s.agencies.map((a) => ({ id: a.id, parent_id: a.parentId, path: a.path, name: a.name, published: a.published, confirmed: a.confirmed === true })));
      await exec(
        tx,
        `insert into "${schema}".agency_projection as x (id, parent_id, path, name, published, confirmed, rev)
         select id, parent_id, path, name, published, confirmed, ?::int from json_to_recordset(?::json) as a(id uuid, parent_id uuid, path text, name text, published boolean, confirmed boolean)
         on conflict (id) do update set parent_id = excluded.parent_id, path = excluded.path, name = excluded.name, published = excluded.published, confirmed = excluded.confirmed, rev = excluded.rev
          where x.rev < excluded.rev`,
        [s.rev, rows],
      );
      await exec(
        tx,
        `delete from "${schema}".agency_projection where rev < ? and id not in (select x::uuid from json_array_elements_text(?::json) x)`,
        [s.rev, JSON.stringify(s.agencies.map((a) => a.id))],
      );
      await derivePaths(tx, schema, null);
    },
  };
}
