import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { checkId, commonConditions, findPage, notFound, unauthenticated, type Identity, type PageArgs, sortOf, SortDirection } from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { canReadOfficer, isTreeWide, officerAgencyWhere } from '../access/access.rules.js';
import { agencyIdsWhere, inSubtree } from '../agencies/agency.scope.js';
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
  return findPage(em, Officer, officerConditions(em, identity, filter), sortOf(ORDER_COLUMN, order, OfficerOrderField.LIST_SEQ, SortDirection.ASC, true), page);
}

/**
 * The conditions of an officer list, all in SQL: the officer read rule (`officerAgencyWhere`, the SQL form
 * of `canReadOfficer`) and the filter's subtree as subqueries.
 */
export function officerConditions(em: EntityManager, identity: Identity, filter: OfficerFilter | null | undefined): FilterQuery<Officer>[] {
  const readable = officerAgencyWhere(identity);
  const and = commonConditions<Officer>(filter, (like) => ({ name: { $ilike: like } }));
  if (!isTreeWide(identity)) and.push({ agencyId: agencyIdsWhere(em, readable) });
  if (filter?.agencyId) and.push({ agencyId: inSubtree(em, checkId(filter.agencyId, '执法主体')) });
  if (filter?.employmentStatus) and.push({ employmentStatus: filter.employmentStatus });
  if (filter?.duty) and.push({ duties: { $contains: [filter.duty] } });
  return and;
}

/** One officer, if the caller may see him (scoping: 004 第五条 tree, DESIGN "Who uses it"). */
export async function getOfficer(em: EntityManager, identity: Identity, id: string): Promise<Officer> {
  if (identity.anonymous) throw unauthenticated(); // before anything is read
  checkId(id, '执法人员');
  const officer = await em.findOne(Officer, { id });
  if (!officer) throw notFound('执法人员', id);
  const agency = await em.findOneOrFail(Agency, { id: officer.agencyId });
  if (!canReadOfficer(identity, agency)) throw notFound('执法人员', id);
  return officer;
}
