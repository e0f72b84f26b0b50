import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, InputProblems, newId, notFound, requireRole, type Clock, type Identity } from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { agencyScope, inScope } from '../agencies/agency.scope.js';
import { PolicyOverride } from './policy.entity.js';
import { POLICY_DEFAULTS, resolvePolicy, type EffectivePolicy, type PolicyKey } from './policy.rules.js';

/** The policy in force for an agency (nearest override on its path, else the seeds' default). */
export async function policyFor(em: EntityManager, agency: Pick<Agency, 'path'>, key: PolicyKey): Promise<EffectivePolicy> {
  const ids = agency.path.split('/').filter(Boolean);
  const overrides = await em.find(PolicyOverride, { key, agencyId: { $in: ids } });
  return resolvePolicy(key, agency.path, overrides);
}

export async function policiesFor(em: EntityManager, agency: Pick<Agency, 'path'>): Promise<EffectivePolicy[]> {
  const ids = agency.path.split('/').filter(Boolean);
  const overrides = await em.find(PolicyOverride, { agencyId: { $in: ids } });
  return (Object.keys(POLICY_DEFAULTS) as PolicyKey[]).map((k) => resolvePolicy(k, agency.path, overrides));
}

/**
 * Overrides a policy for an agency subtree (DESIGN "Rules are data"), or removes the override when
 * `value` is null. Certificate administrators and system administrators set policies. Deadlines already
 * stored keep the value that set them.
 */
export async function setPolicy(em: EntityManager, identity: Identity, clock: Clock, agencyId: string, key: PolicyKey, value: number | null, source: string | null): Promise<EffectivePolicy> {
  requireRole(identity, 'CERT_ADMIN', 'SYSTEM_ADMIN');
  const def = POLICY_DEFAULTS[key];
  const p = new InputProblems();
  if (value !== null) {
    p.check(Number.isFinite(value) && value >= def.min && value <= def.max, 'value', `${def.label}应在 ${def.min} 到 ${def.max}${def.unit} 之间`);
    p.check(!!source?.trim(), 'source', '请填写依据（文件名称及条款），例如「004 第十一条」');
  }
  p.throwIfAny();
  return em.transactional(async (tx) => {
    const agency = await tx.findOne(Agency, { id: agencyId });
    if (!agency) throw notFound('执法主体', agencyId);
    if (!inScope(agencyScope(identity), agency)) throw forbidden();
    const existing = await tx.findOne(PolicyOverride, { key, agencyId });
    if (value === null) {
      if (existing) tx.remove(existing);
    } else if (existing) {
      existing.value = value;
      existing.source = source!.trim();
      existing.setBy = identity.displayName ?? identity.username ?? '';
      existing.setAt = clock.now();
    } else {
      tx.create(PolicyOverride, { id: newId(), key, agencyId, value, source: source!.trim(), setBy: identity.displayName ?? identity.username ?? '', setAt: clock.now() });
    }
    await tx.flush();
    return policyFor(tx, agency, key);
  });
}
