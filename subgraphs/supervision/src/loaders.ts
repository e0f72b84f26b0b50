import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupedLoader, type Identity } from '@jiandu/kit';
import { Complaint } from './complaints/complaint.entity.js';
import { complaintVisibility } from './complaints/complaint.scope.js';

/** Batched per request: N officers' complaints are one query, filtered to what the caller may see. */
export function createLoaders(em: EntityManager, identity: Identity) {
  const visible = complaintVisibility(identity);
  const order: Record<string, 'asc' | 'desc'>[] = [{ receivedAt: 'desc' }, { id: 'asc' }];
  const none = <T>(empty: T) => new DataLoader<string, T>(async (ids) => ids.map(() => empty));
  return {
    complaintsByOfficer: visible ? groupedLoader(em, Complaint, 'officerId', order, visible) : none<Complaint[]>([]),
    complaintsByAgency: visible ? groupedLoader(em, Complaint, 'agencyId', order, visible) : none<Complaint[]>([]),
    complaintById: visible ? byIdLoader(em, Complaint, visible) : none<Complaint | null>(null),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
