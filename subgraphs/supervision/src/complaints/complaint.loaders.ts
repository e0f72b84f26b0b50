import DataLoader from 'dataloader';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { ChangeLog, groupedLoader, pagedGroupedLoader, type Identity, type Page, type PageArgs } from '@jiandu/kit';
import { Complaint } from './complaint.entity.js';
import { ComplaintStep } from './complaint-step.entity.js';
import { complaintVisibility } from './complaint.scope.js';
import { complainantReadersWhere, supervisedAgencies } from './complaint.access.js';

/**
 * Batched per request: what the complaint workflow adds to a complaint — each N complaints (or cases) one query,
 * never one per item — filtered to what the caller may see.
 */
export function complaintDetailLoaders(em: EntityManager, identity: Identity) {
  const visible = complaintVisibility(identity);
  const readers = complainantReadersWhere(identity);
  const nonePaged = { load: async (_k: string, _p: PageArgs): Promise<Page<Complaint>> => ({ items: [], total: 0 }) };
  const supervises = supervisedAgencies(em, identity);
  return {
    /** EnforcementCase.complaints: a page of each case's complaints the caller may see, newest first. */
    complaintsByCase: visible ? pagedGroupedLoader(em, Complaint, 'caseId', [['receivedAt', 'desc'], ['id', 'asc']], visible) : nonePaged,
    /** The timeline of each complaint, oldest step first. */
    stepsByComplaint: groupedLoader(em, ComplaintStep, 'complaintId', [{ at: 'asc' }, { complaintVersion: 'asc' }, { id: 'asc' }]),
    /** 变更记录 of each complaint, newest first. */
    changeLogByComplaint: pagedGroupedLoader(em, ChangeLog, 'entityId', [['id', 'desc']]),
    /** Whether the caller supervises each agency (the complainant in full, the actions offered). */
    supervises,
    /** How many complaints the caller reads in full carry each fingerprint: one grouped count for a page (0 for others). */
    fingerprintCounts: new DataLoader<string, number>(async (fingerprints) => {
      if (!readers) return fingerprints.map(() => 0);
      const rows = await em
        .createQueryBuilder(Complaint, 'f')
        .select([raw('f.complainant_fingerprint as fp'), raw('count(*) as n')] as never)
        .where({ $and: [readers, { complainantFingerprint: { $in: [...fingerprints] } }] } as never)
        .groupBy('complainantFingerprint' as never)
        .execute<{ fp: string; n: string | number }[]>('all', false);
      const counts = new Map(rows.map((r) => [r.fp, Number(r.n)]));
      return fingerprints.map((fp) => counts.get(fp) ?? 0);
    }),
  };
}
export type ComplaintDetailLoaders = ReturnType<typeof complaintDetailLoaders>;
