/**
 * The handling of a complaint after registration (004 第八条; DESIGN "Supervision and complaints"): 受理 or 不予受理
 * with a reason, 指定承办人 (a 执法监督人员, 004 第二十条), 调查核实, 办结 with the reply — and the case it concerns.
 * Every command is taken by a supervisor of the complained-of agency's subtree (`requireSupervisorOf`), at the
 * version the clerk saw (`lockForEdit`, CONCURRENT_MODIFICATION), and leaves a dated step (the timeline) and an
 * entry of the change log, in one transaction.
 *
 * What needs another subgraph (personnel about the handler, cases about the case) is asked before the row is
 * locked — with the caller's token, failing closed — so a slow subgraph never holds the complaint's lock; the
 * version is checked once before asking and again under the lock, so nothing is written on a stale screen.
 */
import { requireNotRecused } from '../recusals/recusal.guard.js';
import { RecusalSubjectType } from '../recusals/recusal.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput, diff, isUuid, lockForEdit, logChange, maskAddress, maskName, maskPhone, newId, projectedSubtreeContains, requireRole, today, type FieldMasks, type Identity,
} from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { SCHEMA } from '../orm.js';
import { mayReadSupervisionOf, requireSupervisorOf } from '../access/supervision.access.js';
import type { CaseFacts, CasesDirectory } from '../external/cases.client.js';
import { Complaint, ComplaintStatus } from './complaint.entity.js';
import { ComplaintStep, ComplaintStepKind } from './complaint-step.entity.js';
import { checkConclusion, checkNote, checkRejectionReason, ComplaintAction, requireActFrom, requireHandler, type ConclusionDraft } from './complaint.rules.js';

/** The change log's kind of record for complaints. */
export const COMPLAINT_LOG = 'Complaint';

/** The complainant never enters the change log in full. */
export const COMPLAINT_LOG_MASKS: FieldMasks = {
  complainantName: (v) => maskName(v as string | null),
  complainantPhone: (v) => maskPhone(v as string | null),
  complainantAddress: (v) => maskAddress(v as string | null),
  complainantEmail: (v) => maskEmail(v as string | null),
};

/** zhang.san@example.com → z*******@example.com. */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return null;
  const [user, domain] = email.split('@');
  return `${user?.slice(0, 1) ?? ''}${'*'.repeat(Math.max(1, (user?.length ?? 1) - 1))}@${domain ?? ''}`;
}

/** The fields of a complaint the change log compares. */
export const complaintSnapshot = (c: Complaint) => ({
  number: c.number,
  channel: c.channel,
  anonymous: c.anonymous,
  complainantName: c.complainantName,
  complainantPhone: c.complainantPhone,
  complainantAddress: c.complainantAddress,
  complainantEmail: c.complainantEmail,
  agencyId: c.agencyId,
  officerId: c.officerId,
  caseId: c.caseId,
  content: c.content,
  receivedAt: c.receivedAt,
  status: c.status,
  handlerId: c.handlerId,
  handlerName: c.handlerName,
  rejectionReason: c.rejectionReason,
  finding: c.finding,
  reply: c.reply,
  repliedVia: c.repliedVia,
  repliedOn: c.repliedOn,
});

const WHAT = '投诉举报';
const lockOptions = (tx: EntityManager, identity: Identity) => ({
  what: WHAT,
  visible: (c: Complaint) => mayReadSupervisionOf(tx, identity, c.agencyId),
  label: (c: Complaint) => c.number,
  logAs: COMPLAINT_LOG,
});

/** A dated step of the timeline, in the command's transaction; it keeps the version the step was taken on. */
export function recordStep(tx: EntityManager, identity: Identity, at: Date, c: Complaint, kind: ComplaintStepKind, more: Partial<ComplaintStep> = {}): ComplaintStep {
  return tx.create(ComplaintStep, {
    id: newId(),
    complaintId: c.id,
    complaintVersion: c.version,
    kind,
    status: c.status,
    at,
    actorName: identity.displayName ?? identity.username ?? null,
    actorId: identity.userId,
    note: null,
    handlerId: null,
    handlerName: null,
    handlerCertificateNumber: null,
    caseId: null,
    caseNumber: null,
    ...more,
  });
}

/**
 * One command on complaint `id`: the caller a supervisor (FORBIDDEN otherwise), the complaint one he may read
 * (NOT_FOUND), at `version`, supervised by him (FORBIDDEN); `prepare` checks what can be checked without the lock
 * (rules, the other subgraphs); `apply` changes the locked row, re-checking its rules. One step, one log entry.
 */
