/**
 * The federation glue, in one place (CONVENTIONS, type-graphql `examples/apollo-federation-2`):
 * build the type-graphql schema → print it with its directives → prepend the Federation 2 `@link` →
 * `buildSubgraphSchema` with the reference resolvers merged in. And the HTTP server every subgraph runs.
 */
import 'reflect-metadata';
import http from 'node:http';
import express from 'express';
import { parse, specifiedDirectives, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions, type NonEmptyArray } from 'type-graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { formatError, registerUniqueMessages, type UniqueMessages } from './errors.js';
import { graphqlHttpErrorHandler } from './http-errors.js';
import { logger } from './log.js';
import { guardIdArgs } from './id-args.js';
import { sqlCounter } from './db.js';
import { makeContext, type Context } from './context.js';
import type { TokenVerifier } from './identity.js';
import type { Clock } from './calendar/index.js';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  /** `{ TypeName: { __resolveReference(ref, ctx) } }` for the entities this subgraph resolves. */
  referenceResolvers?: GraphQLResolverMap<Context<any>>;
  /** The subgraph's unique constraints and what a clerk is told when one is violated (DUPLICATE). */
  uniqueMessages?: UniqueMessages;
}

/** The subgraph schema as SDL (what composition reads) and as an executable schema. */
export async function buildFederatedSchema(o: FederatedSchemaOptions): Promise<{ schema: GraphQLSchema; sdl: string }> {
  registerUniqueMessages(o.uniqueMessages ?? {});
  const options: BuildSchemaOptions = {
    resolvers: o.resolvers,
    orphanedTypes: o.orphanedTypes,
    directives: [...specifiedDirectives],
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    validate: false,
    skipCheck: true,
  };
  const plain = guardIdArgs(await buildSchema(options));
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(plain)}`
    .replace(/^type Query /m, '"""查询 (queries): what can be read"""\ntype Query ')
    .replace(/^type Mutation /m, '"""操作 (mutations): what can be changed"""\ntype Mutation ');
  const typeDefs = parse(sdl);
  const resolvers = createResolversMap(plain) as GraphQLResolverMap<Context<any>>;
  for (const [typeName, ref] of Object.entries(o.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(ref as object) } as never;
  }
  return { schema: buildSubgraphSchema([{ typeDefs, resolvers }]), sdl };
}

export interface SubgraphServerOptions<L> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  verifier: TokenVerifier;
  clock: Clock;
  /** `authorization` is the caller's raw header, for loaders that ask another subgraph on his behalf. */
  createLoaders: (em: EntityManager, identity: Context['identity'], clock: Clock, authorization: string | null) => L;
  port: number;
  host?: string;
  metrics: boolean;
  /** Extra routes (e.g. personnel's key endpoint) mounted before GraphQL. */
  routes?: (app: express.Express) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startSubgraphServer<L>(o: SubgraphServerOptions<L>): Promise<RunningServer> {
  const log = logger.child({ subgraph: o.name });
  const apollo = new ApolloServer<Context<L>>({
    schema: o.schema,
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    try {
      await o.orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok', subgraph: o.name });
    } catch (e) {
      res.status(503).json({ status: 'unavailable', subgraph: o.name, reason: (e as Error).message });
    }
  });
  if (o.metrics) app.get('/metrics', (_req, res) => res.json({ subgraph: o.name, sqlStatements: sqlCounter.statements }));
  o.routes?.(app);
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const { identity, tokenProblem } = await o.verifier.identify(req.headers.authorization);
        if (tokenProblem) log.warn({ tokenProblem }, 'token rejected, serving anonymously');
        const authorization = req.headers.authorization ?? null;
        return makeContext(o.orm, identity, o.clock, (em) => o.createLoaders(em, identity, o.clock, authorization), authorization);
      },
    }),
  );
  app.use(graphqlHttpErrorHandler(log));
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  log.info({ url }, 'subgraph listening');
  return {
    url,
    port,
    async stop() {
      await new Promise<void>((r) => server.close(() => r()));
      await apollo.stop();
    },
  };
}
