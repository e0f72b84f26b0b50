import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { checkId, checkPage, likePattern, notFound, type PageArgs, sortOf, SortDirection } from '@jiandu/kit';
import { EnforcementMatter } from './matter.entity.js';
import { MatterOrderField, type MatterFilter, type MatterList, type MatterOrder } from './matter.inputs.js';

const ORDER_COLUMN: Record<MatterOrderField, keyof EnforcementMatter & string> = { LIST_SEQ: 'listSeq', NAME: 'name', CATEGORY: 'category' };

/** The published lists of enforcement matters are public (DESIGN "Who uses it": anonymous sees the matters list). */
export async function listMatters(em: EntityManager, filter: MatterFilter | null | undefined, order: MatterOrder | null | undefined, page: PageArgs): Promise<MatterList> {
  const { offset, limit } = checkPage(page);
  const and: FilterQuery<EnforcementMatter>[] = [];
  const search = filter?.search?.trim();
  if (search) and.push({ $or: [{ name: { $ilike: likePattern(search) } }, { legalBasis: { $ilike: likePattern(search) } }] });
  if (filter?.category) and.push({ category: filter.category });
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.ids) and.push({ id: { $in: filter.ids } });
  const orderBy = sortOf(ORDER_COLUMN, order, MatterOrderField.LIST_SEQ, SortDirection.ASC, true);
  const [items, total] = await em.findAndCount(EnforcementMatter, and.length ? { $and: and } : {}, { orderBy: orderBy as never, offset, limit });
  return { items, total };
}

export async function getMatter(em: EntityManager, id: string): Promise<EnforcementMatter> {
  checkId(id, '执法事项');
  const m = await em.findOne(EnforcementMatter, { id });
  if (!m) throw notFound('执法事项', id);
  return m;
}
