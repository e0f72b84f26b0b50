/** supervision — bootstrap only: `node dist/index.js serve | consume | migrate | seed`. */
import { agencyProjectionHandlers, runSubgraphMain } from '@jiandu/kit';
import { createSupervisionOrm, SCHEMA } from './orm.js';
import { buildSupervisionSchema } from './schema.js';
import { createLoaders } from './loaders.js';
import { complainantKey } from './complaints/complaint.fingerprint.js';
import { sanctionEventHandlers } from './sanctions/sanction.events.js';
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
  // sanction.applied: what a 暂扣 / 吊销 did to the certificate (004 第三十三条);
  // …and cases' answer to a 撤销 / 确认违法 / 确认无效 监督决定书 (004 第二十五条).
  eventHandlers: { ...agencyProjectionHandlers(SCHEMA), ...sanctionEventHandlers, ...decisionEffectHandlers() },
  port: (env) => env.supervisionPort,
  // The complainant fingerprint key: refuse to serve without it in production (outside production made at first start).
  beforeServe: async () => {
    complainantKey();
  },
});
