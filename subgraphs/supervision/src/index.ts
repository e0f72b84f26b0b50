/** supervision — bootstrap only: `node dist/index.js serve | migrate | seed`. */
import { runSubgraphMain } from '@jiandu/kit';
import { createSupervisionOrm, SCHEMA } from './orm.js';
import { buildSupervisionSchema } from './schema.js';
import { createLoaders } from './loaders.js';

await runSubgraphMain({
  name: 'supervision',
  schemaName: SCHEMA,
  createOrm: createSupervisionOrm,
  buildSchema: buildSupervisionSchema,
  createLoaders,
  // Seed 000 publishes no complaints: supervision starts empty.
  seed: async () => ({ complaints: 0 }),
  port: (env) => env.supervisionPort,
});
