/** cases — bootstrap only: `node dist/index.js serve | consume | migrate | seed`. */
import { agencyProjectionHandlers, runSubgraphMain } from '@jiandu/kit';
import { createCasesOrm, SCHEMA } from './orm.js';
import { buildCasesSchema } from './schema.js';
import { createLoaders } from './loaders.js';
import { seedCases } from './seed/seed.js';
import { statisticsExportRoutes } from './statistics/statistics.export.js';

await runSubgraphMain({
  name: 'cases',
  schemaName: SCHEMA,
  createOrm: createCasesOrm,
  buildSchema: buildCasesSchema,
  createLoaders,
  seed: seedCases,
  // The agency projection its scope decisions read, fed by personnel's agency events (DESIGN "Scope").
  eventHandlers: agencyProjectionHandlers(SCHEMA),
  port: (env) => env.casesPort,
  // GET /statistics/<agencyId>/<year>.csv|json, the 年报 export (proxied by the gateway)
  routes: statisticsExportRoutes,
});
