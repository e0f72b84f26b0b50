/**
 * Agency commands: create and edit within the caller's subtree, and the justice bureau's confirmation
 * and publication of 主体资格 (004 第十条: 审核确定…并向社会公布；未经认定行政执法主体资格的单位，不得行使行政执法权).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  checkId, DomainError, ErrorCode, lockForEdit, forbidden, hasRole, InputProblems, isUuid, isValidCreditCode, isValidPhone, newId, notFound, requireRole,
  pathWithin as isInSubtree, subtreeLike, type Clock, type Identity,
} from '@jiandu/kit';
import { Agency, AGENCY_LEVEL_LABEL } from './agency.entity.js';
import { canKeepRecordsOf } from '../access/access.rules.js';
import { childPath, isValidChildLevel } from './agency.rules.js';
import type { AgencyInput } from './agency.actions.inputs.js';
import { diff, logChange } from '@jiandu/kit';
import { SCHEMA } from '../orm.js';
import { nextTreeRevision, publishAgencyChanged, publishAgencyMoved, publishAgencySnapshot } from './agency.events.js';

function validate(input: AgencyInput) {
  const p = new InputProblems();
  const name = input.name?.trim() ?? '';
  p.check(name.length >= 2 && name.length <= 100, 'name', '请填写名称（2–100 字）');
  const code = input.unifiedCode?.trim().toUpperCase() || null;
  if (code) p.check(isValidCreditCode(code), 'unifiedCode', '统一社会信用代码不正确（18 位，校验位需正确）');
  p.check(!!input.region?.trim(), 'region', '请填写管辖区域');
  const fields = [...new Set((input.fields ?? []).map((f) => f.trim()).filter(Boolean))];
  p.check(fields.length > 0, 'fields', '请至少填写一个执法领域');
  const phone = input.supervisionPhone?.replace(/\s/g, '') || null;
  if (phone) p.check(isValidPhone(phone), 'supervisionPhone', '监督投诉电话格式不正确（手机号 11 位，或区号-号码）');
  if (input.parentId) p.check(isUuid(input.parentId), 'parentId', '上级执法主体编号格式不正确');
  p.throwIfAny();
  return {
    name,
    unifiedCode: code,
    level: input.level,
    region: input.region.trim(),
    fields,
    enforcementUnit: input.enforcementUnit?.trim() || null,
    supervisionUnit: input.supervisionUnit?.trim() || null,
    supervisionPhone: phone,
  };
}

const KEEPERS = ['AGENCY_ADMIN', 'CERT_ADMIN', 'SYSTEM_ADMIN'] as const;

async function parentFor(tx: EntityManager, identity: Identity, parentId: string | null | undefined, level: Agency['level']): Promise<Agency | null> {
  if (!parentId) {
    if (!hasRole(identity, 'CERT_ADMIN', 'SYSTEM_ADMIN')) throw forbidden('只有司法局证件管理员或系统管理员可以新建顶级执法主体');
    return null;
  }
  const parent = await tx.findOne(Agency, { id: parentId });
  if (!parent || !canKeepRecordsOf(identity, parent)) throw new DomainError(ErrorCode.FORBIDDEN, '只能在本单位及下级单位之下新建或移动执法主体', { field: 'parentId' });
  if (!isValidChildLevel(parent.level, level)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `层级不符：上级为${AGENCY_LEVEL_LABEL[parent.level]}，下级只能是同级或低一级（004 第五条）`, { field: 'level' });
  }
  return parent;
}

export async function createAgency(em: EntityManager, identity: Identity, clock: Clock, input: AgencyInput): Promise<Agency> {
  requireRole(identity, ...KEEPERS);
  const data = validate(input);
  return em.transactional(async (tx) => {
    const rev = await nextTreeRevision(tx); // first: changes to the tree run one at a time
    const parent = await parentFor(tx, identity, input.parentId, data.level);
    const id = newId();
    const now = clock.now();
    const agency = tx.create(Agency, { id, ...data, parentId: parent?.id ?? null, path: childPath(parent?.path ?? null, id), createdAt: now, updatedAt: now });
    logChange(tx, identity, now, 'Agency', id, '新建', diff({}, { ...data, parentId: parent?.id ?? null }));
    await tx.flush();
    await publishAgencyChanged(tx, now, rev, agency);
    return agency;
  });
}

function lockAgency(tx: EntityManager, identity: Identity, id: string, version: number): Promise<Agency> {
  return lockForEdit(tx, Agency, id, version, { what: '执法主体', logAs: 'Agency', label: (a) => a.name, visible: (a) => canKeepRecordsOf(identity, a) });
}

/** Edits an agency; its place in the tree stays (moving a subtree is a separate, rarer act). */
export async function updateAgency(em: EntityManager, identity: Identity, clock: Clock, id: string, expectedVersion: number, input: AgencyInput): Promise<Agency> {
  requireRole(identity, ...KEEPERS);
  const data = validate(input);
  return em.transactional(async (tx) => {
    const rev = await nextTreeRevision(tx); // first: changes to the tree run one at a time
    const agency = await lockAgency(tx, identity, id, expectedVersion);
    if ((input.parentId ?? null) !== agency.parentId) throw new DomainError(ErrorCode.BAD_USER_INPUT, '编辑时不能更改上级执法主体', { field: 'parentId' });
    if (agency.parentId) {
      const parent = await tx.findOneOrFail(Agency, { id: agency.parentId });
      if (!isValidChildLevel(parent.level, data.level)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `层级不符：上级为${AGENCY_LEVEL_LABEL[parent.level]}（004 第五条）`, { field: 'level' });
    }
    const changes = diff(agency as unknown as Record<string, unknown>, data);
    Object.assign(agency, data, { updatedAt: clock.now() });
    logChange(tx, identity, agency.updatedAt, 'Agency', agency.id, '修改', changes);
    await tx.flush();
    await publishAgencyChanged(tx, agency.updatedAt, rev, agency);
    return agency;
  });
}

