/** cases — bootstrap only: `node dist/index.js serve | consume | migrate | seed`. */
import { agencyProjectionHandlers, runSubgraphMain } from '@jiandu/kit';
import { createCasesOrm, SCHEMA } from './orm.js';
import { buildCasesSchema } from './schema.js';
import { createLoaders } from './loaders.js';
import { seedCases } from './seed/seed.js';
import { fileRoutes } from './record/files.routes.js';

await runSubgraphMain({
  name: 'cases',
  schemaName: SCHEMA,
  createOrm: createCasesOrm,
  buildSchema: buildCasesSchema,
  createLoaders,
  seed: seedCases,
  // The agency projection its scope decisions read, fed by personnel's agency events (DESIGN "Scope").
  eventHandlers: agencyProjectionHandlers(SCHEMA),
  // POST /files and GET /files/:sha256 of the 全过程记录 (004 第十五条), proxied by the gateway.
  routes: fileRoutes,
  port: (env) => env.casesPort,
});
