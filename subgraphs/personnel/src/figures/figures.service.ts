import type { EntityManager } from '@mikro-orm/postgresql';
import { toLocalDate, type Clock } from '@jiandu/kit';
import type { Agency } from '../agencies/agency.entity.js';
import { subtreeIds } from '../agencies/agency.scope.js';
import { Certificate, CertificateKind, CertificateStatus } from '../certificates/certificate.entity.js';
import { statusesAt } from '../certificates/certificate.history.js';
import { Duty, EmploymentStatus, Officer } from '../officers/officer.entity.js';
import { TrainingRecord } from '../training/training.entity.js';
import { policiesFor } from '../policies/policy.service.js';
import { PolicyKey, ruleText } from '../policies/policy.rules.js';
import { requiredLegalReviewers, share } from './figures.rules.js';
import type { AgencyFigures } from './figures.types.js';

/** Figures of an agency's subtree for a year (DESIGN "Staffing rules as figures"; 003 第3条, 第11条; 002). */
export async function agencyFigures(em: EntityManager, clock: Clock, agency: Agency, year: number | null | undefined): Promise<AgencyFigures> {
  const now = clock.now();
  const y = year ?? Number(toLocalDate(now).slice(0, 4));
  const policies = await policiesFor(em, agency);
  const policy = (k: PolicyKey) => policies.find((p) => p.key === k)!;
  const agencyIds = await subtreeIds(em, agency.id);
  const officers = await em.find(Officer, { agencyId: { $in: agencyIds }, employmentStatus: EmploymentStatus.ON_DUTY });
  const ids = officers.map((o) => o.id);
  const certs = ids.length ? await em.find(Certificate, { officerId: { $in: ids }, kind: CertificateKind.ENFORCEMENT }) : [];
  const trainings = ids.length ? await em.find(TrainingRecord, { officerId: { $in: ids }, trainedOn: { $gte: `${y}-01-01`, $lte: `${y}-12-31` } }) : [];
  const statusOf = await statusesAt(em, certs, now);
  const validHolders = new Set(certs.filter((c) => statusOf.get(c.id) === CertificateStatus.VALID).map((c) => c.officerId));
  const hours = new Map<string, number>();
  for (const t of trainings) hours.set(t.officerId, (hours.get(t.officerId) ?? 0) + t.hours);
  const required = policy(PolicyKey.TRAINING_HOURS_PER_YEAR).value;
  const compliant = ids.filter((id) => (hours.get(id) ?? 0) >= required).length;
  const reviewers = officers.filter((o) => o.duties.includes(Duty.LEGAL_REVIEW)).length;
  const reviewersRequired = requiredLegalReviewers(ids.length, policy(PolicyKey.LEGAL_REVIEWER_PERCENT).value, policy(PolicyKey.LEGAL_REVIEWER_MIN).value);
  const totalHours = [...hours.values()].reduce((a, b) => a + b, 0);
  return {
    year: y,
    officers: ids.length,
    withValidCertificate: validHolders.size,
    validCertificateShare: share(validHolders.size, ids.length),
    suspendedNow: [...statusOf.values()].filter((s) => s === CertificateStatus.SUSPENDED).length,
    reviewOverdue: [...statusOf.values()].filter((s) => s === CertificateStatus.REVIEW_OVERDUE).length,
    trainingHoursRequired: required,
    trainingCompliant: compliant,
    trainingComplianceShare: share(compliant, ids.length),
    averageTrainingHours: ids.length ? Math.round((totalHours / ids.length) * 10) / 10 : 0,
    legalReviewers: reviewers,
    legalReviewersRequired: reviewersRequired,
    legalReviewersSufficient: reviewers >= reviewersRequired,
    rules: [PolicyKey.TRAINING_HOURS_PER_YEAR, PolicyKey.LEGAL_REVIEWER_PERCENT, PolicyKey.LEGAL_REVIEWER_MIN].map((k) => ruleText(policy(k))),
  };
}
