/** supervision — bootstrap only: `node dist/index.js serve | consume | migrate | seed`. */
import { agencyProjectionHandlers, runSubgraphMain } from '@jiandu/kit';
import { createSupervisionOrm, SCHEMA } from './orm.js';
import { buildSupervisionSchema } from './schema.js';
import { createLoaders } from './loaders.js';
import { decisionEffectHandlers } from './decisions/decision.events.js';

await runSubgraphMain({
  name: 'supervision',
  schemaName: SCHEMA,
  createOrm: createSupervisionOrm,
  buildSchema: buildSupervisionSchema,
  createLoaders,
  // Seed 000 publishes no complaints: supervision starts empty.
  seed: async () => ({ complaints: 0 }),
  // The agency projection its scope decisions read, fed by personnel's agency events (DESIGN "Scope").
  // …and cases' answer to a 撤销 / 确认违法 / 确认无效 监督决定书 (004 第二十五条).
  eventHandlers: { ...agencyProjectionHandlers(SCHEMA), ...decisionEffectHandlers() },
  port: (env) => env.supervisionPort,
});
