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

/** What each unique constraint of personnel protects, for the DUPLICATE answer (kit `fromDatabaseError`). */
export const UNIQUE_MESSAGES = {
  agency_name_unique: { field: 'name', message: '已有同名执法主体' },
  agency_unified_code_unique: { field: 'unifiedCode', message: '统一社会信用代码已被其他执法主体使用' },
  certificate_number_unique: { field: 'number', message: '证件号已存在，证件号必须唯一' },
  user_account_username_unique: { field: 'username', message: '用户名已被使用' },
  policy_override_key_agency_id_unique: { field: 'key', message: '该执法主体已设定此政策参数，请刷新后修改' },
};
import { EventFailureResolver } from './events/event-failure.resolver.js';
import { EntitlementResolver } from './entitlements/entitlement.resolver.js';

/** The personnel subgraph: owner (`@key`) of Agency, Officer and Certificate (DESIGN "Ownership"). */
export function buildPersonnelSchema() {
  return buildFederatedSchema({
    uniqueMessages: UNIQUE_MESSAGES,
    resolvers: [AgencyResolver, AgencyActionsResolver, PolicyQueryResolver, OfficerResolver, OfficerActionsResolver, OfficerCsvResolver, CertificateResolver, CertificateActionsResolver, AccountResolver, CalendarYearResolver, EmploymentChangeLogResolver, PersonalDataViewResolver, OfficerViewsResolver, EventFailureResolver, EntitlementResolver],
    // Each reference under its type's one rule (access/access.rules.ts): null when the caller may not read it.
    referenceResolvers: {
      Agency: { __resolveReference: (ref: { id: string }, ctx: PersonnelContext) => readableAgency(ctx, ref.id) },
      Officer: { __resolveReference: (ref: { id: string }, ctx: PersonnelContext) => readableOfficer(ctx, ref.id) },
      Certificate: { __resolveReference: (ref: { id: string }, ctx: PersonnelContext) => readableCertificate(ctx, ref.id) },
    },
  });
}
