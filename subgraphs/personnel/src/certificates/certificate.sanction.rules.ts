/**
 * Pure rules of a supervision sanction reaching a certificate (004 第三十三条 暂扣行政执法证 / 吊销行政执法证; 003 第4条
 * 暂扣行政执法证3个月). Which certificate it reaches, and what it does there — or why it cannot — decided by the same
 * rules as the certificate administrator's own 暂扣 and 吊销 (certificate.rules.ts), never a second copy of them.
 */
import { DomainError, isAfter, startOfLocalDate, type CertificateSanctionKind, type LocalDate } from '@jiandu/kit';
import { CERTIFICATE_STATUS_LABEL, CertificateKind, type CertificateStatus } from './certificate.entity.js';
import { CertificateEventKind } from './certificate-event.entity.js';
import { checkEnd, checkSuspend, currentCertificate, isOpen, type CertificateDates, type HistoryEntry } from './certificate.rules.js';

export interface CandidateCertificate extends CertificateDates {
  id: string;
  number: string;
  kind: string;
}

const ACTION: Record<CertificateSanctionKind, string> = { SUSPEND_CERTIFICATE: '暂扣', REVOKE_CERTIFICATE: '吊销' };

/**
 * The certificate a sanction reaches: the officer's open 行政执法证 (not revoked, cancelled or expired — one per
 * officer, see `isOpen`); the newest if the data held more. Otherwise null, with the reason in the clerk's words.
 */
export function sanctionedCertificate<C extends CandidateCertificate>(
  certs: readonly C[],
  statusOf: (c: C) => CertificateStatus,
  kind: CertificateSanctionKind,
): { cert: C; reason: null; ended?: undefined } | { cert: null; reason: string; ended: C | null } {
  const enforcement = certs.filter((c) => c.kind === CertificateKind.ENFORCEMENT);
  const open = enforcement.filter((c) => isOpen(statusOf(c)));
  const cert = currentCertificate(open);
  if (cert) return { cert, reason: null };
  const last = currentCertificate(enforcement);
  if (!last) return { cert: null, reason: `该人员没有行政执法证，无证可${ACTION[kind]}`, ended: null };
  return { cert: null, reason: `该人员的行政执法证 ${last.number} 已${CERTIFICATE_STATUS_LABEL[statusOf(last)]}，不能再${ACTION[kind]}`, ended: last };
}

export type SanctionPlan =
  | { apply: true; kind: CertificateEventKind.SUSPENDED; effectiveFrom: Date; effectiveUntil: Date; endsOn: LocalDate }
  | { apply: true; kind: CertificateEventKind.REVOKED; effectiveFrom: Date; effectiveUntil: null; endsOn: null }
  | { apply: false; reason: string };

/**
 * What the sanction does to `cert`:
 * - 暂扣 (003 第4条: 3 months by default, personnel's policy `months`): from the start of the effective day for
 *   `months` calendar months (`suspensionPeriod`), refused — not applied — when the certificate is revoked,
 *   cancelled or expired, when the day lies outside its validity, or when it would overlap a suspension not lifted
 *   (one suspension at a time): exactly `checkSuspend`.
 * - 吊销 (004 第三十三条): from the effective day, or from now when that day has begun (never back into the day's
 *   past, like the administrator's 吊销); refused when already revoked or cancelled (`checkEnd`).
 */
export function planSanction(cert: CertificateDates, history: readonly HistoryEntry[], now: Date, kind: CertificateSanctionKind, effectiveOn: LocalDate, months: number): SanctionPlan {
  try {
    if (kind === 'SUSPEND_CERTIFICATE') {
      const p = checkSuspend(cert, history, now, effectiveOn, months);
      return { apply: true, kind: CertificateEventKind.SUSPENDED, effectiveFrom: p.startsAt, effectiveUntil: p.endsAt, endsOn: p.endsOn };
    }
    checkEnd(cert, history, now, '吊销');
    const from = startOfLocalDate(effectiveOn);
    return { apply: true, kind: CertificateEventKind.REVOKED, effectiveFrom: from.getTime() > now.getTime() ? from : now, effectiveUntil: null, endsOn: null };
  } catch (e) {
    if (e instanceof DomainError) return { apply: false, reason: e.message };
    throw e;
  }
}

/** A future effective day means the status changes only then (the history is dated, status is derived). */
export const startsLater = (effectiveOn: LocalDate, today: LocalDate): boolean => isAfter(effectiveOn, today);
