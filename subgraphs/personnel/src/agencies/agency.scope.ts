/**
 * Who sees which agencies (DESIGN "Who uses it": "a supervisor or admin at a node sees that node and
 * everything below it, nothing beside or above it"; 004 第五条 for the tree).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, forbidden, unauthenticated, type Identity } from '@jiandu/kit';
import { Agency } from './agency.entity.js';

export type Scope = { kind: 'all' } | { kind: 'subtree'; rootId: string };

/** The part of the tree the caller may read; anonymous callers and unattached users get none. */
export function agencyScope(identity: Identity): Scope {
  if (identity.anonymous) throw unauthenticated();
  if (hasRole(identity, 'CERT_ADMIN', 'SYSTEM_ADMIN')) return { kind: 'all' };
  if (!identity.agencyId) throw forbidden('您的账号未关联执法主体，无法查看执法人员信息');
  return { kind: 'subtree', rootId: identity.agencyId };
}

/** The ids of the agencies in `rootId`'s subtree: the node and everything below it. One query. */
export async function subtreeIds(em: EntityManager, rootId: string): Promise<string[]> {
  return (await em.find(Agency, { path: { $like: `%/${rootId}/%` } }, { fields: ['id'] })).map((a) => a.id);
}

/**
 * The agencies of `rootId`'s subtree as a subquery (`agency_id in (select id from agency where path like …)`):
 * the database walks the subtree inside the list's own query, however large it is — no list of ids is loaded.
 */
export function inSubtree(em: EntityManager, rootId: string) {
  return { $in: em.createQueryBuilder(Agency, 'sub_a').select('id').where({ path: { $like: `%/${rootId}/%` } }) };
}

/** The ids of the agencies inside the scope, or null for "all". One query. */
export async function agencyIdsInScope(em: EntityManager, scope: Scope): Promise<string[] | null> {
  return scope.kind === 'all' ? null : subtreeIds(em, scope.rootId);
}

export function pathContains(path: string, agencyId: string): boolean {
  return path.includes(`/${agencyId}/`);
}

export function inScope(scope: Scope, agency: Pick<Agency, 'path'>): boolean {
  return scope.kind === 'all' || pathContains(agency.path, scope.rootId);
}
