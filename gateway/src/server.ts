/**
 * The gateway: one graph for every front end (DESIGN "Architecture"). It loads the committed supergraph,
 * checks the caller's token, limits the query's shape (armor.ts) and cost (limits.ts), rate-limits
 * anonymous public lookups (rate-limit.ts), passes the token on to the subgraphs (which verify it again),
 * serves the console at `/` and answers `GET /health` once the supergraph is loaded. HTTP-level failures
 * (malformed JSON, oversized bodies) are GraphQL errors too, never Express's HTML page.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode, formatError, graphqlHttpErrorHandler, logger, TokenVerifier, type Env, type Identity } from '@jiandu/kit';
import { queryCostPlugin } from './limits.js';
import { armorProtection, tokenLimit } from './armor.js';
import { publicRateLimitPlugin, WindowLimiter } from './rate-limit.js';
import { filesProxy } from './files-proxy.js';

interface GatewayContext {
  authorization: string | undefined;
  identity: Identity;
  clientIp: string;
}

class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startGateway(env: Env, now: () => Date): Promise<RunningGateway> {
  const log = logger.child({ service: 'gateway' });
  const supergraphSdl = fs.readFileSync(env.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new AuthForwardingDataSource({ url: env.subgraphUrls[name as keyof Env['subgraphUrls']] ?? url }),
  });
  const verifier = await TokenVerifier.create(env.jwt, now);
  const armor = armorProtection({ ...env.graphql, maskSuggestions: !env.graphql.sandbox });
  const limiter = new WindowLimiter(env.publicRateLimit.max, env.publicRateLimit.windowSeconds * 1000);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    introspection: env.graphql.sandbox,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    plugins: [
      env.graphql.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }) : ApolloServerPluginLandingPageDisabled(),
      ...armor.plugins,
      queryCostPlugin(env.graphql.maxCost),
      publicRateLimitPlugin<GatewayContext>(limiter),
    ],
  });
  await apollo.start();
  let ready = true;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', env.trustProxy);
  app.get('/health', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting', service: 'gateway' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    tokenLimit(env.graphql.maxTokens),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const authorization = req.headers.authorization;
        const { identity, tokenProblem } = await verifier.identify(authorization);
        if (tokenProblem) {
          // The console logs the user out on this code; subgraphs reached directly serve anonymously instead.
          throw new GraphQLError('登录已失效，请重新登录', { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
        }
        return { authorization: identity.anonymous ? undefined : authorization, identity, clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown' };
      },
    }),
  );
  // Files of the 全过程记录 (004 第十五条), streamed to and from the cases subgraph; before the console's routes.
  app.use('/files', filesProxy({ casesUrl: env.subgraphUrls.cases, maxBytes: env.files.maxBytes, verifier, log }));
  // The console (react-admin build) and its client-side routes; looked up per request, so a console built
  // after the gateway started is served without a restart.
  // Vite's hashed assets never change under their name: cached for a year; index.html (which names them) is
  // revalidated on every load, so an upgrade never leaves a browser on assets that are gone.
  app.use(
    express.static(env.adminDist, {
      index: 'index.html',
      setHeaders: (res, file) =>
        res.setHeader('cache-control', /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }),
  );
  app.get(/^\/(?!graphql|health).*/, (_req, res) => {
    const index = path.join(env.adminDist, 'index.html');
    if (fs.existsSync(index)) res.setHeader('cache-control', 'no-cache').sendFile(index);
    else res.status(503).type('text/plain; charset=utf-8').send('控制台尚未构建：运行 npm run build (console not built: run npm run build)');
  });
  app.use(graphqlHttpErrorHandler(log));
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.port, '0.0.0.0', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  log.info({ port }, 'gateway listening');
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    async stop() {
      ready = false;
      await new Promise<void>((r) => server.close(() => r()));
      await apollo.stop();
    },
  };
}
