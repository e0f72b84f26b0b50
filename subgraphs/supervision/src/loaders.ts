import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, pagedGroupedLoader, type Identity, type Page, type PageArgs } from '@jiandu/kit';
import { Complaint } from './complaints/complaint.entity.js';
import { complaintVisibility } from './complaints/complaint.scope.js';

/** Batched per request: N officers' complaints are one query, filtered to what the caller may see. */
export function createLoaders(em: EntityManager, identity: Identity) {
  const visible = complaintVisibility(identity);
  const none = <T>(empty: T) => new DataLoader<string, T>(async (ids) => ids.map(() => empty));
  const nonePaged = { load: async (_k: string, _p: PageArgs): Promise<Page<Complaint>> => ({ items: [], total: 0 }) };
  return {
    /** A page of each officer's (agency's) complaints, newest first: one query for all officers of a page. */
    complaintsByOfficer: visible ? pagedGroupedLoader(em, Complaint, 'officerId', [['receivedAt', 'desc'], ['id', 'asc']], visible) : nonePaged,
    complaintsByAgency: visible ? pagedGroupedLoader(em, Complaint, 'agencyId', [['receivedAt', 'desc'], ['id', 'asc']], visible) : nonePaged,
    complaintById: visible ? byIdLoader(em, Complaint, visible) : none<Complaint | null>(null),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
