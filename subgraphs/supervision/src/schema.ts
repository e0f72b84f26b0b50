import { buildFederatedSchema } from '@jiandu/kit';
import type { SupervisionContext } from './context.js';
import { ComplaintResolver } from './complaints/complaint.resolver.js';
import { AgencyComplaintsResolver, OfficerComplaintsResolver } from './external/stub.resolvers.js';
import { AgencyStub } from './external/agency.stub.js';
import { OfficerStub } from './external/officer.stub.js';
import { CaseStub } from './external/case.stub.js';
import { ComplaintWorkflowResolver } from './complaints/complaint-workflow.resolver.js';
import { CaseComplaintsResolver } from './complaints/complaint.case.resolver.js';
import { OfficerSanctionsResolver, SanctionResolver } from './sanctions/sanction.resolver.js';
import { NoticeResolver } from './notices/notice.resolver.js';
import { NOTICE_UNIQUE_MESSAGES } from './notices/notice.service.js';
import { AgencyNoticesResolver, CaseNoticesResolver } from './notices/notice.contributed.js';
import { SupervisionDecisionResolver } from './decisions/decision.resolver.js';
import { onsiteResolvers, onsiteUniqueMessages } from './onsite/onsite.schema.js';
import { AgencyReviewsResolver, CaseFileReviewResolver, CaseFileReviewsResolver, ReviewBatchResolver, ReviewCriteriaResolver, ReviewSheetResolver } from './reviews/review.resolver.js';
import { ReviewBatchOpinionsResolver, SupervisionOpinionResolver } from './opinions/opinion.resolver.js';

/** The supervision subgraph: owner of Complaint and Sanction; contributes `Officer.complaints`, `Officer.sanctions`, `Agency.complaints`. */
export function buildSupervisionSchema() {
  return buildFederatedSchema({
    uniqueMessages: { complaint_number_unique: { field: 'number', message: '投诉登记号重复，请重新提交' }, ...NOTICE_UNIQUE_MESSAGES, ...onsiteUniqueMessages, supervision_opinion_batch_agency_unique: { field: 'agencyId', message: '本批评查已向该单位制发监督意见书' } },
    resolvers: [ComplaintResolver, OfficerComplaintsResolver, AgencyComplaintsResolver, ComplaintWorkflowResolver, CaseComplaintsResolver, SanctionResolver, OfficerSanctionsResolver, NoticeResolver, SupervisionDecisionResolver, AgencyNoticesResolver, CaseNoticesResolver, ...onsiteResolvers, ReviewCriteriaResolver, ReviewBatchResolver, CaseFileReviewResolver, ReviewSheetResolver, CaseFileReviewsResolver, AgencyReviewsResolver, SupervisionOpinionResolver, ReviewBatchOpinionsResolver],
    orphanedTypes: [AgencyStub, OfficerStub, CaseStub],
    referenceResolvers: {
      Complaint: { __resolveReference: (ref: { id: string }, ctx: SupervisionContext) => ctx.loaders.complaintById.load(ref.id) },
      Sanction: { __resolveReference: (ref: { id: string }, ctx: SupervisionContext) => ctx.loaders.sanctions.byId.load(ref.id) },
      Officer: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      Agency: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      EnforcementCase: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      SupervisionNotice: { __resolveReference: (ref: { id: string }, ctx: SupervisionContext) => ctx.loaders.noticeById.load(ref.id) },
      SupervisionDecision: { __resolveReference: (ref: { id: string }, ctx: SupervisionContext) => ctx.loaders.decisionById.load(ref.id) },
    },
  });
}
