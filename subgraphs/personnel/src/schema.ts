import { buildFederatedSchema } from '@jiandu/kit';
import type { PersonnelContext } from './context.js';
import { AgencyResolver } from './agencies/agency.resolver.js';
import { OfficerResolver } from './officers/officer.resolver.js';
import { CertificateResolver } from './certificates/certificate.resolver.js';
import { AccountResolver } from './accounts/account.resolver.js';
import { AgencyActionsResolver, PolicyQueryResolver } from './agencies/agency.actions.resolver.js';
import { OfficerActionsResolver, OfficerCsvResolver } from './officers/officer.actions.resolver.js';
import { CertificateActionsResolver } from './certificates/certificate.actions.resolver.js';
import { CalendarYearResolver, EmploymentChangeLogResolver } from './calendar/calendar-year.resolver.js';
import { OfficerViewsResolver, PersonalDataViewResolver } from './audit/personal-data-access.resolver.js';
import { readableAgency, readableCertificate, readableOfficer } from './access/access.reference.js';

/** The personnel subgraph: owner (`@key`) of Agency, Officer and Certificate (DESIGN "Ownership"). */
export function buildPersonnelSchema() {
  return buildFederatedSchema({
    resolvers: [AgencyResolver, AgencyActionsResolver, PolicyQueryResolver, OfficerResolver, OfficerActionsResolver, OfficerCsvResolver, CertificateResolver, CertificateActionsResolver, AccountResolver, CalendarYearResolver, EmploymentChangeLogResolver, PersonalDataViewResolver, OfficerViewsResolver],
    // Each reference under its type's one rule (access/access.rules.ts): null when the caller may not read it.
    referenceResolvers: {
      Agency: { __resolveReference: (ref: { id: string }, ctx: PersonnelContext) => readableAgency(ctx, ref.id) },
      Officer: { __resolveReference: (ref: { id: string }, ctx: PersonnelContext) => readableOfficer(ctx, ref.id) },
      Certificate: { __resolveReference: (ref: { id: string }, ctx: PersonnelContext) => readableCertificate(ctx, ref.id) },
    },
  });
}
