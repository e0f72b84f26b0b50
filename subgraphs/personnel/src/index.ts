/** personnel — bootstrap only: `node dist/index.js serve | migrate | seed`. */
import { clockFromEnv, runSubgraphMain, TokenIssuer } from '@jiandu/kit';
import { createPersonnelOrm, SCHEMA } from './orm.js';
import { buildPersonnelSchema } from './schema.js';
import { createLoaders } from './loaders.js';
import { seedPersonnel } from './seed/seed.js';
import { useTokenIssuer } from './accounts/account.resolver.js';
import { recountForInstalledPackage } from './calendar/calendar-year.service.js';
import { republishAgenciesOnDeploy } from './agencies/agency.actions.js';
import { sanctionEventHandlers } from './certificates/certificate.sanction.js';

await runSubgraphMain({
  name: 'personnel',
  schemaName: SCHEMA,
  createOrm: createPersonnelOrm,
  buildSchema: buildPersonnelSchema,
  createLoaders,
  seed: async (em, now, env) => ({ ...(await seedPersonnel(em, now, { demoUsers: env.seedDemo, demoSupervisors: env.seedDemo && env.nodeEnv !== 'test' })) }),
  port: (env) => env.personnelPort,
  // sanction.issued: a 暂扣 / 吊销 decided by the supervision body reaches the certificate (004 第三十三条; 003 第4条).
  eventHandlers: sanctionEventHandlers(clockFromEnv),
  // At every deploy: DESIGN "Statutory time" — a newer holiday package recounts the provisional deadlines it makes
  // final; DESIGN "Scope" — the agency tree is republished so the other subgraphs' projections catch up.
  afterMigrate: async (orm, clock) => {
    const r = await recountForInstalledPackage(orm.em.fork(), clock.now());
    const agencies = await republishAgenciesOnDeploy(orm.em.fork(), clock);
    return { package: r.label, newYears: r.newYears, recomputed: r.recomputed.length, agenciesRepublished: agencies };
  },
  beforeServe: async (env) => useTokenIssuer(await TokenIssuer.create(env.jwt)),
});
