/** cases — bootstrap only: `node dist/index.js serve | consume | migrate | seed`. */
import { agencyProjectionHandlers, runSubgraphMain } from '@jiandu/kit';
import { createCasesOrm, SCHEMA } from './orm.js';
import { buildCasesSchema } from './schema.js';
import { createLoaders } from './loaders.js';
import { seedCases } from './seed/seed.js';

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
});
