import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupedLoader } from '@jiandu/kit';
import { EnforcementMatter } from './matters/matter.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    matterById: byIdLoader(em, EnforcementMatter),
    mattersByAgency: groupedLoader(em, EnforcementMatter, 'agencyId', [{ listSeq: 'asc' }, { id: 'asc' }]),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
