import { buildFederatedSchema } from '@jiandu/kit';
import type { CasesContext } from './context.js';
import { MatterResolver } from './matters/matter.resolver.js';
import { AgencyMattersResolver } from './external/agency.resolver.js';
import { AgencyStub } from './external/agency.stub.js';

/** The cases subgraph: owner of EnforcementMatter; contributes `Agency.matters` (DESIGN "Ownership"). */
export function buildCasesSchema() {
  return buildFederatedSchema({
    resolvers: [MatterResolver, AgencyMattersResolver],
    orphanedTypes: [AgencyStub],
    referenceResolvers: {
      EnforcementMatter: { __resolveReference: (ref: { id: string }, ctx: CasesContext) => ctx.loaders.matterById.load(ref.id) },
      Agency: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
  });
}
