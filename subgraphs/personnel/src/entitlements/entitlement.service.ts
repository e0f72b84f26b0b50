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
import { loadHistories, statusesAt } from '../certificates/certificate.history.js';
import { statusAt } from '../certificates/certificate.rules.js';
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

/** At most this many (agency, field, officer, instant) checks per `entitlementsAt` question. */
export const MAX_ENTITLEMENT_CHECKS = 500;

/** One question of `entitlementsAt`: was `officerId` entitled at `at` in `agencyId`'s region for `field`? */
export interface EntitlementCheck {
  agencyId: string;
  field?: string | null;
  officerId: string;
  at: Date;
}

/**
 * 持证上岗 at many past instants (004 第十一条; 003 第4条) — supervision's 案卷评查 asks it for every recorded step of
 * the sampled cases (003 第15条): was the officer who took each step entitled at that instant? The same rule as
 * `enforcementEntitlements` (`decideEntitlement` over the statuses `statusAt` derives from each certificate's
 * history, the regions of the agency and its ancestors), answered in the order asked. Five statements whatever the
 * number of checks: the agencies asked, their ancestors, the officers, their certificates, all their histories.
 */
export async function entitlementsAt(em: EntityManager, checks: readonly EntitlementCheck[]): Promise<Entitlement[]> {
  if (checks.length > MAX_ENTITLEMENT_CHECKS) {
    throw badInput(`一次最多核验 ${MAX_ENTITLEMENT_CHECKS} 项，本次 ${checks.length} 项，请分批核验`, 'checks', { max: MAX_ENTITLEMENT_CHECKS });
  }
  const fields = checks.map((c, i) => {
    if (!isUuid(c.agencyId)) throw badInput(`第 ${i + 1} 项：执法主体编号格式不正确：${c.agencyId.slice(0, 64)}`, 'checks');
    if (!isUuid(c.officerId)) throw badInput(`第 ${i + 1} 项：执法人员编号格式不正确：${c.officerId.slice(0, 64)}`, 'checks');
    if (!(c.at instanceof Date) || Number.isNaN(c.at.getTime())) throw badInput(`第 ${i + 1} 项：核验时刻格式不正确`, 'checks');
    const field = c.field == null ? null : c.field.trim();
    if (field === '') throw badInput(`第 ${i + 1} 项：执法领域不能为空；不限领域请不填`, 'checks');
    if (field != null && field.length > 100) throw badInput(`第 ${i + 1} 项：执法领域不能超过 100 字`, 'checks');
    return field;
  });
  if (!checks.length) return [];
  const agencyIds = [...new Set(checks.map((c) => c.agencyId))];
  const asked = await em.find(Agency, { id: { $in: agencyIds } });
  const missing = agencyIds.find((id) => !asked.some((a) => a.id === id));
  if (missing) throw notFound('执法主体', missing);
  // Paths are `/root/…/self/`: every ancestor of every agency asked, in one statement.
  const known = new Set(agencyIds);
  const ancestorIds = [...new Set(asked.flatMap((a) => a.path.split('/').filter((id) => id && !known.has(id))))];
  const chain = ancestorIds.length ? [...asked, ...(await em.find(Agency, { id: { $in: ancestorIds } }))] : asked;
  const regionsOf = new Map(agencyIds.map((id) => [id, coveringRegions(id, chain)]));

  const officerIds = [...new Set(checks.map((c) => c.officerId))];
  const [officers, certs] = await Promise.all([
    em.find(Officer, { id: { $in: officerIds } }),
    em.find(Certificate, { officerId: { $in: officerIds }, kind: CertificateKind.ENFORCEMENT }),
  ]);
  const histories = await loadHistories(em, certs.map((c) => c.id));
  const names = new Map(officers.map((o) => [o.id, o.name]));
  return checks.map((c, i) => {
    const held = certs
      .filter((x) => x.officerId === c.officerId)
      .map((x) => ({ number: x.number, kind: x.kind, fields: x.fields, region: x.region, issuedOn: x.issuedOn, status: statusAt(x, histories.get(x.id)!, c.at) }));
    const d = decideEntitlement(held, fields[i]!, regionsOf.get(c.agencyId)!);
    return { officerId: c.officerId, officerName: names.get(c.officerId) ?? null, entitled: d.entitled, status: d.certificate?.status ?? null, certificateNumber: d.certificate?.number ?? null, reason: d.reason };
  });
}
