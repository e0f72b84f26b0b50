/** cases — bootstrap only: `node dist/index.js serve | migrate | seed`. */
import { runSubgraphMain } from '@jiandu/kit';
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
  port: (env) => env.casesPort,
});
