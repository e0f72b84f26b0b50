/**
 * Scope by agency across subgraphs (DESIGN "Scope"; "Who uses it": a supervisor or admin at a node sees that
 * node and everything below it, nothing beside or above it). The token names the user's agency and its path;
 * decisions use the CURRENT tree looked up by the agency id — personnel's own table, or a consumer's agency
 * projection — so a moved agency is scoped right once its event is handled, without a new login.
 */
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from './identity.js';

/** `like` pattern matching every path in the subtree of the agency whose path is `path` (the node included). */
export function subtreeLike(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** True when `path` (a materialized path `/a/b/c/`) lies in the subtree of `rootId`. */
export function pathWithin(path: string, rootId: string): boolean {
  return path.includes(`/${rootId}/`);
}

const ESCAPED_PREFIX = (expr: string) => `replace(replace(${expr}, '_', '\\_'), '%', '\\%') || '%'`;

/**
 * SQL: the ids of the agencies in the subtree of `?` (the root's id) in `<schema>.agency_projection`, by
 * path prefix. The root's path comes from the projection (the current tree); while the projection does not
 * know the root yet, from the token (`?`, the path signed at login) — the fallback the token's path is for.
 */
function subtreeIdsSql(schema: string): string {
  return `select d.id from "${schema}".agency_projection d where d.path like ${ESCAPED_PREFIX(`coalesce((select r.path from "${schema}".agency_projection r where r.id = ?), ?)`)}`;
}

/**
 * A MikroORM filter on an entity's agency-id column: the agency lies in the caller's subtree of the
 * consumer's agency projection (`<schema>.agency_projection`). One subquery by path prefix — never an
 * IN-list of ids, so its size does not grow with the tree.
 */
export function inProjectedSubtree(schema: string, column: string, identity: Pick<Identity, 'agencyId' | 'agencyPath'>): Record<symbol, []> {
  return {
    // The user's own agency is always his subtree's root, even before the projection has heard of it.
    [raw((alias: string) => `(${alias}.${column} = ? or ${alias}.${column} in (${subtreeIdsSql(schema)}))`, [identity.agencyId, identity.agencyId, identity.agencyPath])]: [],
  } as Record<symbol, []>;
}

/** Whether `agencyId` lies in the caller's subtree of the consumer's agency projection. One query. */
export async function projectedSubtreeContains(em: EntityManager, schema: string, identity: Pick<Identity, 'agencyId' | 'agencyPath'>, agencyId: string): Promise<boolean> {
  if (agencyId === identity.agencyId) return true;
  const rows = await em.getConnection().execute(`select 1 from (${subtreeIdsSql(schema)}) s where s.id = ?`, [identity.agencyId, identity.agencyPath, agencyId]);
  return rows.length > 0;
}
