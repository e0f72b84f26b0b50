import { buildFederatedSchema } from '@jiandu/kit';
import type { SupervisionContext } from './context.js';
import { ComplaintResolver } from './complaints/complaint.resolver.js';
import { AgencyComplaintsResolver, OfficerComplaintsResolver } from './external/stub.resolvers.js';
import { AgencyStub } from './external/agency.stub.js';
import { OfficerStub } from './external/officer.stub.js';
import { CaseStub } from './external/case.stub.js';
import { AgencyReviewsResolver, CaseFileReviewResolver, CaseFileReviewsResolver, ReviewBatchResolver, ReviewCriteriaResolver, ReviewSheetResolver } from './reviews/review.resolver.js';
import { ReviewBatchOpinionsResolver, SupervisionOpinionResolver } from './opinions/opinion.resolver.js';

/** The supervision subgraph: owner of Complaint; contributes `Officer.complaints`, `Agency.complaints`. */
export function buildSupervisionSchema() {
  return buildFederatedSchema({
    uniqueMessages: { complaint_number_unique: { field: 'number', message: '投诉登记号重复，请重新提交' }, supervision_opinion_batch_agency_unique: { field: 'agencyId', message: '本批评查已向该单位制发监督意见书' } },
    resolvers: [ComplaintResolver, OfficerComplaintsResolver, AgencyComplaintsResolver, ReviewCriteriaResolver, ReviewBatchResolver, CaseFileReviewResolver, ReviewSheetResolver, CaseFileReviewsResolver, AgencyReviewsResolver, SupervisionOpinionResolver, ReviewBatchOpinionsResolver],
    orphanedTypes: [AgencyStub, OfficerStub, CaseStub],
    referenceResolvers: {
      Complaint: { __resolveReference: (ref: { id: string }, ctx: SupervisionContext) => ctx.loaders.complaintById.load(ref.id) },
      Officer: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      Agency: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      EnforcementCase: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
  });
}
