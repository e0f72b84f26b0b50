/**
 * The command line every subgraph process shares: `serve` (default), `consume`, `migrate`, `seed`.
 * A subgraph's `index.ts` only names its parts.
 */
import type { GraphQLSchema } from 'graphql';
import type express from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { env, type Env } from './env.js';
import { logger } from './log.js';
import { migrate } from './db.js';
import { clockFromEnv } from './clock-env.js';
import { TokenVerifier, type Identity } from './identity.js';
import { startSubgraphServer } from './subgraph.js';
import type { Clock } from './calendar/index.js';
import { startConsumer, type Consumer, type EventHandlers } from './events/consumer.js';

export interface SubgraphMain<L> {
  name: 'personnel' | 'cases' | 'supervision';
  schemaName: string;
  createOrm(databaseUrl: string): Promise<MikroORM>;
  buildSchema(): Promise<{ schema: GraphQLSchema; sdl: string }>;
  createLoaders(em: EntityManager, identity: Identity, clock: Clock, authorization: string | null): L;
  seed(em: EntityManager, now: Date, env: Env): Promise<Record<string, number>>;
  port(env: Env): number;
  /** The events this subgraph consumes (DESIGN "Events"); its worker runs in `serve` (and alone in `consume`). */
  eventHandlers?: EventHandlers;
  /**
   * Runs in `migrate` after the migrations — once per deploy (e.g. personnel recounts provisional deadlines
   * for a newer holiday package); what it returns is logged.
   */
  afterMigrate?(orm: MikroORM, clock: Clock): Promise<unknown>;
  /**
   * Plain HTTP routes mounted before GraphQL (e.g. cases' statistics export), given what they need to verify
   * the caller's token themselves and reach the database.
   */
  routes?(deps: { orm: MikroORM; verifier: TokenVerifier; clock: Clock }): (app: express.Express) => void;
  /** Runs before serving (e.g. personnel loads its signing key). */
  beforeServe?(env: Env, orm: MikroORM, clock: Clock): Promise<void>;
}

export async function runSubgraphMain<L>(s: SubgraphMain<L>, argv: string[] = process.argv): Promise<void> {
  const command = argv[2] ?? 'serve';
  if (command === 'print-schema') {
    // The subgraph SDL for composition; needs no database.
    process.stdout.write((await s.buildSchema()).sdl);
    return;
  }
  const e = env();
  const log = logger.child({ subgraph: s.name });
  if (!e.databaseUrl) {
    log.fatal('DATABASE_URL is not set (npm start sets it for the embedded database)');
    process.exit(1);
  }
  const orm = await s.createOrm(e.databaseUrl);
  const clock = clockFromEnv();
  if (command === 'migrate') {
    const applied = await migrate(orm, s.schemaName);
    log.info({ applied }, 'migrations applied');
    if (s.afterMigrate) log.info({ result: await s.afterMigrate(orm, clock) }, 'after migrations');
    await orm.close();
    return;
  }
  if (command === 'seed') {
    const result = await s.seed(orm.em.fork(), clock.now(), e);
    log.info(result, 'seed loaded');
    await orm.close();
    return;
  }
  const consume = () =>
    s.eventHandlers
      ? startConsumer({ consumer: s.name, connectionString: e.databaseUrl!, orm, schema: s.schemaName, handlers: s.eventHandlers })
      : Promise.resolve(null);
  if (command === 'consume') {
    // Only the event consumer, no HTTP server: for running consumers as processes of their own.
    const consumer = await consume();
    if (!consumer) {
      log.warn('this subgraph consumes no events');
      await orm.close();
      return;
    }
    const stop = async () => {
      await consumer.stop();
      await orm.close();
      process.exit(0);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    return;
  }
  if (command !== 'serve') {
    log.fatal(`unknown command ${command}; use serve, consume, migrate, seed or print-schema`);
    process.exit(2);
  }
  await s.beforeServe?.(e, orm, clock);
  const { schema } = await s.buildSchema();
  const verifier = await TokenVerifier.create(e.jwt, () => clock.now());
  const server = await startSubgraphServer({
    name: s.name,
    schema,
    orm,
    verifier,
    routes: s.routes?.({ orm, verifier, clock }),
    clock,
    createLoaders: (em, identity, c, authorization) => s.createLoaders(em, identity, c, authorization),
    port: s.port(e),
    metrics: e.metrics,
  });
  const consumer: Consumer | null = e.eventsConsume ? await consume() : null;
  const shutdown = async () => {
    await server.stop();
    await consumer?.stop();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
