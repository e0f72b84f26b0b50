import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, ChangeLog, pagedGroupedLoader, type Identity, type Page, type PageArgs } from '@jiandu/kit';
import DataLoader from 'dataloader';
import { Sanction } from './sanction.entity.js';
import { sanctionVisibility } from './sanction.access.js';
import { sanctionPersonnel } from './sanction.personnel.js';
import { SANCTION_LOG } from './sanction.service.js';

/** Batched per request: N officers' sanctions are one query, filtered to what the caller may read. */
export function sanctionLoaders(em: EntityManager, identity: Identity, personnelUrl: string, authorization: string | null) {
  const visible = sanctionVisibility(identity);
  const nonePaged = { load: async (_k: string, _p: PageArgs): Promise<Page<Sanction>> => ({ items: [], total: 0 }) };
  return {
    /** A page of each officer's sanctions, newest first: one statement for all the officers of a page. */
    byOfficer: visible ? pagedGroupedLoader(em, Sanction, 'officerId', [['issuedAt', 'desc'], ['id', 'asc']], visible) : nonePaged,
    byId: visible ? byIdLoader(em, Sanction, visible) : new DataLoader<string, Sanction | null>(async (ids) => ids.map(() => null)),
    changeLog: pagedGroupedLoader(em, ChangeLog, 'entityId', [['id', 'desc']], { entity: SANCTION_LOG }),
    /** Personnel, asked on the caller's behalf (his token forwarded): the officer sanctioned. */
    personnel: sanctionPersonnel(personnelUrl, authorization),
  };
}
