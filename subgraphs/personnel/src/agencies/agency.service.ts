import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { checkId, commonConditions, findPage, notFound, type Identity, type PageArgs, sortOf } from '@jiandu/kit';
import { Agency } from './agency.entity.js';
import { readableAgencyWhere } from '../access/access.rules.js';
import { AgencyOrderField, type AgencyFilter, type AgencyList, type AgencyOrder } from './agency.inputs.js';

const ORDER_COLUMN: Record<AgencyOrderField, keyof Agency & string> = { NAME: 'name', LEVEL: 'level', CREATED_AT: 'createdAt' };

/** The one read rule of Agency (access.rules.ts `agencyAccess`) as SQL: what the caller may see at all. */
function visibilityFilter(identity: Identity): FilterQuery<Agency> {
  return readableAgencyWhere(identity) as FilterQuery<Agency>;
}

export async function listAgencies(
  em: EntityManager,
  identity: Identity,
  filter: AgencyFilter | null | undefined,
  order: AgencyOrder | null | undefined,
  page: PageArgs,
): Promise<AgencyList> {
  const and: FilterQuery<Agency>[] = [visibilityFilter(identity), ...commonConditions<Agency>(filter, (like) => ({ name: { $ilike: like } }))];
  if (filter?.level) and.push({ level: filter.level });
  if (filter?.parentId) and.push({ parentId: checkId(filter.parentId, '上级执法主体') });
  return findPage(em, Agency, and, sortOf(ORDER_COLUMN, order, AgencyOrderField.NAME), page);
}

export async function getAgency(em: EntityManager, identity: Identity, id: string): Promise<Agency> {
  checkId(id, '执法主体');
  const agency = await em.findOne(Agency, { $and: [{ id }, visibilityFilter(identity)] });
  if (!agency) throw notFound('执法主体', id);
  return agency;
}
