/**
 * supervision's consumer of cases' answer to a 撤销 / 确认违法 / 确认无效 decision (`case-decision.correction-applied`):
 * records on the decision whether and when its effect reached the case, and whether the case's publication was
 * withdrawn by it. Idempotent through kit (`handleOnce`: the event id is recorded with the effect), so a redelivery
 * after a crash changes nothing; registered in the subgraph's index.ts.
 */
import { LockMode } from '@mikro-orm/core';
import { diff, logChange, type CaseDecisionCorrectionAppliedPayload, type EventEnvelope, type EventHandlers, type Identity } from '@jiandu/kit';
import { SupervisionDecision } from './decision.entity.js';
import { DecisionEffectState } from './decision.enums.js';
import { DECISION_LOG } from './decision.service.js';

/** Who records what another subgraph reported: the system, not a person (the change log shows it so). */
export const SYSTEM_ACTOR: Identity = Object.freeze({
  anonymous: false, userId: null, username: 'system', displayName: '系统', roles: [], agencyId: null, agencyPath: null, officerId: null,
}) as Identity;

export function decisionEffectHandlers(): EventHandlers {
  return {
    'case-decision.correction-applied': async (event, tx) => {
      const p = (event as EventEnvelope<CaseDecisionCorrectionAppliedPayload>).payload;
      const d = await tx.findOne(SupervisionDecision, { id: p.decisionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!d) return; // not ours (a decision never committed here cannot have been sent): nothing to record
      const at = new Date(p.appliedAt);
      const state = p.outcome === 'APPLIED' ? DecisionEffectState.APPLIED : DecisionEffectState.NOT_APPLIED;
      const before = { effect: d.effect, effectReason: d.effectReason, publicationWithdrawn: d.publicationWithdrawn };
      Object.assign(d, { effect: state, effectReason: p.reason, effectAppliedAt: at, publicationWithdrawn: p.publicationWithdrawn, updatedAt: at });
      logChange(tx, SYSTEM_ACTOR, at, DECISION_LOG, d.id, state === DecisionEffectState.APPLIED ? '案件纠正已生效' : '案件纠正未生效',
        diff(before, { effect: d.effect, effectReason: d.effectReason, publicationWithdrawn: d.publicationWithdrawn }));
    },
  };
}
