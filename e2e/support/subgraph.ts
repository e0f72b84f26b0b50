/**
 * Runs one subgraph in the test process against a fresh database on the real PostgreSQL: migrations,
 * optional seed, the real HTTP server (token verification included) on a free port.
 */
import type { GraphQLSchema } from 'graphql';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  addDays, addNaturalMonths, fixedClock, migrate, toLocalDate, type LocalDate, parseEnv, startSubgraphServer, TokenIssuer, TokenVerifier,
  type Clock, type Identity, type Role, type TokenClaims,
} from '@jiandu/kit';
import { createTestDatabase } from './db.js';

/**
 * The instant every test runs at (the platform's CLOCK_NOW, the subgraphs' clock, the browser's clock).
 * `TEST_NOW=2027-11-20T10:00:00+08:00 npm test` runs the whole suite at another instant: tests compute
 * their expected dates from it (TEST_TODAY, testDate) instead of writing them out. Test support may read
 * process.env (CONVENTIONS: only kit/src/env.ts does in the product).
 */
export const TEST_NOW: string = process.env.TEST_NOW || '2026-11-24T10:00:00+08:00';
fixedClock(TEST_NOW); // a TEST_NOW without an offset or not an instant fails here, before any test

/** The statutory date (China) of TEST_NOW, e.g. 2026-11-24. */
export const TEST_TODAY: LocalDate = toLocalDate(new Date(TEST_NOW));
/** The year of TEST_TODAY, e.g. 2026 (complaint numbers TS<year>-…). */
export const TEST_YEAR: number = Number(TEST_TODAY.slice(0, 4));

/** A date relative to TEST_TODAY: natural days and/or months on (negative: back), e.g. testDate({ days: -14 }). */
export function testDate(o: { days?: number; months?: number }): LocalDate {
  let d = TEST_TODAY;
  if (o.months) d = addNaturalMonths(d, o.months, { extendToWorkingDay: false });
  if (o.days) d = addDays(d, o.days);
  return d;
}

/** The seed's certificates (000 附件2) are valid 2022-12-05 … 2027-12-04: the suite's instant must lie in it. */
export const SEED_VALID_FROM = '2022-12-05';
export const SEED_VALID_UNTIL = '2027-12-04';
if (TEST_TODAY < SEED_VALID_FROM || TEST_TODAY > SEED_VALID_UNTIL) {
  throw new Error(`TEST_NOW=${TEST_NOW}: the tests expect the seed's certificates to be valid (${SEED_VALID_FROM} … ${SEED_VALID_UNTIL}); pick an instant in that period`);
}

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
  createLoaders(em: EntityManager, identity: Identity, clock: Clock, authorization: string | null): L;
  seed?(em: EntityManager, now: Date): Promise<unknown>;
  clock?: Clock;
  /** The subgraph's plain HTTP routes (SubgraphMain.routes), e.g. cases' statistics export. */
  routes?(deps: { orm: MikroORM; verifier: TokenVerifier; clock: Clock }): (app: import('express').Express) => void;
}): Promise<SubgraphUnderTest> {
  const databaseUrl = await createTestDatabase(o.label);
  const orm = await o.createOrm(databaseUrl);
  await migrate(orm, o.schemaName);
  const clock = o.clock ?? fixedClock(TEST_NOW);
  if (o.seed) await o.seed(orm.em.fork(), clock.now());
  const { schema } = await o.buildSchema();
  const jwt = parseEnv(process.env).jwt;
  const verifier = await TokenVerifier.create(jwt, () => clock.now());
  const server = await startSubgraphServer({
    name: o.label,
    schema,
    orm,
    verifier,
    routes: o.routes?.({ orm, verifier, clock }),
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
