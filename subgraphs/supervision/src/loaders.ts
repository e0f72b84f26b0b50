import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, env, groupedLoader, type Clock, type Identity } from '@jiandu/kit';
import { Complaint } from './complaints/complaint.entity.js';
import { complaintVisibility } from './complaints/complaint.scope.js';
import { personnelDirectory } from './complaints/complaint.personnel.js';

/** Batched per request: N officers' complaints are one query, filtered to what the caller may see. */
export function createLoaders(em: EntityManager, identity: Identity, clock?: Clock, authorization: string | null = null) {
  return loadersFor(env().subgraphUrls.personnel)(em, identity, clock, authorization);
}

/** The loaders of a supervision that asks personnel at `personnelUrl` (tests pass their own). */
export const loadersFor = (personnelUrl: string) => (em: EntityManager, identity: Identity, _clock?: Clock, authorization: string | null = null) => {
  const visible = complaintVisibility(identity);
  const order: Record<string, 'asc' | 'desc'>[] = [{ receivedAt: 'desc' }, { id: 'asc' }];
  const none = <T>(empty: T) => new DataLoader<string, T>(async (ids) => ids.map(() => empty));
  return {
    complaintsByOfficer: visible ? groupedLoader(em, Complaint, 'officerId', order, visible) : none<Complaint[]>([]),
    complaintsByAgency: visible ? groupedLoader(em, Complaint, 'agencyId', order, visible) : none<Complaint[]>([]),
    complaintById: visible ? byIdLoader(em, Complaint, visible) : none<Complaint | null>(null),
    /** Personnel, asked on the caller's behalf (his token forwarded). */
    personnel: personnelDirectory(personnelUrl, authorization),
  };
};
export type Loaders = ReturnType<typeof createLoaders>;
