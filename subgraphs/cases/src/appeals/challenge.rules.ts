import { DomainError, ErrorCode, InputProblems, isAfter, isBefore, isLocalDate, type LocalDate } from '@jiandu/kit';
import { CaseStage, STAGE_ORDER } from '../cases/case.enums.js';
import { ChallengeKind, ChallengeOutcome } from './challenge.entity.js';

/**
 * 纠错 (003 第16条 "行政诉讼与复议纠错案件"): a reconsideration or suit ended by the decision being varied,
 * revoked, confirmed illegal or invalid, or the agency being ordered to perform — the outcomes that correct
 * the agency. 维持, 撤回/驳回起诉 and 调解 do not.
 */
export const CORRECTED_OUTCOMES: readonly ChallengeOutcome[] = Object.freeze([
  ChallengeOutcome.VARIED,
  ChallengeOutcome.REVOKED,
  ChallengeOutcome.CONFIRMED_ILLEGAL,
  ChallengeOutcome.CONFIRMED_INVALID,
  ChallengeOutcome.ORDERED_TO_PERFORM,
]);

/** Whether an outcome is 纠错 (003 第16条). */
export function isCorrected(outcome: ChallengeOutcome | null): boolean {
  return outcome !== null && CORRECTED_OUTCOMES.includes(outcome);
}

/** Pending (审理中): no outcome yet. A pending one bars a 监督决定书 on the decision (004 第二十五条). */
export function isPending(c: { outcome: ChallengeOutcome | null }): boolean {
  return c.outcome === null;
}

/** The state supervision asks for (004 第二十五条): pending or not, and of which kinds. */
export function challengeState(caseId: string, challenges: readonly { kind: ChallengeKind; outcome: ChallengeOutcome | null }[]) {
  const kinds = [...new Set(challenges.filter(isPending).map((c) => c.kind))].sort();
  return { caseId, pending: kinds.length > 0, kinds, challenged: challenges.length > 0 };
}

/** Only a decision can be contested: the case is at 决定 or later and its decision date is recorded. */
export function requireDecided(c: { stage: CaseStage; decidedOn: string | null }): LocalDate {
  if (STAGE_ORDER.indexOf(c.stage) < STAGE_ORDER.indexOf(CaseStage.DECISION) || !c.decidedOn) {
    throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '案件尚未作出决定，不能登记复议或诉讼', { field: 'caseId', stage: c.stage });
  }
  return c.decidedOn;
}

export interface ChallengeFields {
  kind: ChallengeKind;
  body: string;
  filedOn: LocalDate;
  acceptedOn: LocalDate | null;
}

const BODY_MAX = 100;
const NOTE_MAX = 2000;

/** A date field: well-formed and not after today (by the kit clock). */
function checkDate(p: InputProblems, value: string | null | undefined, field: string, label: string, today: LocalDate): value is LocalDate {
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
 * A new 复议 or 诉讼 against a decision made on `decidedOn`: filed on or after the decision and not in the
 * future; accepted (if given) on or after filing and not in the future; the body named.
 */
export function checkChallenge(input: { kind: ChallengeKind; body: string; filedOn: string; acceptedOn?: string | null }, decidedOn: LocalDate, today: LocalDate): ChallengeFields {
  const p = new InputProblems();
  const body = (input.body ?? '').trim();
  p.check(body.length > 0 && body.length <= BODY_MAX, 'body', `请填写复议机关或人民法院名称（不超过 ${BODY_MAX} 字）`);
  if (checkDate(p, input.filedOn, 'filedOn', '申请或起诉日期', today)) {
    p.check(!isBefore(input.filedOn, decidedOn), 'filedOn', `申请或起诉日期不能早于决定日期（${decidedOn}）`);
  }
  const accepted = input.acceptedOn ?? null;
  if (accepted !== null && checkDate(p, accepted, 'acceptedOn', '受理日期', today) && isLocalDate(input.filedOn)) {
    p.check(!isBefore(accepted, input.filedOn), 'acceptedOn', '受理日期不能早于申请或起诉日期');
  }
  p.throwIfAny();
  return { kind: input.kind, body, filedOn: input.filedOn, acceptedOn: accepted };
}

export interface OutcomeFields {
  outcome: ChallengeOutcome;
  outcomeOn: LocalDate;
  outcomeNote: string | null;
  acceptedOn: LocalDate | null;
}

/**
 * The outcome of a pending challenge: once recorded it is final here (a second outcome is refused); dated on
 * or after filing (and acceptance), not in the future. A 纠错 outcome needs a note saying what was corrected —
 * the 台账 of 003 第16条 is kept case by case.
 */
export function checkOutcome(
  challenge: { filedOn: string; acceptedOn: string | null; outcome: ChallengeOutcome | null },
  input: { outcome: ChallengeOutcome; outcomeOn: string; outcomeNote?: string | null; acceptedOn?: string | null },
  today: LocalDate,
): OutcomeFields {
  if (!isPending(challenge)) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '该复议或诉讼已登记结果，不能再次登记', { field: 'outcome' });
  const p = new InputProblems();
  const accepted = input.acceptedOn ?? challenge.acceptedOn;
  if (input.acceptedOn != null && checkDate(p, input.acceptedOn, 'acceptedOn', '受理日期', today)) {
    p.check(!isBefore(input.acceptedOn, challenge.filedOn), 'acceptedOn', '受理日期不能早于申请或起诉日期');
  }
  if (checkDate(p, input.outcomeOn, 'outcomeOn', '结果日期', today)) {
    if (isBefore(input.outcomeOn, challenge.filedOn)) p.add('outcomeOn', `结果日期不能早于申请或起诉日期（${challenge.filedOn}）`);
    else if (accepted && isLocalDate(accepted) && isBefore(input.outcomeOn, accepted)) p.add('outcomeOn', `结果日期不能早于受理日期（${accepted}）`);
  }
  const note = input.outcomeNote?.trim() || null;
  p.check(note === null || note.length <= NOTE_MAX, 'outcomeNote', `结果说明不超过 ${NOTE_MAX} 字`);
  p.check(!isCorrected(input.outcome) || (note !== null && note.length >= 4), 'outcomeNote', '被纠错的，请说明纠错内容（至少 4 个字），以便建立纠错台账（003 第16条）');
  p.throwIfAny();
  return { outcome: input.outcome, outcomeOn: input.outcomeOn, outcomeNote: note, acceptedOn: accepted ?? null };
}