/** 004 第十条: the justice bureau confirms an agency's legal standing (主体资格). */
export async function confirmAgencyQualification(em: EntityManager, identity: Identity, clock: Clock, id: string, expectedVersion: number): Promise<Agency> {
  requireRole(identity, 'CERT_ADMIN');
  return em.transactional(async (tx) => {
    const rev = await nextTreeRevision(tx); // first: changes to the tree run one at a time
    const agency = await lockAgency(tx, identity, id, expectedVersion);
    if (agency.qualificationConfirmedAt) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '该执法主体的主体资格已确认');
    const now = clock.now();
    agency.qualificationConfirmedAt = now;
    agency.qualificationConfirmedBy = identity.displayName ?? identity.username;
    agency.updatedAt = now;
    logChange(tx, identity, now, 'Agency', agency.id, '确认主体资格', []);
    await tx.flush();
    await publishAgencyChanged(tx, now, rev, agency);
    return agency;
  });
}

/** 004 第十条 向社会公布: only a confirmed agency is published; published agencies show in the public lookup. */
export async function publishAgency(em: EntityManager, identity: Identity, clock: Clock, id: string, expectedVersion: number): Promise<Agency> {
  requireRole(identity, 'CERT_ADMIN');
  return em.transactional(async (tx) => {
    const rev = await nextTreeRevision(tx); // first: changes to the tree run one at a time
    const agency = await lockAgency(tx, identity, id, expectedVersion);
    if (!agency.qualificationConfirmedAt) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '主体资格尚未确认，不能公告（004 第十条）');
    if (agency.publishedAt) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '该执法主体已公告');
    agency.publishedAt = clock.now();
    agency.updatedAt = agency.publishedAt;
    logChange(tx, identity, agency.publishedAt, 'Agency', agency.id, '公告主体资格', []);
    await tx.flush();
    await publishAgencyChanged(tx, agency.publishedAt, rev, agency);
    return agency;
  });
}

/**
 * Moves an agency, with its whole subtree, under another parent (or to the top). Certificate and system
 * administrators anywhere; an agency administrator within his subtree (both the agency and its new parent);
 * never under itself or its own descendant; the level rule of 004 第五条 between the agency and its new
 * parent. The subtree's paths are rewritten in one statement and one event describes the move, so the
 * producer's work does not grow with the subtree.
 */
export async function moveAgency(em: EntityManager, identity: Identity, clock: Clock, id: string, expectedVersion: number, parentId: string | null): Promise<Agency> {
  requireRole(identity, ...KEEPERS);
  if (parentId) checkId(parentId, '上级执法主体');
  return em.transactional(async (tx) => {
    const rev = await nextTreeRevision(tx); // first: changes to the tree run one at a time
    const agency = await lockAgency(tx, identity, id, expectedVersion);
    if ((parentId ?? null) === agency.parentId) throw new DomainError(ErrorCode.BAD_USER_INPUT, '新的上级执法主体与原上级相同', { field: 'parentId' });
    const target = parentId ? await tx.findOne(Agency, { id: parentId }) : null;
    if (target && isInSubtree(target.path, agency.id)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '不能将执法主体移动到其自身或其下级单位之下', { field: 'parentId' });
    }
    const parent = await parentFor(tx, identity, parentId, agency.level);
    const oldPath = agency.path;
    const newPath = childPath(parent?.path ?? null, agency.id);
    const now = clock.now();
    // The descendants, in one statement; the agency itself through the ORM (its version and change log).
    await tx.getConnection().execute(
      `update ${SCHEMA}.agency set path = ? || substr(path, length(?) + 1) where path like ? and id <> ?`,
      [newPath, oldPath, subtreeLike(oldPath), agency.id],
      'run',
      tx.getTransactionContext(),
    );
    const changes = diff({ parentId: agency.parentId }, { parentId: parent?.id ?? null });
    Object.assign(agency, { parentId: parent?.id ?? null, path: newPath, updatedAt: now });
    logChange(tx, identity, now, 'Agency', agency.id, '移动', changes);
    await tx.flush();
    await publishAgencyMoved(tx, now, rev, agency, oldPath);
    return agency;
  });
}

/** Publishes the whole tree as one snapshot event, so a new or damaged projection rebuilds itself. System administrators. */
/**
 * At every deploy (`migrate`), the tree is published once as a snapshot (when there is one), so that a
 * projection created or extended by this deploy's migrations (a new consumer, a new projected column such as
 * `confirmed`) catches up without anyone having to call `republishAgencies`. Applying a snapshot is idempotent
 * and guarded by the tree revision, so publishing it again is harmless. Returns the number of agencies published.
 */
export async function republishAgenciesOnDeploy(em: EntityManager, clock: Clock): Promise<number> {
  return em.transactional(async (tx) => ((await tx.count(Agency, {})) > 0 ? publishAgencySnapshot(tx, clock.now()) : 0));
}

export async function republishAgencies(em: EntityManager, identity: Identity, clock: Clock): Promise<number> {
  requireRole(identity, 'SYSTEM_ADMIN');
  return em.transactional((tx) => publishAgencySnapshot(tx, clock.now()));
}
