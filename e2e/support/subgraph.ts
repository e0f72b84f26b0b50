/**
 * Runs one subgraph in the test process against a fresh database on the real PostgreSQL: migrations,
 * optional seed, the real HTTP server (token verification included) on a free port.
 */
import type { GraphQLSchema } from 'graphql';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  fixedClock, migrate, parseEnv, startSubgraphServer, TokenIssuer, TokenVerifier,
  type Clock, type Identity, type Role, type TokenClaims,
} from '@jiandu/kit';
import { createTestDatabase } from './db.js';

export const TEST_NOW = '2026-11-24T10:00:00+08:00';

export interface SubgraphUnderTest {
  url: string;
  databaseUrl: string;
  orm: MikroORM;
  clock: Clock;
  /** A valid token for the given roles (and agency/officer), signed with the run's key. */
  token(roles: Role[], extra?: Partial<TokenClaims>): Promise<string>;
  stop(): Promise<void>;
}

export async function startSubgraphForTest<L>(o: {
  label: string;
  createOrm(url: string): Promise<MikroORM>;
  schemaName: string;
  buildSchema(): Promise<{ schema: GraphQLSchema }>;
  createLoaders(em: EntityManager, identity: Identity, clock: Clock): L;
  seed?(em: EntityManager, now: Date): Promise<unknown>;
  clock?: Clock;
}): Promise<SubgraphUnderTest> {
  const databaseUrl = await createTestDatabase(o.label);
  const orm = await o.createOrm(databaseUrl);
  await migrate(orm, o.schemaName);
  const clock = o.clock ?? fixedClock(TEST_NOW);
  if (o.seed) await o.seed(orm.em.fork(), clock.now());
  const { schema } = await o.buildSchema();
  const jwt = parseEnv(process.env).jwt;
  const server = await startSubgraphServer({
    name: o.label,
    schema,
    orm,
    verifier: await TokenVerifier.create(jwt, () => clock.now()),
    clock,
    createLoaders: o.createLoaders,
    port: 0,
    metrics: true,
  });
  const issuer = await TokenIssuer.create(jwt);
  return {
    url: server.url,
    databaseUrl,
    orm,
    clock,
    token: async (roles, extra = {}) =>
      (
        await issuer.sign(
          { sub: extra.sub ?? '00000000-0000-4000-8000-000000000001', username: extra.username ?? 'tester', name: extra.name ?? '测试用户', roles, agencyId: extra.agencyId ?? null, agencyPath: extra.agencyPath ?? null, officerId: extra.officerId ?? null },
          clock.now(),
        )
      ).token,
    stop: async () => {
      await server.stop();
      await orm.close(true);
    },
  };
}
