import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { checkId, checkPage, likePattern, notFound, type Identity, type PageArgs, sortOf, SortDirection } from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { canReadOfficer } from '../access/access.rules.js';
import { agencyIdsInScope, agencyScope, subtreeIds } from '../agencies/agency.scope.js';
import { Officer } from './officer.entity.js';
import { OfficerOrderField, type OfficerFilter, type OfficerList, type OfficerOrder } from './officer.inputs.js';

const ORDER_COLUMN: Record<OfficerOrderField, keyof Officer & string> = {
  NAME: 'name',
  LIST_SEQ: 'listSeq',
  CREATED_AT: 'createdAt',
};

/** The officers the caller may see, filtered, sorted and paged. */
export async function listOfficers(
  em: EntityManager,
  identity: Identity,
  filter: OfficerFilter | null | undefined,
  order: OfficerOrder | null | undefined,
  page: PageArgs,
): Promise<OfficerList> {
  const { offset, limit } = checkPage(page);
  const scopeIds = await agencyIdsInScope(em, agencyScope(identity));
  const and: FilterQuery<Officer>[] = [];
  if (scopeIds) and.push({ agencyId: { $in: scopeIds } });
  if (filter?.agencyId) and.push({ agencyId: { $in: await subtreeIds(em, filter.agencyId) } });
  if (filter?.search?.trim()) and.push({ name: { $ilike: likePattern(filter.search.trim()) } });
  if (filter?.employmentStatus) and.push({ employmentStatus: filter.employmentStatus });
  if (filter?.ids) and.push({ id: { $in: filter.ids } });
  const orderBy = sortOf(ORDER_COLUMN, order, OfficerOrderField.LIST_SEQ, SortDirection.ASC, true);
  const [items, total] = await em.findAndCount(Officer, and.length ? { $and: and } : {}, { orderBy: orderBy as never, offset, limit });
  return { items, total };
}

/** One officer, if the caller may see him (scoping: 004 第五条 tree, DESIGN "Who uses it"). */
export async function getOfficer(em: EntityManager, identity: Identity, id: string): Promise<Officer> {
  agencyScope(identity); // UNAUTHENTICATED / FORBIDDEN before anything is read
  checkId(id, '执法人员');
  const officer = await em.findOne(Officer, { id });
  if (!officer) throw notFound('执法人员', id);
  const agency = await em.findOneOrFail(Agency, { id: officer.agencyId });
  if (!canReadOfficer(identity, agency)) throw notFound('执法人员', id);
  return officer;
}
