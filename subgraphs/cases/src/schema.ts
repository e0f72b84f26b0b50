import { buildFederatedSchema } from '@jiandu/kit';
import type { CasesContext } from './context.js';
import { MatterResolver } from './matters/matter.resolver.js';
import { AgencyCasesResolver, AgencyMattersResolver } from './external/agency.resolver.js';
import { OfficerCasesResolver } from './external/officer.resolver.js';
import { OfficerStub } from './external/officer.stub.js';
import { CaseChallengesResolver, ChallengeResolver } from './appeals/challenge.resolver.js';
import { StatisticsResolver } from './statistics/statistics.resolver.js';
import { AgencyStub } from './external/agency.stub.js';
import { CasePublicityResolver, FilingResolver, PublicationResolver, PublishedDecisionResolver } from './publicity/publicity.resolver.js';
import { CasePartyResolver, CaseResolver } from './cases/case.resolver.js';
import { EnforcementCase } from './cases/case.entity.js';
import { readableCase } from './cases/case.access.js';
import { CaseRecordEntryResolver, CaseRecordResolver } from './record/record.resolver.js';
import { CaseCorrectionResolver } from './corrections/correction.resolver.js';
import { CaseStepsResolver } from './steps/steps.resolver.js';

/** What each unique constraint of cases protects, for the DUPLICATE answer (kit `fromDatabaseError`). */
export const UNIQUE_MESSAGES = {
  enforcement_matter_agency_name_unique: { field: 'name', message: '该执法主体的现行清单中已有同名执法事项' },
  filing_policy_agency_unique: { field: 'agencyId', message: '该执法主体的备案期限刚被他人设定，请刷新后在其基础上修改' },
  case_handler_current_unique: { field: 'handlerIds', message: '该执法人员已是本案承办人' },
  case_handler_one_lead: { field: 'leadOfficerId', message: '一个案件只能有一名主办人' },
};

/** The cases subgraph: owner of EnforcementMatter; contributes `Agency.matters`, `Agency.cases`, `Agency.statistics`, `Officer.cases`, `Officer.caseCount` (DESIGN "Ownership"). */
export function buildCasesSchema() {
  return buildFederatedSchema({
    uniqueMessages: UNIQUE_MESSAGES,
    resolvers: [MatterResolver, AgencyMattersResolver, CaseResolver, CasePartyResolver, CaseRecordEntryResolver, CaseRecordResolver, PublicationResolver, FilingResolver, CasePublicityResolver, PublishedDecisionResolver, AgencyCasesResolver, OfficerCasesResolver, ChallengeResolver, CaseChallengesResolver, StatisticsResolver, CaseCorrectionResolver, CaseStepsResolver],
    orphanedTypes: [AgencyStub, OfficerStub],
    referenceResolvers: {
      EnforcementMatter: { __resolveReference: (ref: { id: string }, ctx: CasesContext) => ctx.loaders.matterById.load(ref.id) },
      // A case reached through another subgraph's field is readable only as the caller may read it; otherwise null.
      EnforcementCase: { __resolveReference: (ref: { id: string }, ctx: CasesContext): Promise<EnforcementCase | null> => readableCase(ctx.em, ctx.identity, ref.id).catch(() => null) },
      Agency: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      Officer: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
  });
}
