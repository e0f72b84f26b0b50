import type { EntityManager } from '@mikro-orm/postgresql';
import { toLocalDate, type Clock } from '@jiandu/kit';
import type { Agency } from '../agencies/agency.entity.js';
import { statusSql } from '../certificates/certificate.history.js';
import { SCHEMA } from '../orm.js';
import { policiesFor } from '../policies/policy.service.js';
import { PolicyKey, ruleText } from '../policies/policy.rules.js';
import { requiredLegalReviewers, share } from './figures.rules.js';
import type { AgencyFigures } from './figures.types.js';

type FigureRow = Record<'officers' | 'valid_holders' | 'suspended' | 'review_overdue' | 'compliant' | 'total_hours' | 'reviewers', string | number>;

/** Figures of an agency's subtree for a year (DESIGN "Staffing rules as figures"; 003 第3条, 第11条; 002). */
export async function agencyFigures(em: EntityManager, clock: Clock, agency: Agency, year: number | null | undefined): Promise<AgencyFigures> {
  const now = clock.now();
  const y = year ?? Number(toLocalDate(now).slice(0, 4));
  const policies = await policiesFor(em, agency);
  const policy = (k: PolicyKey) => policies.find((p) => p.key === k)!;
  const required = policy(PolicyKey.TRAINING_HOURS_PER_YEAR).value;
  // One statement, all in SQL: the subtree by its path, the status of each certificate by statusSql —
  // no list of the subtree's agencies or officers is loaded, however large the subtree.
  const [f] = await em.getConnection().execute<FigureRow[]>(
    `with o as (select id, duties from ${SCHEMA}.officer
                 where employment_status = 'ON_DUTY' and agency_id in (select id from ${SCHEMA}.agency where path like ?)),
          c as (select c.officer_id, (${statusSql(SCHEMA, now)}) as status from ${SCHEMA}.certificate c
                 where c.kind = 'ENFORCEMENT' and c.officer_id in (select id from o)),
          t as (select officer_id, sum(hours) as h from ${SCHEMA}.training_record
                 where officer_id in (select id from o) and trained_on between ? and ? group by officer_id)
     select (select count(*) from o) as officers,
            (select count(distinct officer_id) from c where status = 'VALID') as valid_holders,
            (select count(*) from c where status = 'SUSPENDED') as suspended,
            (select count(*) from c where status = 'REVIEW_OVERDUE') as review_overdue,
            (select count(*) from o where coalesce((select h from t where t.officer_id = o.id), 0) >= ?) as compliant,
            (select coalesce(sum(h), 0) from t) as total_hours,
            (select count(*) from o where 'LEGAL_REVIEW' = any(duties)) as reviewers`,
    [`%/${agency.id}/%`, `${y}-01-01`, `${y}-12-31`, required],
  );
  const n = Number(f!.officers);
  const validHolders = Number(f!.valid_holders);
  const compliant = Number(f!.compliant);
  const reviewers = Number(f!.reviewers);
  const totalHours = Number(f!.total_hours);
  const reviewersRequired = requiredLegalReviewers(n, policy(PolicyKey.LEGAL_REVIEWER_PERCENT).value, policy(PolicyKey.LEGAL_REVIEWER_MIN).value);
  return {
    year: y,
    officers: n,
    withValidCertificate: validHolders,
    validCertificateShare: share(validHolders, n),
    suspendedNow: Number(f!.suspended),
    reviewOverdue: Number(f!.review_overdue),
    trainingHoursRequired: required,
    trainingCompliant: compliant,
    trainingComplianceShare: share(compliant, n),
    averageTrainingHours: n ? Math.round((totalHours / n) * 10) / 10 : 0,
    legalReviewers: reviewers,
    legalReviewersRequired: reviewersRequired,
    legalReviewersSufficient: reviewers >= reviewersRequired,
    rules: [PolicyKey.TRAINING_HOURS_PER_YEAR, PolicyKey.LEGAL_REVIEWER_PERCENT, PolicyKey.LEGAL_REVIEWER_MIN].map((k) => ruleText(policy(k))),
  };
}
