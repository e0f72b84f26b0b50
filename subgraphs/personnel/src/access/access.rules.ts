/**
 * Who may read what in personnel — ONE rule per type, used on every path to it: root queries, field
 * resolvers and reference resolution (`_entities`), so that no path shows more than another.
 *
 * DESIGN "Who uses it": "a supervisor or admin at a node sees that node and everything below it, nothing
 * beside or above it"; the tree is 004 第五条 (自治区 → 州/市 → 县/市/区 → 乡镇/街道), kept by personnel as a
 * materialised path (`/root/…/self/`). Anonymous callers (公众) see the agencies whose standing was
 * published (004 第十条 向社会公布) — their public fields only.
 *
 * Pure functions: no database, no clock. Lists use the SQL counterparts (`readableAgencyWhere`,
 * `officerAgencyWhere`); `agencies/agency.scope.ts` only turns such a condition into a subquery.
 */
import { badInput, forbidden, hasRole, pathWithin, unauthenticated, type Identity } from '@jiandu/kit';

/** What the caller may read of an agency: all of it (staff in scope), its public fields, or nothing. */
export type AgencyAccess = 'FULL' | 'PUBLIC' | 'NONE';

/** The part of an agency the rules look at. */
export interface AgencyNode {
  path: string;
  publishedAt: Date | null;
}

/** Roles that work across the whole tree (DESIGN "Who uses it": 司法局证件管理员, 系统管理员). */
export function isTreeWide(identity: Identity): boolean {
  return !identity.anonymous && hasRole(identity, 'CERT_ADMIN', 'SYSTEM_ADMIN');
}

/**
 * The one rule for Agency. Tree-wide roles: FULL everywhere. Staff attached to a node: FULL on their node
 * and below, NONE beside or above (their own parent included). Anonymous: PUBLIC on published agencies
 * (004 第十条), NONE on the rest. Staff attached to no node: NONE.
 */
export function agencyAccess(identity: Identity, agency: AgencyNode): AgencyAccess {
  if (identity.anonymous) return agency.publishedAt ? 'PUBLIC' : 'NONE';
  if (isTreeWide(identity)) return 'FULL';
  if (identity.agencyId && pathWithin(agency.path, identity.agencyId)) return 'FULL';
  return 'NONE';
}

/**
 * The same rule as `agencyAccess` as a SQL condition, for lists that must page and count only what may be
 * seen (e.g. `Agency.children`): anonymous → published; tree-wide → all; attached staff → their subtree;
 * staff attached to no node → none.
 */
export function readableAgencyWhere(identity: Identity): { publishedAt?: { $ne: null }; path?: { $like: string }; id?: null } {
  if (identity.anonymous) return { publishedAt: { $ne: null } };
  if (isTreeWide(identity)) return {};
  if (identity.agencyId) return { path: { $like: `%/${identity.agencyId}/%` } };
  return { id: null };
}

/**
 * `canReadOfficer` as a SQL condition on the officers' agencies, for lists of officers and certificates:
 * anonymous callers are asked to log in (officers are never anonymous — the public lookup is the citizen's
 * way, 003 第4条); otherwise the agencies the caller reads in full (`readableAgencyWhere`), so staff
 * attached to no agency get an empty list, not an error.
 */
export function officerAgencyWhere(identity: Identity): ReturnType<typeof readableAgencyWhere> {
  if (identity.anonymous) throw unauthenticated('请先登录：执法人员信息不对外公开（公众请使用亮证查询）');
  return readableAgencyWhere(identity);
}

export function canReadAgency(identity: Identity, agency: AgencyNode): boolean {
  return agencyAccess(identity, agency) !== 'NONE';
}

/**
 * The agency's internal records — officers, figures, change log, policies, who confirmed its standing:
 * staff in scope only. Throws the code the caller can act on: log in (anonymous) or not yours.
 */
export function checkAgencyRecords(identity: Identity, agency: AgencyNode): void {
  const access = agencyAccess(identity, agency);
  if (access === 'FULL') return;
  if (identity.anonymous) throw unauthenticated('请先登录：执法主体的内部信息（人员、指标、修改记录、政策参数）不对外公开');
  throw forbidden('只能查看本单位及下级单位的信息');
}

