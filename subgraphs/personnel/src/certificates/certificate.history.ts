/**
 * The histories of many certificates in one query, and their status derived from them — the one way a
 * service asks "what is the status of these certificates now" (certificate.rules.ts decides it).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { toLocalDate } from '@jiandu/kit';
import type { Certificate, CertificateStatus } from './certificate.entity.js';
import { CertificateEvent } from './certificate-event.entity.js';
import { statusAt } from './certificate.rules.js';

export async function loadHistories(em: EntityManager, certificateIds: readonly string[]): Promise<Map<string, CertificateEvent[]>> {
  const map = new Map<string, CertificateEvent[]>(certificateIds.map((id) => [id, []]));
  if (!certificateIds.length) return map;
  const rows = await em.find(CertificateEvent, { certificateId: { $in: [...certificateIds] } }, { orderBy: { effectiveFrom: 'asc', recordedAt: 'asc', seq: 'asc' } });
  for (const r of rows) map.get(r.certificateId)!.push(r);
  return map;
}

/** Each certificate's status at `at`, from one query for all their histories. */
export async function statusesAt(em: EntityManager, certs: readonly Certificate[], at: Date): Promise<Map<string, CertificateStatus>> {
  const histories = await loadHistories(em, certs.map((c) => c.id));
  return new Map(certs.map((c) => [c.id, statusAt(c, histories.get(c.id)!, at)]));
}

/**
 * `statusAt` (certificate.rules.ts) as one SQL expression over certificate `c` and its history, so a list
 * filtered by status is filtered in the database and paged there, never by loading every candidate.
 * It must answer exactly what `statusAt` answers (test: certificate status in SQL = statusAt); the instant
 * and its China date are produced here, never taken from the caller.
 */
export function statusSql(schema: string, at: Date): string {
  const t = `'${at.toISOString()}'::timestamptz`;
  const today = `'${toLocalDate(at)}'::date`;
  const ev = `${schema}.certificate_event`;
  const happened = (kind: string) => `exists (select 1 from ${ev} e where e.certificate_id = c.id and e.kind = '${kind}' and e.effective_from <= ${t})`;
  const latest = (kinds: string[], column: string) =>
    `(select e.${column} from ${ev} e where e.certificate_id = c.id and e.kind in (${kinds.map((k) => `'${k}'`).join(', ')}) and e.effective_from <= ${t} and e.${column} is not null order by e.effective_from desc, e.recorded_at desc limit 1)`;
  const suspended = `exists (select 1 from ${ev} s where s.certificate_id = c.id and s.kind = 'SUSPENDED' and s.effective_from <= ${t}
      and (s.effective_until is null or s.effective_until > ${t})
      and not exists (select 1 from ${ev} l where l.certificate_id = c.id and l.kind = 'SUSPENSION_LIFTED' and l.target_event_id = s.id and l.effective_from <= ${t}))`;
  return `case
    when ${today} < c.issued_on then 'NOT_YET_VALID'
    when ${happened('REVOKED')} then 'REVOKED'
    when ${happened('CANCELLED')} then 'CANCELLED'
    when ${today} > coalesce(${latest(['ISSUED', 'RENEWED'], 'valid_until_after')}, c.valid_until) then 'EXPIRED'
    when ${suspended} then 'SUSPENDED'
    when ${today} > ${latest(['ISSUED', 'RENEWED', 'REVIEWED'], 'review_due_on')} then 'REVIEW_OVERDUE'
    else 'VALID' end`;
}
