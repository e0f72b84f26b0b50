import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader, type Identity } from '@jiandu/kit';
import { SupervisionOpinion } from './opinion.entity.js';
import { opinionVisibility } from './opinion.service.js';

/** A batch's opinions the caller may read: one statement for all batches of a page. */
export function opinionLoaders(em: EntityManager, identity: Identity) {
  const visible = opinionVisibility(identity);
  return {
    byBatch: visible ? groupedLoader(em, SupervisionOpinion, 'batchId', [{ issuedAt: 'asc' }, { id: 'asc' }], visible) : new DataLoader<string, SupervisionOpinion[]>(async (ids) => ids.map(() => [])),
  };
}