/**
 * The one rule for Officer (and his sub-records: certificates, trainings, exams, employment changes,
 * change log): staff whose scope covers the officer's agency. Anonymous callers see officers only through
 * the public certificate lookup (003 第4条), never here.
 */
export function canReadOfficer(identity: Identity, officerAgency: AgencyNode): boolean {
  return !identity.anonymous && agencyAccess(identity, officerAgency) === 'FULL';
}

/**
 * The one write-scope rule: may the caller keep (create, edit, record for) the records of this agency —
 * the agency itself, its officers, their trainings and exams, its policies, a new sub-unit under it.
 * The same subtree as reading in full (DESIGN "Who uses it": that node and everything below it): tree-wide
 * roles everywhere, attached staff their node and below, anonymous callers and staff attached to no agency
 * nowhere. Which roles may run a command is the command's own check (`requireRole`); this is only where.
 */
export function canKeepRecordsOf(identity: Identity, agency: Pick<AgencyNode, 'path'>): boolean {
  if (identity.anonymous) return false;
  if (isTreeWide(identity)) return true;
  return !!identity.agencyId && pathWithin(agency.path, identity.agencyId);
}

/** The one rule for Certificate (and its history): its holder's rule — a certificate is its holder's record. */
export function canReadCertificate(identity: Identity, holderAgency: AgencyNode): boolean {
  return canReadOfficer(identity, holderAgency);
}

/** Roles whose work needs the full ID number: issuing certificates, keeping the officer records. */
export const ID_NUMBER_READERS = ['CERT_ADMIN', 'AGENCY_ADMIN'] as const;

/**
 * DESIGN "Personnel and credentials": the full ID number only through an explicit reveal of one officer,
 * by a role that needs it, for an officer in the caller's scope. Throws FORBIDDEN otherwise (NOT_FOUND for
 * an officer outside the scope is the caller's business — see `canReadOfficer`).
 */
export function checkRevealIdNumber(identity: Identity, officerAgency: AgencyNode): void {
  if (identity.anonymous) throw unauthenticated();
  if (!hasRole(identity, ...ID_NUMBER_READERS)) throw forbidden('您的角色不能查看完整身份证号（仅证件管理员、执法部门管理员）');
  if (!canReadOfficer(identity, officerAgency)) throw forbidden('只能查看本单位及下级单位执法人员的完整身份证号');
}

export const REVEAL_REASON_MIN = 4;
export const REVEAL_REASON_MAX = 200;

/** The reason of a reveal, trimmed; a clerk must say why (DESIGN: recorded — who, when, whose, why). */
export function checkRevealReason(reason: string | null | undefined): string {
  const r = (reason ?? '').trim();
  if (r.length < REVEAL_REASON_MIN) throw badInput(`请填写查看完整身份证号的事由（至少 ${REVEAL_REASON_MIN} 个字）`, 'reason');
  if (r.length > REVEAL_REASON_MAX) throw badInput(`查看事由不能超过 ${REVEAL_REASON_MAX} 个字`, 'reason');
  return r;
}

/**
 * Who may read the log of views of one officer's personal data: the administrators of his records, in
 * scope. Other staff who may read the officer get the field empty (null), not an error, so that one
 * officer page serves every role.
 */
export function canReadViewsOfOfficer(identity: Identity, officerAgency: AgencyNode): boolean {
  return hasRole(identity, 'CERT_ADMIN', 'SYSTEM_ADMIN', 'AGENCY_ADMIN') && canReadOfficer(identity, officerAgency);
}

/** Who may read what one viewer has looked at: certificate and system administrators, and the viewer himself. */
export function checkReadViewsBy(identity: Identity, viewerId: string): void {
  if (identity.anonymous) throw unauthenticated();
  if (identity.userId === viewerId) return;
  if (!hasRole(identity, 'CERT_ADMIN', 'SYSTEM_ADMIN')) throw forbidden('只能查看本人的个人信息查看记录（系统管理员、证件管理员可查看他人的）');
}
