/**
 * The histories of many certificates in one query, and their status derived from them — the one way a
 * service asks "what is the status of these certificates now" (certificate.rules.ts decides it).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Certificate, CertificateStatus } from './certificate.entity.js';
import { CertificateEvent } from './certificate-event.entity.js';
import { statusAt } from './certificate.rules.js';

export async function loadHistories(em: EntityManager, certificateIds: readonly string[]): Promise<Map<string, CertificateEvent[]>> {
  const map = new Map<string, CertificateEvent[]>(certificateIds.map((id) => [id, []]));
  if (!certificateIds.length) return map;
  const rows = await em.find(CertificateEvent, { certificateId: { $in: [...certificateIds] } }, { orderBy: { effectiveFrom: 'asc', recordedAt: 'asc' } });
  for (const r of rows) map.get(r.certificateId)!.push(r);
  return map;
}

/** Each certificate's status at `at`, from one query for all their histories. */
export async function statusesAt(em: EntityManager, certs: readonly Certificate[], at: Date): Promise<Map<string, CertificateStatus>> {
  const histories = await loadHistories(em, certs.map((c) => c.id));
  return new Map(certs.map((c) => [c.id, statusAt(c, histories.get(c.id)!, at)]));
}
