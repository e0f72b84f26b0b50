/**
 * One MikroORM per subgraph, bound to the subgraph's own PostgreSQL schema (DESIGN "Architecture": no
 * subgraph reads another's tables). Migrations are listed explicitly (no file globbing), so the same
 * code runs from TypeScript in tests and from the compiled output in production.
 */
import { MikroORM, DataloaderType, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import type { Constructor } from '@mikro-orm/core';
import { installEventQueue } from './events/queue.js';

/** Counts the SQL statements this process sent; read through `/metrics` and by tests. */
export const sqlCounter = { statements: 0 };

export interface OrmOptions {
  /** PostgreSQL schema owned by the subgraph, e.g. `personnel`. */
  schema: string;
  databaseUrl: string;
  entities: Constructor<object>[];
  migrations: { name: string; class: Constructor<Migration> }[];
  debug?: boolean;
  poolMax?: number;
}

export function ormConfig(o: OrmOptions): Options {
  return {
    clientUrl: o.databaseUrl,
    schema: o.schema,
    entities: o.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    debug: o.debug ?? false,
    pool: { min: 0, max: o.poolMax ?? 10 },
    discovery: { warnWhenNoEntities: false },
    // The event queue's schema belongs to graphile-worker (kit/src/events/queue.ts), not to any subgraph.
    schemaGenerator: { ignoreSchema: ['graphile_worker'] },
    migrations: {
      migrationsList: o.migrations,
      tableName: 'mikro_orm_migrations',
      schema: o.schema,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: 'ts',
    },
    onQuery: (sql: string) => {
      sqlCounter.statements++;
      return sql;
    },
  };
}

export async function createOrm(o: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(o));
}

/**
 * Installs the event queue (kit's shared `graphile_worker` schema, DESIGN "Events"), creates the subgraph's
 * schema if needed and applies pending migrations. Returns the names applied.
 */
export async function migrate(orm: MikroORM, schema: string): Promise<string[]> {
  await installEventQueue(orm.config.get('clientUrl')!);
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}

/** SQL that would bring the database to the entities' shape; empty when migrations are complete. */
export async function pendingSchemaDiff(orm: MikroORM): Promise<string> {
  return (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
}

export type { MikroORM };
