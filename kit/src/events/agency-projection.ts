/**
 * The agency projection (DESIGN "Scope"): a subgraph that scopes by agency keeps a copy of personnel's
 * tree — id, parent, path, published — fed by personnel's agency events, because authorization cannot wait
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
}

/** Created, edited, confirmed or published: the agency's current facts. */
export type AgencyChanged = AgencyFacts;
/** A subtree moved: every path starting with `oldPath` now starts with `newPath`; `id`'s parent is `parentId`. */
export interface AgencyMoved {
  id: string;
  parentId: string | null;
  oldPath: string;
  newPath: string;
}
/** The whole tree, for a new consumer or a rebuild: the projection becomes exactly this. */
export interface AgencySnapshot {
  agencies: AgencyFacts[];
}

function exec(tx: EntityManager, sql: string, params: unknown[]) {
  return tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
}

const UPSERT = (schema: string) => `insert into "${schema}".agency_projection (id, parent_id, path, name, published)
  select id, parent_id, path, name, published from json_to_recordset(?::json) as a(id uuid, parent_id uuid, path text, name text, published boolean)
  on conflict (id) do update set parent_id = excluded.parent_id, path = excluded.path, name = excluded.name, published = excluded.published`;

const rows = (agencies: AgencyFacts[]) =>
  JSON.stringify(agencies.map((a) => ({ id: a.id, parent_id: a.parentId, path: a.path, name: a.name, published: a.published })));

/** The handlers that keep `<schema>.agency_projection` in step with personnel's tree. */
export function agencyProjectionHandlers(schema: string): Partial<Record<EventType, EventHandler>> {
  return {
    'agency.changed': async (event, tx) => {
      // Only moves (and snapshots) change paths: a `changed` event retried after a later move must not put
      // the old path back, and a new agency takes its place under its parent's current projected path.
      const a = (event as EventEnvelope<AgencyChanged>).payload;
      await exec(
        tx,
        `insert into "${schema}".agency_projection (id, parent_id, path, name, published)
         values (?, ?, coalesce((select p.path || ? || '/' from "${schema}".agency_projection p where p.id = ?), ?), ?, ?)
         on conflict (id) do update set name = excluded.name, published = excluded.published`,
        [a.id, a.parentId, a.id, a.parentId, a.path, a.name, a.published],
      );
    },
    'agency.moved': async (event, tx) => {
      const m = (event as EventEnvelope<AgencyMoved>).payload;
      // One statement for the whole subtree, whatever its size: rewrite the prefix.
      await exec(
        tx,
        `update "${schema}".agency_projection
            set path = ? || substr(path, length(?) + 1),
                parent_id = case when id = ? then ?::uuid else parent_id end
          where path like ?`,
        [m.newPath, m.oldPath, m.id, m.parentId, `${m.oldPath.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
      );
    },
    'agency.snapshot': async (event, tx) => {
      const s = (event as EventEnvelope<AgencySnapshot>).payload;
      await exec(tx, UPSERT(schema), [rows(s.agencies)]);
      await exec(tx, `delete from "${schema}".agency_projection where id not in (select x::uuid from json_array_elements_text(?::json) x)`, [JSON.stringify(s.agencies.map((a) => a.id))]);
    },
  };
}
