import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { checkId, checkPage, likePattern, notFound, type Clock, type Identity, type PageArgs } from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { agencyIdsInScope, agencyScope, inScope } from '../agencies/agency.scope.js';
import { Officer } from '../officers/officer.entity.js';
import { Certificate } from './certificate.entity.js';
import { CertificateEvent } from './certificate-event.entity.js';
import { CertificateOrderField, type CertificateFilter, type CertificateList, type CertificateOrder, type PublicCertificate } from './certificate.inputs.js';
import { statusAt } from './certificate.rules.js';

const ORDER_COLUMN: Record<CertificateOrderField, keyof Certificate> = { NUMBER: 'number', ISSUED_ON: 'issuedOn', VALID_UNTIL: 'validUntil' };

export async function listCertificates(
  em: EntityManager,
  identity: Identity,
  filter: CertificateFilter | null | undefined,
  order: CertificateOrder | null | undefined,
  page: PageArgs,
): Promise<CertificateList> {
  const { offset, limit } = checkPage(page);
  const scopeIds = await agencyIdsInScope(em, agencyScope(identity));
  const and: FilterQuery<Certificate>[] = [];
  if (scopeIds) {
    const officers = await em.find(Officer, { agencyId: { $in: scopeIds } }, { fields: ['id'] });
    and.push({ officerId: { $in: officers.map((o) => o.id) } });
  }
  const search = filter?.search?.trim();
  if (search) {
    const holders = await em.find(Officer, { name: { $ilike: likePattern(search) } }, { fields: ['id'] });
    and.push({ $or: [{ number: { $ilike: likePattern(search) } }, { officerId: { $in: holders.map((o) => o.id) } }] });
  }
  if (filter?.kind) and.push({ kind: filter.kind });
  if (filter?.officerId) and.push({ officerId: filter.officerId });
  if (filter?.ids) and.push({ id: { $in: filter.ids } });
  const column = ORDER_COLUMN[order?.field ?? CertificateOrderField.NUMBER];
  const dir = (order?.direction ?? 'ASC') === 'ASC' ? 'asc' : 'desc';
  const [items, total] = await em.findAndCount(Certificate, and.length ? { $and: and } : {}, { orderBy: [{ [column]: dir }, { id: 'asc' }] as never, offset, limit });
  return { items, total };
}

export async function getCertificate(em: EntityManager, identity: Identity, id: string): Promise<Certificate> {
  const scope = agencyScope(identity);
  checkId(id, '证件');
  const cert = await em.findOne(Certificate, { id });
  if (!cert) throw notFound('证件', id);
  const officer = await em.findOneOrFail(Officer, { id: cert.officerId });
  const agency = await em.findOneOrFail(Agency, { id: officer.agencyId });
  if (!inScope(scope, agency)) throw notFound('证件', id);
  return cert;
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
  const [officer, history] = await Promise.all([
    em.findOneOrFail(Officer, { id: cert.officerId }),
    em.find(CertificateEvent, { certificateId: cert.id }),
  ]);
  const agency = await em.findOneOrFail(Agency, { id: officer.agencyId });
  return {
    number: cert.number,
    holderName: officer.name,
    agencyName: agency.name,
    fields: cert.fields,
    region: cert.region,
    status: statusAt(cert, history, clock.now()),
    validUntil: cert.validUntil,
  };
}
