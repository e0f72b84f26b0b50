/**
 * Pure rules of 回避 (004 第二十一条): 行政执法监督人员本人或者其近亲属与办理的监督事项有利害关系，或者有其他情形可能
 * 影响监督事项公正处理的，应当自行回避；被监督机关、投诉举报人有权申请其回避，行政执法监督人员的回避由其所在单位
 * 主要负责人决定；行政执法监督人员没有自行回避，被监督机关、投诉举报人也没有申请其回避的，行政执法监督机关应当
 * 决定其回避.
 */
import { DomainError, ErrorCode, InputProblems, isAfter, isBefore, isLocalDate, type LocalDate } from '@jiandu/kit';
import { RecusalApplicant, RecusalStatus, RecusalWay } from './recusal.entity.js';

export const GROUNDS_MIN = 4;
export const GROUNDS_MAX = 2000;
export const NAME_MAX = 100;

/** A 回避 keeps the supervisor off the matter once self-declared, ordered, or approved on application. */
export function inEffect(r: { status: RecusalStatus }): boolean {
  return r.status === RecusalStatus.IN_EFFECT;
}

/** The status a new 回避 starts in: 自行回避 and 决定回避 take effect at once; an application waits for the 主要负责人. */
export function initialStatus(way: RecusalWay): RecusalStatus {
  return way === RecusalWay.APPLIED ? RecusalStatus.PENDING : RecusalStatus.IN_EFFECT;
}

function grounds(p: InputProblems, value: string | null | undefined, field: string, label: string): string {
  const g = (value ?? '').trim();
  p.check(g.length >= GROUNDS_MIN, field, `请写明${label}（至少 ${GROUNDS_MIN} 个字）`);
  p.check(g.length <= GROUNDS_MAX, field, `${label}不超过 ${GROUNDS_MAX} 字`);
  return g;
}

function name(p: InputProblems, value: string | null | undefined, field: string, label: string): string {
  const n = (value ?? '').trim();
  p.check(n.length > 0, field, `请填写${label}`);
  p.check(n.length <= NAME_MAX, field, `${label}不超过 ${NAME_MAX} 字`);
  return n;
}

function date(p: InputProblems, value: string | null | undefined, field: string, label: string, today: LocalDate): value is LocalDate {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    p.add(field, `${label}格式应为 YYYY-MM-DD`);
    return false;
  }
  if (isAfter(value, today)) {
    p.add(field, `${label}不能晚于今天（${today}）`);
    return false;
  }
  return true;
}

/**
 * 004 第二十一条 自行回避: declared by the supervisor himself (the caller's account is linked to that officer
 * record), with the conflict (利害关系 or other circumstance) written down.
 */
export function checkSelfDeclaration(input: { officerId: string; grounds: string }, callerOfficerId: string | null): { grounds: string } {
  if (!callerOfficerId || callerOfficerId !== input.officerId) {
    throw new DomainError(ErrorCode.FORBIDDEN, '自行回避只能由执法监督人员本人提出（您的账号须关联该执法监督人员）（004 第二十一条）', { field: 'officerId' });
  }
  const p = new InputProblems();
  const g = grounds(p, input.grounds, 'grounds', '回避事由（利害关系或可能影响公正处理的情形）');
  p.throwIfAny();
  return { grounds: g };
}

export interface ApplicationFields {
  applicantKind: RecusalApplicant;
  applicantName: string;
  grounds: string;
  appliedOn: LocalDate;
}

/**
 * 004 第二十一条 申请回避: the supervised body or the complainant — nobody else — applies, named, with grounds, on a
 * date not in the future. An agency administrator applies only for the supervised body (his own).
 */
export function checkApplication(
  input: { applicantKind: RecusalApplicant; applicantName: string; grounds: string; appliedOn: string },
  today: LocalDate,
  o: { bySupervisedBody: boolean },
): ApplicationFields {
  const p = new InputProblems();
  p.check(Object.values(RecusalApplicant).includes(input.applicantKind), 'applicantKind', '申请人只能是被监督机关或投诉举报人（004 第二十一条）');
  if (o.bySupervisedBody) p.check(input.applicantKind === RecusalApplicant.SUPERVISED_BODY, 'applicantKind', '执法部门管理员只能以被监督机关名义申请回避');
  const applicantName = name(p, input.applicantName, 'applicantName', '申请人名称或姓名');
  const g = grounds(p, input.grounds, 'grounds', '申请回避的理由');
  date(p, input.appliedOn, 'appliedOn', '申请日期', today);
  p.throwIfAny();
  return { applicantKind: input.applicantKind, applicantName, grounds: g, appliedOn: input.appliedOn };
}

