/**
 * The full ID number (DESIGN "Personnel and credentials"): lists and ordinary fields always show it masked;
 * it is shown in full only through an explicit reveal of one officer, with a reason, by a role that needs
 * it, for an officer in the caller's scope — and each reveal is recorded (who, when, whose, why) and
 * queryable per officer and per viewer (DESIGN "Beyond the minimum": who viewed protected personal data).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkId, checkPage, newId, notFound, unauthenticated, type Clock, type Identity, type Page, type PageArgs } from '@jiandu/kit';
import type { PersonnelContext } from '../context.js';
import { Agency } from '../agencies/agency.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { canReadOfficer, canReadViewsOfOfficer, checkReadViewsBy, checkRevealIdNumber, checkRevealReason } from '../access/access.rules.js';
import { PersonalDataAccess } from './personal-data-access.entity.js';

export const ID_NUMBER_FIELD = 'idNumber';

/** The officer and his agency, or NOT_FOUND when he does not exist or is outside the caller's scope. */
async function officerFor(em: EntityManager, identity: Identity, officerId: string): Promise<{ officer: Officer; agency: Agency }> {
  if (identity.anonymous) throw unauthenticated();
  checkId(officerId, '执法人员');
  const officer = await em.findOne(Officer, { id: officerId });
  const agency = officer && (await em.findOne(Agency, { id: officer.agencyId }));
  if (!officer || !agency || !canReadOfficer(identity, agency)) throw notFound('执法人员', officerId);
  return { officer, agency };
}

export async function revealIdNumber(em: EntityManager, identity: Identity, clock: Clock, officerId: string, reason: string): Promise<{ officer: Officer; access: PersonalDataAccess; idNumber: string | null }> {
  const { officer, agency } = await officerFor(em, identity, officerId);
  checkRevealIdNumber(identity, agency);
  const why = checkRevealReason(reason);
  const access = em.create(PersonalDataAccess, {
    id: newId(),
    officerId: officer.id,
    field: ID_NUMBER_FIELD,
    viewerId: identity.userId,
    viewerName: identity.displayName ?? identity.username ?? '',
    viewedAt: clock.now(),
    reason: why,
  });
  await em.flush();
  return { officer, access, idNumber: officer.idNumber };
}

export type ViewPage = Page<PersonalDataAccess>;

/**
 * The reveals of one officer's number, or null for a caller who may read the officer but not the log.
 * Through the request's loaders: a list of N officers costs one query for their agencies and one for all
 * their pages of views (newest first), never two per officer.
 */
export async function viewsOfOfficer(ctx: Pick<PersonnelContext, 'identity' | 'loaders'>, officer: Officer, page: PageArgs): Promise<ViewPage | null> {
  checkPage(page);
  const agency = await ctx.loaders.agencyById.load(officer.agencyId);
  if (!agency || !canReadViewsOfOfficer(ctx.identity, agency)) return null;
  return ctx.loaders.idNumberViewsByOfficer.load(officer.id, page);
}

export async function viewsBy(em: EntityManager, identity: Identity, viewerId: string, page: PageArgs): Promise<ViewPage> {
  checkReadViewsBy(identity, viewerId);
  checkId(viewerId, '查看人');
  const { offset, limit } = checkPage(page);
  const [items, total] = await em.findAndCount(PersonalDataAccess, { viewerId }, { orderBy: [{ viewedAt: 'desc' }, { id: 'asc' }], offset, limit });
  return { items, total };
}
