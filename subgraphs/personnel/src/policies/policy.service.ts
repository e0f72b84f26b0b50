import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { DomainError, ErrorCode, forbidden, InputProblems, logChange, newId, notFound, requireRole, staleVersion, type Clock, type Identity } from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { canKeepRecordsOf } from '../access/access.rules.js';
import { PolicyOverride } from './policy.entity.js';
import { overrideVersionConflict, POLICY_DEFAULTS, resolvePolicy, type EffectivePolicy, type PolicyKey } from './policy.rules.js';

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

/** The refusal of a change based on a stale screen: who set the stored override, when, at which version. */
function staleOverride(label: string, stored: PolicyOverride | null, seen: number | null): DomainError {
  if (!stored) return new DomainError(ErrorCode.CONCURRENT_MODIFICATION, `本单位的「${label}」设置已被他人删除（已恢复上级或默认值），请刷新后重新操作`, { expectedVersion: seen, actualVersion: null });
  if (seen === null) {
    return new DomainError(
      ErrorCode.CONCURRENT_MODIFICATION,
      `本单位已设定「${label}」（第 ${stored.version} 版，${stored.setBy || '他人'}设定），请刷新后在其基础上修改`,
      { expectedVersion: null, actualVersion: stored.version },
    );
  }
  return staleVersion('政策参数', seen, stored.version, label, stored.setAt, { actorName: stored.setBy || null, action: '设定' });
}

/** `10日（004 第十一条…）` — a policy value with its source, as the change log shows it. */
const shown = (p: EffectivePolicy) => `${p.value}${POLICY_DEFAULTS[p.key].unit}（${p.source}）`;

/**
 * Overrides a policy for an agency subtree (DESIGN "Rules are data"), or removes the override when
 * `value` is null. Certificate administrators and system administrators set policies, on the version of
 * the agency's own override they saw (`version`; null only when it has none), so two clerks cannot
 * overwrite each other unseen. Each change is in the agency's change log: which policy, the value in force
 * before → after, with its source. Deadlines already stored keep the value that set them.
 */
export async function setPolicy(
  em: EntityManager, identity: Identity, clock: Clock, agencyId: string, key: PolicyKey, value: number | null, source: string | null, version: number | null,
): Promise<EffectivePolicy> {
  requireRole(identity, 'CERT_ADMIN', 'SYSTEM_ADMIN');
  const def = POLICY_DEFAULTS[key];
  const p = new InputProblems();
  if (value !== null) {
    p.check(Number.isFinite(value) && value >= def.min && value <= def.max, 'value', `${def.label}应在 ${def.min} 到 ${def.max}${def.unit} 之间`);
    p.check(!!source?.trim(), 'source', '请填写依据（文件名称及条款），例如「004 第十一条」');
  }
  if (version !== null) p.check(Number.isInteger(version) && version >= 1, 'version', '版本号不正确，请刷新后重新操作');
  p.throwIfAny();
  return em.transactional(async (tx) => {
    const agency = await tx.findOne(Agency, { id: agencyId });
    if (!agency) throw notFound('执法主体', agencyId);
    if (!canKeepRecordsOf(identity, agency)) throw forbidden();
    const existing = await tx.findOne(PolicyOverride, { key, agencyId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (overrideVersionConflict(existing, version)) throw staleOverride(def.label, existing, version);
    const before = await policyFor(tx, agency, key);
    const now = clock.now();
    const setBy = identity.displayName ?? identity.username ?? '';
    if (value === null) {
      if (!existing) return before; // nothing to remove: nothing changes, nothing is logged
      tx.remove(existing);
    } else if (existing) {
      Object.assign(existing, { value, source: source!.trim(), setBy, setAt: now });
    } else {
      tx.create(PolicyOverride, { id: newId(), key, agencyId, value, source: source!.trim(), setBy, setAt: now });
    }
    await tx.flush();
    const after = await policyFor(tx, agency, key);
    const where = (x: EffectivePolicy) => (x.setAt === agency.id ? '本级设定' : x.setAt ? '上级设定' : '默认');
    logChange(tx, identity, now, 'Agency', agency.id, value === null ? '删除政策参数设置' : '设定政策参数', [
      { field: `${def.label}（${key}）`, before: `${shown(before)}，${where(before)}`, after: `${shown(after)}，${where(after)}` },
    ]);
    await tx.flush();
    return after;
  });
}
