/**
 * Pure rules of a certificate's status. Status is never stored: it is derived from the certificate's
 * dates and its append-only history at the instant asked about, so a suspension ends by itself when
 * its period ends, with no scheduled job, and `statusAt` answers for any past instant (DESIGN
 * "Personnel and credentials": "status at any instant is answerable").
 */
import { addDays, startOfLocalDate, type LocalDate } from '@jiandu/kit';
import { CertificateStatus } from './certificate.entity.js';
import { CertificateEventKind } from './certificate-event.entity.js';

export interface CertificateDates {
  issuedOn: LocalDate;
  validUntil: LocalDate;
}

export interface HistoryEntry {
  id: string;
  kind: CertificateEventKind;
  effectiveFrom: Date;
  effectiveUntil: Date | null;
  targetEventId: string | null;
}

/** The first instant (China time) after the last day of validity. */
export function validityEndsAt(cert: CertificateDates): Date {
  return startOfLocalDate(addDays(cert.validUntil, 1));
}

/**
 * The suspension in force at `at`, if any: a 暂扣 entry whose period contains `at` (start inclusive,
 * end exclusive) and that was not lifted early at or before `at` (003 第4条; 004 第三十三条).
 */
export function activeSuspension(history: readonly HistoryEntry[], at: Date): HistoryEntry | null {
  const t = at.getTime();
  for (const s of history) {
    if (s.kind !== CertificateEventKind.SUSPENDED) continue;
    if (s.effectiveFrom.getTime() > t) continue;
    if (s.effectiveUntil && s.effectiveUntil.getTime() <= t) continue;
    const lifted = history.some(
      (l) => l.kind === CertificateEventKind.SUSPENSION_LIFTED && l.targetEventId === s.id && l.effectiveFrom.getTime() <= t,
    );
    if (!lifted) return s;
  }
  return null;
}

/**
 * The status of a certificate at an instant. Order matters: a revoked (吊销) or cancelled (注销)
 * certificate stays so for good (004 第三十三条, 第十一条); an expired one cannot be "suspended".
 */
export function statusAt(cert: CertificateDates, history: readonly HistoryEntry[], at: Date): CertificateStatus {
  const t = at.getTime();
  if (t < startOfLocalDate(cert.issuedOn).getTime()) return CertificateStatus.NOT_YET_VALID;
  const ended = (kind: CertificateEventKind) => history.some((e) => e.kind === kind && e.effectiveFrom.getTime() <= t);
  if (ended(CertificateEventKind.REVOKED)) return CertificateStatus.REVOKED;
  if (ended(CertificateEventKind.CANCELLED)) return CertificateStatus.CANCELLED;
  if (t >= validityEndsAt(cert).getTime()) return CertificateStatus.EXPIRED;
  if (activeSuspension(history, at)) return CertificateStatus.SUSPENDED;
  return CertificateStatus.VALID;
}