async function command<P>(
  ctx: SupervisionContext,
  id: string,
  version: number,
  o: {
    act: ComplaintAction;
    what: string;
    action: string;
    prepare?(c: Complaint): Promise<P> | P;
    /** Checks of supervision's own records that must see the locked row's transaction (e.g. a 回避 recorded meanwhile). */
    guard?(tx: EntityManager, c: Complaint, prepared: P): Promise<void>;
    apply(c: Complaint, prepared: P, now: Date): { kind: ComplaintStepKind; step?: Partial<ComplaintStep> } | null;
  },
): Promise<Complaint> {
  const { identity } = ctx;
  requireRole(identity, 'SUPERVISOR');
  // a first look under the lock, released at once: not found, stale, not his, or not now — before asking anyone
  const seen = await ctx.em.fork().transactional(async (tx) => {
    const c = await lockForEdit(tx, Complaint, id, version, lockOptions(tx, identity));
    await requireSupervisorOf(tx, identity, c.agencyId, o.what);
    requireActFrom(o.act, c.status);
    return c;
  });
  const prepared = (await o.prepare?.(seen)) as P;
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const c = await lockForEdit(tx, Complaint, id, version, lockOptions(tx, identity));
    requireActFrom(o.act, c.status);
    await o.guard?.(tx, c, prepared);
    const before = complaintSnapshot(c);
    const change = o.apply(c, prepared, now);
    if (!change) return c;
    c.updatedAt = now;
    logChange(tx, identity, now, COMPLAINT_LOG, c.id, o.action, diff(before, complaintSnapshot(c), COMPLAINT_LOG_MASKS));
    recordStep(tx, identity, now, c, change.kind, change.step);
    await tx.flush();
    return c;
  });
}

/** 受理 (004 第八条): a received complaint is taken up. */
export function acceptComplaint(ctx: SupervisionContext, id: string, version: number, note?: string | null): Promise<Complaint> {
  requireRole(ctx.identity, 'SUPERVISOR');
  const n = checkNote(note);
  return command(ctx, id, version, {
    act: ComplaintAction.ACCEPT,
    what: '受理投诉举报',
    action: '受理',
    apply: (c, _p, now) => {
      Object.assign(c, { status: ComplaintStatus.ACCEPTED, acceptedAt: now });
      return { kind: ComplaintStepKind.ACCEPTED, step: { note: n } };
    },
  });
}

/** 不予受理 with its reason (DESIGN: rejected with a reason); the complaint's handling ends. */
export function rejectComplaint(ctx: SupervisionContext, id: string, version: number, reason: string): Promise<Complaint> {
  requireRole(ctx.identity, 'SUPERVISOR');
  const r = checkRejectionReason(reason);
  return command(ctx, id, version, {
    act: ComplaintAction.REJECT,
    what: '作出不予受理决定',
    action: '不予受理',
    apply: (c, _p, now) => {
      Object.assign(c, { status: ComplaintStatus.REJECTED, rejectedAt: now, rejectionReason: r });
      return { kind: ComplaintStepKind.REJECTED, step: { note: r } };
    },
  });
}

/**
 * 指定承办人 — or a new one (recorded as such). The handler is a 执法监督人员 at this instant (004 第二十条: 取得行政执法
 * 监督资格; 第二十二条 执法监督证): a personnel officer record with duty SUPERVISION, on duty, holding a valid
 * 执法监督证 — asked of personnel now, failing closed (NOT_ENTITLED, DEPENDENCY_UNAVAILABLE). He works for a
 * 监督机关 of the complained-of agency — his agency is that agency or one above it — and within the assigning
 * supervisor's own subtree (a county supervisor does not assign the prefecture's staff).
 */
export function assignComplaintHandler(ctx: SupervisionContext, id: string, version: number, officerId: string, note?: string | null): Promise<Complaint> {
  requireRole(ctx.identity, 'SUPERVISOR');
  const n = checkNote(note);
  if (!isUuid(officerId ?? '')) throw badInput('请选择承办人（执法监督人员）', 'officerId');
  return command(ctx, id, version, {
    act: ComplaintAction.ASSIGN_HANDLER,
    what: '指定投诉举报的承办人',
    action: '指定承办人',
    prepare: async (c) => {
      if (c.handlerId === officerId) throw badInput('此人已是本件的承办人', 'officerId');
      const credential = (await ctx.loaders.personnel.requireSupervisors([officerId], ctx.clock.now(), '承办投诉举报')).get(officerId)!;
      const handlerAgency = credential.agencyId;
      const fits =
        !!handlerAgency &&
        (await projectedSubtreeContains(ctx.em, SCHEMA, { agencyId: handlerAgency, agencyPath: null }, c.agencyId)) &&
        (await projectedSubtreeContains(ctx.em, SCHEMA, ctx.identity, handlerAgency));
      if (!fits) {
        throw badInput(`${credential.officerName ?? '此人'}不是被投诉执法主体本级或上级、且在您管辖范围内的执法监督人员，不能承办本件投诉举报`, 'officerId');
      }
      return credential;
    },
    // 004 第二十一条: a supervisor who withdrew from this complaint (自行回避, 经申请或者决定回避) does not handle it
    guard: (tx, c, credential) => requireNotRecused(tx, [credential.officerId], { type: RecusalSubjectType.COMPLAINT, id: c.id }, '承办该投诉举报'),
    apply: (c, credential, now) => {
      const previous = c.handlerName;
      const reassigned = c.handlerId !== null;
      if (c.handlerId === credential.officerId) throw badInput('此人已是本件的承办人', 'officerId');
      Object.assign(c, { handlerId: credential.officerId, handlerName: credential.officerName, assignedAt: now });
      return {
        kind: reassigned ? ComplaintStepKind.HANDLER_REASSIGNED : ComplaintStepKind.HANDLER_ASSIGNED,
        step: {
          handlerId: credential.officerId,
          handlerName: credential.officerName,
          handlerCertificateNumber: credential.certificateNumber,
          note: reassigned ? [`原承办人：${previous ?? '—'}`, n].filter(Boolean).join('；') : n,
        },
      };
    },
  });
}

