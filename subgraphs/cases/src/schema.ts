import { buildFederatedSchema } from '@jiandu/kit';
import type { CasesContext } from './context.js';
import { MatterResolver } from './matters/matter.resolver.js';
import { AgencyMattersResolver } from './external/agency.resolver.js';
import { AgencyStub } from './external/agency.stub.js';
import { CaseRecordEntryResolver, CaseRecordResolver } from './record/record.resolver.js';

/** What each unique constraint of cases protects, for the DUPLICATE answer (kit `fromDatabaseError`). */
export const UNIQUE_MESSAGES = {
  enforcement_matter_agency_name_unique: { field: 'name', message: '该执法主体的现行清单中已有同名执法事项' },
};

/** The cases subgraph: owner of EnforcementMatter; contributes `Agency.matters` (DESIGN "Ownership"). */
export function buildCasesSchema() {
  return buildFederatedSchema({
    uniqueMessages: UNIQUE_MESSAGES,
    resolvers: [MatterResolver, AgencyMattersResolver, CaseRecordEntryResolver, CaseRecordResolver],
    orphanedTypes: [AgencyStub],
    referenceResolvers: {
      EnforcementMatter: { __resolveReference: (ref: { id: string }, ctx: CasesContext) => ctx.loaders.matterById.load(ref.id) },
      Agency: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
  });
}
