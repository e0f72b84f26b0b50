/** cases — bootstrap only: `node dist/index.js serve | consume | migrate | seed`. */
import { agencyProjectionHandlers, clockFromEnv, runSubgraphMain } from '@jiandu/kit';
import { createCasesOrm, SCHEMA } from './orm.js';
import { buildCasesSchema } from './schema.js';
import { createLoaders } from './loaders.js';
import { seedCases } from './seed/seed.js';
import { fileRoutes } from './record/files.routes.js';
import { statisticsExportRoutes } from './statistics/statistics.export.js';
import { correctionHandlers } from './corrections/correction.events.js';

await runSubgraphMain({
  name: 'cases',
  schemaName: SCHEMA,
  createOrm: createCasesOrm,
  buildSchema: buildCasesSchema,
  createLoaders,
  seed: seedCases,
  // The agency projection its scope decisions read, fed by personnel's agency events (DESIGN "Scope").
  // …and supervision's 撤销 / 确认违法 / 确认无效 监督决定书 (004 第二十五条), applied to the case and its publication.
  eventHandlers: { ...agencyProjectionHandlers(SCHEMA), ...correctionHandlers(clockFromEnv()) },
  // POST /files and GET /files/:sha256 of the 全过程记录 (004 第十五条), and GET /statistics/<agencyId>/<year>.csv|json,
  // the 年报 export — both proxied by the gateway.
  routes: (deps) => (app) => {
    fileRoutes(deps)(app);
    statisticsExportRoutes(deps)(app);
  },
  port: (env) => env.casesPort,
});
