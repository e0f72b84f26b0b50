/**
 * personnel's consumer of `sanction.issued` (supervision → personnel, DESIGN "Events"; 004 第三十三条, 003 第4条): a
 * 暂扣 or 吊销 decided by the supervision body reaches the officer's certificate as a history entry whose basis is the
 * sanction's number (and whose `sanctionId` links it), and personnel answers with `sanction.applied` in the same
 * transaction — what it did, or why it could not. kit runs the handler once per event id; besides, a certificate
 * entry per sanction is unique, so a second event about the same sanction answers what was done and changes nothing.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  eventEnvelope, newId, publish, type Clock, type EventEnvelope, type EventHandlers, type SanctionAppliedPayload, type SanctionIssuedPayload,
} from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { policyFor } from '../policies/policy.service.js';
import { PolicyKey, ruleText } from '../policies/policy.rules.js';
import { Certificate, CertificateKind } from './certificate.entity.js';
import { CertificateEvent, CertificateEventKind, SuspensionGround } from './certificate-event.entity.js';
import { loadHistories } from './certificate.history.js';
import { statusAt } from './certificate.rules.js';
import { planSanction, sanctionedCertificate } from './certificate.sanction.rules.js';

const answer = (p: SanctionIssuedPayload, now: Date, o: Partial<SanctionAppliedPayload> & Pick<SanctionAppliedPayload, 'outcome'>): SanctionAppliedPayload => ({
  sanctionId: p.sanctionId, certificateId: null, certificateNumber: null, endsOn: null, rule: null, reason: null, appliedAt: now.toISOString(), ...o,
});

/** Applies one sanction (inside the handler's transaction `tx`) and returns the answer to publish. */
export async function applySanction(tx: EntityManager, p: SanctionIssuedPayload, now: Date): Promise<SanctionAppliedPayload> {
  const prior = await tx.findOne(CertificateEvent, { sanctionId: p.sanctionId });
  if (prior) {
    const cert = await tx.findOneOrFail(Certificate, { id: prior.certificateId });
    return answer(p, now, { outcome: 'APPLIED', certificateId: cert.id, certificateNumber: cert.number, endsOn: prior.endsOn, rule: prior.rule, appliedAt: prior.recordedAt.toISOString() });
  }
  const officer = await tx.findOne(Officer, { id: p.officerId });
  if (!officer) return answer(p, now, { outcome: 'NOT_APPLIED', reason: '人员子图中没有该执法人员' });
  // Locked like every certificate command: a concurrent 暂扣 by the administrator waits, so the overlap check holds.
  const certs = await tx.find(Certificate, { officerId: officer.id, kind: CertificateKind.ENFORCEMENT }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { issuedOn: 'desc', id: 'asc' } });
  const histories = await loadHistories(tx, certs.map((c) => c.id));
  const chosen = sanctionedCertificate(certs, (c) => statusAt(c, histories.get(c.id)!, now), p.kind);
  if (!chosen.cert) return answer(p, now, { outcome: 'NOT_APPLIED', certificateId: chosen.ended?.id ?? null, certificateNumber: chosen.ended?.number ?? null, reason: chosen.reason });
  const cert = chosen.cert;
  const agency = await tx.findOneOrFail(Agency, { id: officer.agencyId });
  const months = await policyFor(tx, agency, PolicyKey.SUSPENSION_MONTHS);
  const plan = planSanction(cert, histories.get(cert.id)!, now, p.kind, p.effectiveOn, months.value);
  const target = { certificateId: cert.id, certificateNumber: cert.number };
  if (!plan.apply) return answer(p, now, { outcome: 'NOT_APPLIED', ...target, reason: plan.reason });
  const rule = plan.kind === CertificateEventKind.SUSPENDED ? ruleText(months) : null;
  // Bumps the version — every change of history is a change of the certificate, so a clerk's screen from before it
  // is stale — also when the clock reads the instant of the last change (a pinned clock).
  cert.updatedAt = new Date(Math.max(now.getTime(), cert.updatedAt.getTime() + 1));
  tx.create(CertificateEvent, {
    id: newId(),
    certificateId: cert.id,
    kind: plan.kind,
    effectiveFrom: plan.effectiveFrom,
    effectiveUntil: plan.effectiveUntil,
    endsOn: plan.endsOn,
    ground: plan.kind === CertificateEventKind.SUSPENDED ? SuspensionGround.SANCTION : null,
    reason: `${p.facts}（${p.groundText}）`,
    basis: p.number,
    rule,
    sanctionId: p.sanctionId,
    actorName: p.decidedBy,
    actorId: null,
    recordedAt: now,
  });
  return answer(p, now, { outcome: 'APPLIED', ...target, endsOn: plan.endsOn, rule });
}

/** personnel's event handlers: `sanction.issued`, on the process clock (pinned in tests and demos), asked when an event comes. */
export function sanctionEventHandlers(clock: () => Clock): EventHandlers {
  return {
    'sanction.issued': async (event, tx) => {
      const now = clock().now();
      const applied = await applySanction(tx, (event as EventEnvelope<SanctionIssuedPayload>).payload, now);
      await publish(tx, eventEnvelope('personnel', 'sanction.applied', now, applied));
    },
  };
}
