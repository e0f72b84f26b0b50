/**
 * cases' consumer of supervision's `case-decision.corrected` (a 《行政执法监督决定书》 of 撤销 / 确认违法 / 确认无效,
 * 004 第二十五条): marks the case's decision, withdraws its publication if published — or closes a pending one so it
 * is never published (002 （二）3 事后公开（三）) — logs both as the system, and answers supervision with
 * `case-decision.correction-applied` in the same transaction. Idempotent through kit (`handleOnce`): a redelivery
 * after a crash between commit and acknowledgement changes nothing and answers nothing twice.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  diff, eventEnvelope, logChange, publish, type CaseDecisionCorrectedPayload, type CaseDecisionCorrectionAppliedPayload, type Clock, type EventEnvelope,
  type EventHandlers, type Identity,
} from '@jiandu/kit';
import { EnforcementCase } from '../cases/case.entity.js';
import { CASE_LOG } from '../cases/case.access.js';
import { CaseChallenge } from '../appeals/challenge.entity.js';
import { CasePublication, PublicationStatus } from '../publicity/publicity.entity.js';
import { applyWithdrawal } from '../publicity/publicity.service.js';
import { correctionRefusal, CORRECTION_TEXT, KIND_OF, withdrawalReason } from './correction.rules.js';

/** Who applies what another subgraph decided: the system, not a person (the change log shows it so). */
export const SYSTEM_ACTOR: Identity = Object.freeze({
  anonymous: false, userId: null, username: 'system', displayName: '系统', roles: [], agencyId: null, agencyPath: null, officerId: null,
}) as Identity;

async function applyCorrection(tx: EntityManager, clock: Clock, p: CaseDecisionCorrectedPayload): Promise<CaseDecisionCorrectionAppliedPayload> {
  const now = clock.now();
  const answer = (outcome: 'APPLIED' | 'NOT_APPLIED', publicationWithdrawn: boolean, reason: string | null): CaseDecisionCorrectionAppliedPayload =>
    ({ decisionId: p.decisionId, caseId: p.caseId, outcome, publicationWithdrawn, reason, appliedAt: now.toISOString() });
  const c = await tx.findOne(EnforcementCase, { id: p.caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const pending = c ? await tx.count(CaseChallenge, { caseId: c.id, outcome: null }) : 0;
  const refusal = correctionRefusal(c, pending);
  if (refusal || !c) return answer('NOT_APPLIED', false, refusal);

  const kind = KIND_OF[p.correction];
  const mark = {
    correction: kind, correctedByNumber: p.number, correctedByBody: p.issuingBody, correctedByDecisionId: p.decisionId, correctedOn: p.decidedOn,
    correctionReason: p.reason, correctedAt: now,
  };
  Object.assign(c, mark, { updatedAt: now });
  logChange(tx, SYSTEM_ACTOR, now, CASE_LOG, c.id, `监督决定书${CORRECTION_TEXT[kind]}`, diff({}, { correction: kind, correctedByNumber: p.number, correctedByBody: p.issuingBody, correctedOn: p.decidedOn, correctionReason: p.reason }));

  const publication = await tx.findOne(CasePublication, { caseId: c.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const reason = withdrawalReason(p);
  if (publication?.status === PublicationStatus.PUBLISHED) {
    applyWithdrawal(tx, SYSTEM_ACTOR, now, publication, reason, p.number);
    return answer('APPLIED', true, null);
  }
  if (publication?.status === PublicationStatus.PENDING) {
    applyWithdrawal(tx, SYSTEM_ACTOR, now, publication, reason, p.number);
    return answer('APPLIED', false, '该决定尚未公示，已停止公示，不再公示');
  }
  return answer('APPLIED', false, null);
}

/** The handlers cases registers (index.ts) besides its agency projection; `clock` dates what they do. */
export function correctionHandlers(clock: Clock): EventHandlers {
  return {
    'case-decision.corrected': async (event, tx) => {
      const result = await applyCorrection(tx, clock, (event as EventEnvelope<CaseDecisionCorrectedPayload>).payload);
      await tx.flush();
      await publish(tx, eventEnvelope('cases', 'case-decision.correction-applied', clock.now(), result));
    },
  };
}
