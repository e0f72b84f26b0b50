import { buildFederatedSchema } from '@jiandu/kit';
import type { PersonnelContext } from './context.js';
import { AgencyResolver } from './agencies/agency.resolver.js';
import { OfficerResolver } from './officers/officer.resolver.js';
import { CertificateResolver } from './certificates/certificate.resolver.js';
import { AccountResolver } from './accounts/account.resolver.js';
import { AgencyActionsResolver, PolicyQueryResolver } from './agencies/agency.actions.resolver.js';
import { OfficerActionsResolver, OfficerCsvResolver } from './officers/officer.actions.resolver.js';
import { CertificateActionsResolver } from './certificates/certificate.actions.resolver.js';
import { EventFailureResolver } from './events/event-failure.resolver.js';

/** The personnel subgraph: owner (`@key`) of Agency, Officer and Certificate (DESIGN "Ownership"). */
export function buildPersonnelSchema() {
  return buildFederatedSchema({
    resolvers: [AgencyResolver, AgencyActionsResolver, PolicyQueryResolver, OfficerResolver, OfficerActionsResolver, OfficerCsvResolver, CertificateResolver, CertificateActionsResolver, AccountResolver, EventFailureResolver],
    referenceResolvers: {
      Agency: { __resolveReference: (ref: { id: string }, ctx: PersonnelContext) => ctx.loaders.agencyById.load(ref.id) },
      Officer: {
        __resolveReference: (ref: { id: string }, ctx: PersonnelContext) => (ctx.identity.anonymous ? null : ctx.loaders.officerById.load(ref.id)),
      },
      Certificate: {
        __resolveReference: (ref: { id: string }, ctx: PersonnelContext) => (ctx.identity.anonymous ? null : ctx.loaders.certificateById.load(ref.id)),
      },
    },
  });
}