/** 调查核实 begins — by an accepted complaint's handler's team; a handler must be assigned first. */
export function startComplaintInvestigation(ctx: SupervisionContext, id: string, version: number, note?: string | null): Promise<Complaint> {
  requireRole(ctx.identity, 'SUPERVISOR');
  const n = checkNote(note);
  return command(ctx, id, version, {
    act: ComplaintAction.START_INVESTIGATION,
    what: '开始调查核实',
    action: '开始调查核实',
    prepare: (c) => requireHandler(c, ComplaintAction.START_INVESTIGATION),
    apply: (c, _p, now) => {
      requireHandler(c, ComplaintAction.START_INVESTIGATION);
      Object.assign(c, { status: ComplaintStatus.INVESTIGATING, investigationStartedAt: now });
      return { kind: ComplaintStepKind.INVESTIGATION_STARTED, step: { note: n } };
    },
  });
}

/** 办结 with the finding and the reply — how and when it reached the complainant (not needed when anonymous). */
export function concludeComplaint(ctx: SupervisionContext, id: string, version: number, input: ConclusionDraft): Promise<Complaint> {
  requireRole(ctx.identity, 'SUPERVISOR');
  const day = today(ctx.clock);
  return command(ctx, id, version, {
    act: ComplaintAction.CONCLUDE,
    what: '办结投诉举报',
    action: '办结',
    prepare: (c) => {
      requireHandler(c, ComplaintAction.CONCLUDE);
      return checkConclusion(input, c, day);
    },
    apply: (c, _p, now) => {
      const fields = checkConclusion(input, c, day);
      Object.assign(c, { ...fields, status: ComplaintStatus.CONCLUDED, concludedAt: now });
      return { kind: ComplaintStepKind.CONCLUDED, step: { note: fields.reply } };
    },
  });
}

/**
 * The case of the agency complained of, or of one of its sub-units (a complainant rarely knows which unit formally
 * holds the case; the complaint stays against the body he named) — asked of cases with the caller's token, so an
 * unknown case, or one he may not read, is NOT_FOUND; cases unreachable is DEPENDENCY_UNAVAILABLE (fail closed).
 */
export async function checkLinkedCase(em: EntityManager, cases: CasesDirectory, agencyId: string, caseId: string): Promise<CaseFacts> {
  const [facts] = await cases.find([caseId]);
  if (!facts || !(await projectedSubtreeContains(em, SCHEMA, { agencyId, agencyPath: null }, facts.agencyId))) {
    throw badInput(`案件${facts ? `“${facts.number}”` : ''}不属于被投诉的执法主体或其下级单位，不能关联`, 'caseId');
  }
  return facts;
}

/** 关联案件 — set, replace or (null) remove the case the complaint concerns, while it is being handled. */
export function setComplaintCase(ctx: SupervisionContext, id: string, version: number, caseId: string | null): Promise<Complaint> {
  requireRole(ctx.identity, 'SUPERVISOR');
  if (caseId !== null && !isUuid(caseId)) throw badInput('关联案件编号格式不正确', 'caseId');
  return command<CaseFacts | null>(ctx, id, version, {
    act: ComplaintAction.LINK_CASE,
    what: '变更投诉举报关联的案件',
    action: caseId ? '关联案件' : '取消关联案件',
    prepare: (c) => (caseId && caseId !== c.caseId ? checkLinkedCase(ctx.em, ctx.loaders.cases, c.agencyId, caseId) : null),
    apply: (c, facts) => {
      if (c.caseId === caseId) return null; // nothing changes, nothing is recorded
      c.caseId = caseId;
      return caseId
        ? { kind: ComplaintStepKind.CASE_LINKED, step: { caseId, caseNumber: facts?.number ?? null } }
        : { kind: ComplaintStepKind.CASE_UNLINKED };
    },
  });
}
