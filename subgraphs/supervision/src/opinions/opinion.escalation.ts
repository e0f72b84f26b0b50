/**
 * What the 监督通知书 takes from an unmended 监督意见书 (003 第15条: 对逾期未整改完毕的…; 004 第二十三条). The notices'
 * `createNotice` (with an `opinionId`) calls both inside its own transaction:
 *
 *   const opinion = await requireEscalatable(tx, opinionId, ctx);          // locked; PRECONDITION_FAILED unless unmended and overdue
 *   …create the notice, take its number…
 *   await markEscalated(tx, opinionId, notice.id, notice.number, ctx);     // escalatedToNoticeId on the opinion, logged
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkId, diff, DomainError, ErrorCode, logChange, notFound, today, type Clock, type Identity } from '@jiandu/kit';
import { SupervisionOpinion } from './opinion.entity.js';
import { escalationRefusal } from './opinion.rules.js';
import { OPINION_LOG, opinionVisibility } from './opinion.service.js';

export interface EscalationContext {
  identity: Identity;
  clock: Clock;
}

/**
 * The opinion `opinionId`, locked for the rest of `tx` (two notices cannot be made of one opinion): NOT_FOUND unless
 * it exists and the caller may read it; PRECONDITION_FAILED unless it is unmended past its deadline, not escalated
 * and no report waits for a verdict (opinion.rules.ts `escalationRefusal`).
 */
export async function requireEscalatable(tx: EntityManager, opinionId: string, ctx: EscalationContext): Promise<SupervisionOpinion> {
  checkId(opinionId, '监督意见书');
  const visible = opinionVisibility(ctx.identity);
  const o = visible ? await tx.findOne(SupervisionOpinion, { $and: [{ id: opinionId }, visible] }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!o) throw notFound('监督意见书', opinionId);
  const refusal = escalationRefusal(o, today(ctx.clock));
  if (refusal) throw new DomainError(ErrorCode.PRECONDITION_FAILED, refusal, { field: 'opinionId', status: o.status, dueOn: o.dueOn });
  return o;
}

/** Records on the opinion that notice `noticeId` (`noticeNumber`) was issued for it; run after `requireEscalatable` in the same `tx`. */
export async function markEscalated(tx: EntityManager, opinionId: string, noticeId: string, noticeNumber: string, ctx: EscalationContext): Promise<SupervisionOpinion> {
  const o = await tx.findOne(SupervisionOpinion, { id: opinionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!o) throw notFound('监督意见书', opinionId);
  if (o.escalatedToNoticeId) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '该监督意见书已转为监督通知书', { field: 'opinionId' });
  const now = ctx.clock.now();
  Object.assign(o, { escalatedToNoticeId: noticeId, escalatedNoticeNumber: noticeNumber, escalatedAt: now, updatedAt: now });
  logChange(tx, ctx.identity, now, OPINION_LOG, o.id, '转为监督通知书', diff({ escalatedNoticeNumber: null }, { escalatedNoticeNumber: noticeNumber }));
  await tx.flush();
  return o;
}
