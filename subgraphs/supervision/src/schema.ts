import { buildFederatedSchema } from '@jiandu/kit';
import type { SupervisionContext } from './context.js';
import { ComplaintResolver } from './complaints/complaint.resolver.js';
import { AgencyComplaintsResolver, OfficerComplaintsResolver } from './external/stub.resolvers.js';
import { AgencyStub } from './external/agency.stub.js';
import { OfficerStub } from './external/officer.stub.js';
import { onsiteResolvers, onsiteUniqueMessages } from './onsite/onsite.schema.js';

/** The supervision subgraph: owner of Complaint; contributes `Officer.complaints`, `Agency.complaints`. */
export function buildSupervisionSchema() {
  return buildFederatedSchema({
    uniqueMessages: { complaint_number_unique: { field: 'number', message: '投诉登记号重复，请重新提交' }, ...onsiteUniqueMessages },
    resolvers: [ComplaintResolver, OfficerComplaintsResolver, AgencyComplaintsResolver, ...onsiteResolvers],
    orphanedTypes: [AgencyStub, OfficerStub],
    referenceResolvers: {
      Complaint: { __resolveReference: (ref: { id: string }, ctx: SupervisionContext) => ctx.loaders.complaintById.load(ref.id) },
      Officer: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      Agency: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
  });
}
