/**
 * SQL helpers for the read rules of `access/access.rules.ts` (the rules themselves live there): an
 * agency condition as a subquery of agency ids, so a list of officers or certificates is scoped inside its
 * own statement however large the tree is — no list of ids is loaded.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from './agency.entity.js';

/** `agency_id in (select id from agency where …)` for an agency condition (e.g. `officerAgencyWhere`). */
export function agencyIdsWhere(em: EntityManager, where: object) {
  return { $in: em.createQueryBuilder(Agency, 'sub_a').select('id').where(where as never) };
}

/** The agencies of `rootId`'s subtree (004 第五条: the node and everything below it) as a subquery. */
export function inSubtree(em: EntityManager, rootId: string) {
  return agencyIdsWhere(em, { path: { $like: `%/${rootId}/%` } });
}
