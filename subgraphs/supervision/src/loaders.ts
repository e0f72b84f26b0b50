import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@jiandu/kit';
import { Complaint } from './complaints/complaint.entity.js';
import { complaintVisibility } from './complaints/complaint.service.js';

/** Batched per request: N officers' complaints are one query, filtered to what the caller may see. */
export function createLoaders(em: EntityManager, identity: Identity) {
  const grouped = (key: 'officerId' | 'agencyId') =>
    new DataLoader<string, Complaint[]>(async (ids) => {
      const visible = complaintVisibility(identity);
      if (!visible) return ids.map(() => []);
      const rows = await em.find(Complaint, { $and: [visible, { [key]: { $in: [...ids] } }] }, { orderBy: [{ receivedAt: 'desc' }, { id: 'asc' }] });
      return ids.map((id) => rows.filter((r) => r[key] === id));
    });
  return {
    complaintsByOfficer: grouped('officerId'),
    complaintsByAgency: grouped('agencyId'),
    complaintById: new DataLoader<string, Complaint | null>(async (ids) => {
      const visible = complaintVisibility(identity);
      if (!visible) return ids.map(() => null);
      const rows = await em.find(Complaint, { $and: [visible, { id: { $in: [...ids] } }] });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
