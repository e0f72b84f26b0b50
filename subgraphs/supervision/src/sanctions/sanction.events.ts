/**
 * supervision's consumer of `sanction.applied` (personnel → supervision, DESIGN "Events"): what a 暂扣 or 吊销 did to
 * the certificate is recorded on the sanction as its effect. kit runs it once per event id (`handleOnce`); an answer
 * already recorded stands (a sanction is applied once by personnel, which also refuses a second entry per sanction).
 */
import { LockMode } from '@mikro-orm/core';
import { diff, logChange, logger, type EventEnvelope, type EventHandlers, type Identity, type SanctionAppliedPayload } from '@jiandu/kit';
import { Sanction } from './sanction.entity.js';
import { SanctionEffectState } from './sanction.enums.js';
import { SANCTION_LOG } from './sanction.service.js';

/** personnel's answer is recorded in the change log as the system's act, not a person's. */
const PERSONNEL: Identity = Object.freeze({
  anonymous: false, userId: null, username: 'personnel', displayName: '人事子图（证件处理）', roles: [], agencyId: null, agencyPath: null, officerId: null,
}) as Identity;

const effectOf = (s: Sanction) => ({
  effectState: s.effectState, effectCertificateNumber: s.effectCertificateNumber, effectEndsOn: s.effectEndsOn, effectReason: s.effectReason,
});

export const sanctionEventHandlers: EventHandlers = {
  'sanction.applied': async (event, tx) => {
    const { payload: p, occurredAt } = event as EventEnvelope<SanctionAppliedPayload>;
    const s = await tx.findOne(Sanction, { id: p.sanctionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!s) {
      logger.warn({ sanctionId: p.sanctionId }, 'sanction.applied for an unknown sanction, ignored');
      return;
    }
    if (s.effectState !== SanctionEffectState.PENDING) return; // an answer already recorded stands
    const before = effectOf(s);
    const at = new Date(p.appliedAt ?? occurredAt);
    Object.assign(s, {
      effectState: p.outcome === 'APPLIED' ? SanctionEffectState.APPLIED : SanctionEffectState.NOT_APPLIED,
      effectCertificateId: p.certificateId,
      effectCertificateNumber: p.certificateNumber,
      effectEndsOn: p.endsOn,
      effectRule: p.rule,
      effectReason: p.reason,
      effectAppliedAt: at,
      updatedAt: at,
    });
    logChange(tx, PERSONNEL, at, SANCTION_LOG, s.id, p.outcome === 'APPLIED' ? '证件处理已生效' : '证件处理未生效', diff(before, effectOf(s)));
  },
};
