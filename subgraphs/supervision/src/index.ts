/** supervision — bootstrap only: `node dist/index.js serve | consume | migrate | seed`. */
import { agencyProjectionHandlers, runSubgraphMain } from '@jiandu/kit';
import { createSupervisionOrm, SCHEMA } from './orm.js';
import { buildSupervisionSchema } from './schema.js';
import { createLoaders } from './loaders.js';
import { complainantKey } from './complaints/complaint.fingerprint.js';

await runSubgraphMain({
  name: 'supervision',
  schemaName: SCHEMA,
  createOrm: createSupervisionOrm,
  buildSchema: buildSupervisionSchema,
  createLoaders,
  // Seed 000 publishes no complaints: supervision starts empty.
  seed: async () => ({ complaints: 0 }),
  // The agency projection its scope decisions read, fed by personnel's agency events (DESIGN "Scope").
  eventHandlers: agencyProjectionHandlers(SCHEMA),
  port: (env) => env.supervisionPort,
  // The complainant fingerprint key: refuse to serve without it in production (outside production made at first start).
  beforeServe: async () => {
    complainantKey();
  },
});
