import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EnforcementMatter } from './matters/matter.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    matterById: new DataLoader<string, EnforcementMatter | null>(async (ids) => {
      const rows = await em.find(EnforcementMatter, { id: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    mattersByAgency: new DataLoader<string, EnforcementMatter[]>(async (ids) => {
      const rows = await em.find(EnforcementMatter, { agencyId: { $in: [...ids] } }, { orderBy: [{ listSeq: 'asc' }, { id: 'asc' }] });
      return ids.map((id) => rows.filter((r) => r.agencyId === id));
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
