import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { addDays, checkId, commonConditions, DomainError, ErrorCode, findPage, likePattern, notFound, toLocalDate, unauthenticated, type Clock, type Identity, type PageArgs, sortOf, SortDirection } from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { canReadCertificate, isTreeWide, officerAgencyWhere } from '../access/access.rules.js';
import { agencyIdsWhere, inSubtree } from '../agencies/agency.scope.js';
import { Officer } from '../officers/officer.entity.js';
import { Certificate } from './certificate.entity.js';
import { CertificateOrderField, type CertificateFilter, type CertificateList, type CertificateOrder, type PublicCertificate } from './certificate.inputs.js';
import { statusesAt, statusSql } from './certificate.history.js';
import { SCHEMA } from '../orm.js';
import { CertificateStatus } from './certificate.entity.js';

const ORDER_COLUMN: Record<CertificateOrderField, keyof Certificate & string> = { NUMBER: 'number', ISSUED_ON: 'issuedOn', VALID_UNTIL: 'validUntil' };

export async function listCertificates(
  em: EntityManager,
  identity: Identity,
  clock: Clock,
  filter: CertificateFilter | null | undefined,
  order: CertificateOrder | null | undefined,
  page: PageArgs,
): Promise<CertificateList> {
  // Everything in SQL: readable holders (the certificate rule is its holder's) and holders by name are
  // subqueries, status is computed there.
  const readable = officerAgencyWhere(identity);
  const holdersWhere = (where: FilterQuery<Officer>) => ({ $in: em.createQueryBuilder(Officer, 'sub_o').select('id').where(where as never) });
  const and = commonConditions<Certificate>(filter, (like) => ({ $or: [{ number: { $ilike: like } }, { officerId: holdersWhere({ name: { $ilike: like } }) }] }));
  if (!isTreeWide(identity)) and.push({ officerId: holdersWhere({ agencyId: agencyIdsWhere(em, readable) }) });
  if (filter?.agencyId) and.push({ officerId: holdersWhere({ agencyId: inSubtree(em, checkId(filter.agencyId, '执法主体')) }) });
  if (filter?.kind) and.push({ kind: filter.kind });
  if (filter?.officerId) and.push({ officerId: checkId(filter.officerId, '执法人员') });
  const now = clock.now();
  if (filter?.expiringWithinDays != null) {
    if (!Number.isInteger(filter.expiringWithinDays) || filter.expiringWithinDays < 1 || filter.expiringWithinDays > 3660) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '到期天数应为 1 到 3660 之间的整数', { field: 'expiringWithinDays' });
    }
    const today = toLocalDate(now);
    and.push({ validUntil: { $gte: today, $lte: addDays(today, filter.expiringWithinDays) } });
  }
  const wanted = filter?.status ?? (filter?.expiringWithinDays != null ? CertificateStatus.VALID : null);
  if (wanted) and.push({ id: withStatus(em, wanted, now) });
  return findPage(em, Certificate, and, sortOf(ORDER_COLUMN, order, CertificateOrderField.NUMBER), page);
}

/** The certificates whose status at `at` is `status` (derived from dates and history in SQL: statusSql). */
function withStatus(em: EntityManager, status: CertificateStatus, at: Date) {
  return { $in: em.createQueryBuilder(Certificate, 'c').select('id').where(`(${statusSql(SCHEMA, at)}) = ?`, [status]) };
}

export async function getCertificate(em: EntityManager, identity: Identity, id: string): Promise<Certificate> {
  if (identity.anonymous) throw unauthenticated(); // before anything is read
  checkId(id, '证件');
  const cert = await em.findOne(Certificate, { id });
  if (!cert) throw notFound('证件', id);
  const officer = await em.findOneOrFail(Officer, { id: cert.officerId });
  const agency = await em.findOneOrFail(Agency, { id: officer.agencyId });
  if (!canReadCertificate(identity, agency)) throw notFound('证件', id);
  return cert;
}

/** Only the public fields (DESIGN "Fixed points"): what a citizen may see of a certificate. */
function toPublic(cert: Certificate, holderName: string, agencyName: string, status: CertificateStatus): PublicCertificate {
  return { number: cert.number, holderName, agencyName, fields: cert.fields, region: cert.region, status, validUntil: cert.validUntil };
}

/**
 * 亮证查询 — the public lookup by certificate number, without login (003 第4条: 公布行政执法人员资格信息，
 * 自觉接受社会公开查询; DESIGN "Fixed points"). Only the public fields; null for an unknown number.
 */
export async function publicCertificate(em: EntityManager, clock: Clock, number: string): Promise<PublicCertificate | null> {
  const n = number.trim();
  if (!n || n.length > 64) return null;
  const cert = await em.findOne(Certificate, { number: n });
  if (!cert) return null;
  const [officer, statuses] = await Promise.all([em.findOneOrFail(Officer, { id: cert.officerId }), statusesAt(em, [cert], clock.now())]);
  const agency = await em.findOneOrFail(Agency, { id: officer.agencyId });
  return toPublic(cert, officer.name, agency.name, statuses.get(cert.id)!);
}

/**
 * 亮证查询 by name and agency (DESIGN "Personnel and credentials": by certificate number, or name + agency):
 * exact name, agency name contained; only the public fields; at most 20 answers.
 */
export async function publicCertificatesByHolder(em: EntityManager, clock: Clock, name: string, agencyName: string): Promise<PublicCertificate[]> {
  const n = name.trim();
  const a = agencyName.trim();
  if (!n || !a || n.length > 50 || a.length > 100) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写持证人姓名和所属执法主体名称', { field: n ? 'agencyName' : 'name' });
  }
  const agencies = await em.find(Agency, { name: { $ilike: likePattern(a) }, publishedAt: { $ne: null } }, { limit: 20 });
  if (!agencies.length) return [];
  const officers = await em.find(Officer, { name: n, agencyId: { $in: agencies.map((x) => x.id) } }, { limit: 20 });
  if (!officers.length) return [];
  const certs = await em.find(Certificate, { officerId: { $in: officers.map((o) => o.id) } }, { orderBy: { issuedOn: 'desc' }, limit: 20 });
  const statuses = await statusesAt(em, certs, clock.now());
  return certs.map((c) => {
    const officer = officers.find((o) => o.id === c.officerId)!;
    return toPublic(c, officer.name, agencies.find((x) => x.id === officer.agencyId)!.name, statuses.get(c.id)!);
  });
}