export interface DecisionFields {
  approved: boolean;
  decidedBy: string;
  decidedOn: LocalDate;
  decisionReason: string | null;
  status: RecusalStatus;
}

/**
 * 004 第二十一条 回避由其所在单位主要负责人决定: an application is decided once — approved (the 回避 takes effect)
 * or rejected (with reasons) — by the 主要负责人, named, on a date not before the application nor in the future.
 */
export function checkApplicationDecision(
  r: { way: RecusalWay; status: RecusalStatus; appliedOn: string | null },
  input: { approved: boolean; decidedBy: string; decidedOn: string; reason?: string | null },
  today: LocalDate,
): DecisionFields {
  if (r.way !== RecusalWay.APPLIED) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '只有回避申请需要主要负责人决定', { field: 'approved' });
  if (r.status !== RecusalStatus.PENDING) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '该回避申请已经决定，不能再次决定', { field: 'approved' });
  const p = new InputProblems();
  const decidedBy = name(p, input.decidedBy, 'decidedBy', '作出决定的主要负责人姓名');
  if (date(p, input.decidedOn, 'decidedOn', '决定日期', today) && r.appliedOn) {
    p.check(!isBefore(input.decidedOn, r.appliedOn), 'decidedOn', `决定日期不能早于申请日期（${r.appliedOn}）`);
  }
  const reason = input.reason?.trim() || null;
  p.check(input.approved || (reason !== null && reason.length >= GROUNDS_MIN), 'reason', `驳回回避申请的，请说明理由（至少 ${GROUNDS_MIN} 个字）`);
  p.check(reason === null || reason.length <= GROUNDS_MAX, 'reason', `决定理由不超过 ${GROUNDS_MAX} 字`);
  p.throwIfAny();
  return { approved: input.approved, decidedBy, decidedOn: input.decidedOn, decisionReason: reason, status: input.approved ? RecusalStatus.IN_EFFECT : RecusalStatus.REJECTED };
}

/**
 * 004 第二十一条 …没有自行回避…也没有申请其回避的，行政执法监督机关应当决定其回避: the 监督机关's order, with its
 * reasons, who decided and when. Refused while the supervisor already withdrew (nothing to order) or while an
 * application is pending (the 主要负责人 decides that one first).
 */
export function checkOrder(
  input: { grounds: string; decidedBy: string; decidedOn: string },
  today: LocalDate,
  open: readonly { way: RecusalWay; status: RecusalStatus }[],
): { grounds: string; decidedBy: string; decidedOn: LocalDate } {
  requireOrderable(open);
  const p = new InputProblems();
  const g = grounds(p, input.grounds, 'grounds', '决定回避的理由');
  const decidedBy = name(p, input.decidedBy, 'decidedBy', '作出决定的监督机关或其负责人');
  date(p, input.decidedOn, 'decidedOn', '决定日期', today);
  p.throwIfAny();
  return { grounds: g, decidedBy, decidedOn: input.decidedOn };
}

/** 决定回避 only where nothing is open: not once he withdrew, nor while an application awaits its decision (004 第二十一条). */
export function requireOrderable(open: readonly { way: RecusalWay; status: RecusalStatus }[]): void {
  if (open.some(inEffect)) throw new DomainError(ErrorCode.DUPLICATE, '该执法监督人员已就此监督事项回避，无需再决定回避（004 第二十一条）', { field: 'officerId' });
  if (open.some((r) => r.status === RecusalStatus.PENDING)) {
    throw new DomainError(ErrorCode.PRECONDITION_FAILED, '已有待决定的回避申请，请先由主要负责人对申请作出决定（004 第二十一条）', { field: 'officerId' });
  }
}

/** A recusal already open (pending or in effect) for the same supervisor and matter is not recorded twice. */
export function requireNoneOpen(open: readonly { way: RecusalWay; status: RecusalStatus }[]): void {
  if (open.some(inEffect)) throw new DomainError(ErrorCode.DUPLICATE, '该执法监督人员已就此监督事项回避（004 第二十一条）', { field: 'officerId' });
  if (open.some((r) => r.status === RecusalStatus.PENDING)) throw new DomainError(ErrorCode.DUPLICATE, '已有针对该执法监督人员的回避申请待决定（004 第二十一条）', { field: 'officerId' });
}

/** Nobody records or decides a 回避 about himself, save declaring his own (自行回避). */
export function requireNotConcerned(callerOfficerId: string | null, officerId: string, what: string): void {
  if (callerOfficerId && callerOfficerId === officerId) {
    throw new DomainError(ErrorCode.FORBIDDEN, `被申请回避的执法监督人员本人不能${what}（004 第二十一条）`, { field: 'officerId' });
  }
}
