import type { EntityManager } from '@mikro-orm/postgresql';
import { checkId, commonConditions, findPage, notFound, type PageArgs, sortOf, SortDirection } from '@jiandu/kit';
import { EnforcementMatter } from './matter.entity.js';
import { MatterOrderField, type MatterFilter, type MatterList, type MatterOrder } from './matter.inputs.js';

const ORDER_COLUMN: Record<MatterOrderField, keyof EnforcementMatter & string> = { LIST_SEQ: 'listSeq', NAME: 'name', CATEGORY: 'category' };

/** The published lists of enforcement matters are public (DESIGN "Who uses it": anonymous sees the matters list). */
export async function listMatters(em: EntityManager, filter: MatterFilter | null | undefined, order: MatterOrder | null | undefined, page: PageArgs): Promise<MatterList> {
  const and = commonConditions<EnforcementMatter>(filter, (like) => ({ $or: [{ name: { $ilike: like } }, { legalBasis: { $ilike: like } }] }));
  if (filter?.category) and.push({ category: filter.category });
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  return findPage(em, EnforcementMatter, and, sortOf(ORDER_COLUMN, order, MatterOrderField.LIST_SEQ, SortDirection.ASC, true), page);
}

export async function getMatter(em: EntityManager, id: string): Promise<EnforcementMatter> {
  checkId(id, '执法事项');
  const m = await em.findOne(EnforcementMatter, { id });
  if (!m) throw notFound('执法事项', id);
  return m;
}
