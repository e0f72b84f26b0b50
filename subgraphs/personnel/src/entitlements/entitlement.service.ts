/**
 * 持证上岗 check (004 第十一条; 003 第4条) for many officers at once: the agency and its ancestors, the
 * officers, their certificates and all their histories — a fixed number of statements however many
 * officers are asked (cases asks it at every step it records).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, isUuid, notFound, type Clock } from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { Certificate, CertificateKind } from '../certificates/certificate.entity.js';
import { statusesAt } from '../certificates/certificate.history.js';
import { coveringRegions, decideEntitlement } from './entitlement.rules.js';
import type { Entitlement } from './entitlement.types.js';
import { decideSupervisor } from './supervisor.rules.js';
import type { SupervisorCredential } from './supervisor.types.js';
import { EmploymentStatus, Duty } from '../officers/officer.entity.js';

export const MAX_ENTITLEMENT_IDS = 50;

export interface EntitlementQuery {
  agencyId: string;
  field?: string | null;
  officerIds: readonly string[];
  at?: Date | null;
}

export async function enforcementEntitlements(em: EntityManager, clock: Clock, q: EntitlementQuery): Promise<Entitlement[]> {
  if (!isUuid(q.agencyId)) throw badInput(`执法主体编号格式不正确：${q.agencyId.slice(0, 64)}`, 'agencyId');
  if (q.officerIds.length > MAX_ENTITLEMENT_IDS) {
    throw badInput(`一次最多核验 ${MAX_ENTITLEMENT_IDS} 名执法人员，本次 ${q.officerIds.length} 名，请分批核验`, 'officerIds', { max: MAX_ENTITLEMENT_IDS });
  }
  const bad = q.officerIds.find((id) => !isUuid(id));
  if (bad !== undefined) throw badInput(`执法人员编号格式不正确：${bad.slice(0, 64)}`, 'officerIds');
  const field = q.field == null ? null : q.field.trim();
  if (field === '') throw badInput('执法领域不能为空；不限领域请不填', 'field');
  if (field != null && field.length > 100) throw badInput('执法领域不能超过 100 字', 'field');
  if (q.at && Number.isNaN(q.at.getTime())) throw badInput('核验时刻格式不正确', 'at');
  const at = q.at ?? clock.now();

  const agency = await em.findOne(Agency, { id: q.agencyId });
  if (!agency) throw notFound('执法主体', q.agencyId);
  // The path is `/root/…/self/`: the ancestors in one statement.
  const ancestorIds = agency.path.split('/').filter((id) => id && id !== agency.id);
  const chain = ancestorIds.length ? [agency, ...(await em.find(Agency, { id: { $in: ancestorIds } }))] : [agency];
  const regions = coveringRegions(agency.id, chain);

  const ids = [...new Set(q.officerIds)];
  if (!ids.length) return [];
  const [officers, certs] = await Promise.all([
    em.find(Officer, { id: { $in: ids } }),
    em.find(Certificate, { officerId: { $in: ids }, kind: CertificateKind.ENFORCEMENT }),
  ]);
  const statuses = await statusesAt(em, certs, at);
  const names = new Map(officers.map((o) => [o.id, o.name]));
  return q.officerIds.map((officerId) => {
    const held = certs.filter((c) => c.officerId === officerId).map((c) => ({ number: c.number, kind: c.kind, fields: c.fields, region: c.region, issuedOn: c.issuedOn, status: statuses.get(c.id)! }));
    const d = decideEntitlement(held, field, regions);
    return { officerId, officerName: names.get(officerId) ?? null, entitled: d.entitled, status: d.certificate?.status ?? null, certificateNumber: d.certificate?.number ?? null, reason: d.reason };
  });
}

/**
 * 执法监督资格 (004 第二十条, 第二十二条) of many people at an instant: three statements however many are asked
 * (supervision asks it when a complaint gets its handler, a review its reviewers, an inspection its supervisors).
 */
export async function supervisorCredentials(em: EntityManager, clock: Clock, officerIds: readonly string[], at?: Date | null): Promise<SupervisorCredential[]> {
  if (officerIds.length > MAX_ENTITLEMENT_IDS) {
    throw badInput(`一次最多核验 ${MAX_ENTITLEMENT_IDS} 名执法监督人员，本次 ${officerIds.length} 名，请分批核验`, 'officerIds', { max: MAX_ENTITLEMENT_IDS });
  }
  const bad = officerIds.find((id) => !isUuid(id));
  if (bad !== undefined) throw badInput(`人员编号格式不正确：${bad.slice(0, 64)}`, 'officerIds');
  if (at && Number.isNaN(at.getTime())) throw badInput('核验时刻格式不正确', 'at');
  const when = at ?? clock.now();
  const ids = [...new Set(officerIds)];
  if (!ids.length) return [];
  const [officers, certs] = await Promise.all([
    em.find(Officer, { id: { $in: ids } }),
    em.find(Certificate, { officerId: { $in: ids }, kind: CertificateKind.SUPERVISION }),
  ]);
  const statuses = await statusesAt(em, certs, when);
  const byId = new Map(officers.map((o) => [o.id, o]));
  return officerIds.map((officerId) => {
    const o = byId.get(officerId);
    const held = certs.filter((c) => c.officerId === officerId).map((c) => ({ number: c.number, kind: c.kind, fields: c.fields, region: c.region, issuedOn: c.issuedOn, status: statuses.get(c.id)! }));
    const d = decideSupervisor({ exists: !!o, supervisionDuty: !!o?.duties.includes(Duty.SUPERVISION), onDuty: o?.employmentStatus === EmploymentStatus.ON_DUTY }, held);
    return { officerId, officerName: o?.name ?? null, agencyId: o?.agencyId ?? null, valid: d.valid, certificateNumber: d.certificate?.number ?? null, status: d.certificate?.status ?? null, reason: d.reason };
  });
}
