/**
 * The payloads of the events between supervision and the owners of what it corrects (DESIGN "Events": a
 * sanction suspends a certificate; a supervision decision revokes a case decision and withdraws its publicity).
 * Producer and consumer live in different subgraphs, so the contract lives here, once. Every payload names
 * only ids and the facts the consumer needs to act and to cite its basis — never a copy of the other side's data.
 */

/** 暂扣行政执法证 / 吊销行政执法证 (004 第三十三条), the two sanctions that reach a certificate. */
export type CertificateSanctionKind = 'SUSPEND_CERTIFICATE' | 'REVOKE_CERTIFICATE';

/** `sanction.issued` (supervision → personnel). */
export interface SanctionIssuedPayload {
  sanctionId: string;
  /** The sanction's document number, cited as the certificate change's basis, e.g. 监处〔2026〕1号. */
  number: string;
  kind: CertificateSanctionKind;
  officerId: string;
  /** Ground of 004 第三十三条, in words (e.g. 超越法定权限或者范围实施行政执法（004 第三十三条第（三）项）). */
  groundText: string;
  /** The facts found, as the certificate history's reason. */
  facts: string;
  /** The day it takes effect (YYYY-MM-DD); a 暂扣 runs from it for personnel's policy length. */
  effectiveOn: string;
  /** Who decided (the issuing body and the supervisor), for the history's actor. */
  decidedBy: string;
}

/** `sanction.applied` (personnel → supervision): what the sanction did to the certificate. */
export interface SanctionAppliedPayload {
  sanctionId: string;
  /** APPLIED: the certificate changed; NOT_APPLIED: it could not (see `reason`), e.g. no open certificate. */
  outcome: 'APPLIED' | 'NOT_APPLIED';
  certificateId: string | null;
  certificateNumber: string | null;
  /** For a 暂扣: its last day, from personnel's policy (e.g. 3 months, 003 第4条). */
  endsOn: string | null;
  /** personnel's rule text for the length (policy and source). */
  rule: string | null;
  reason: string | null;
  appliedAt: string;
}

/** The three 监督决定书 types that undo a case decision (004 第二十五条). */
export type CaseDecisionCorrection = 'REVOKE' | 'CONFIRM_ILLEGAL' | 'CONFIRM_INVALID';

/** `case-decision.corrected` (supervision → cases). */
export interface CaseDecisionCorrectedPayload {
  decisionId: string;
  /** The 监督决定书's number, cited as the basis of the withdrawal, e.g. 监决〔2026〕1号. */
  number: string;
  caseId: string;
  correction: CaseDecisionCorrection;
  /** The day the 监督决定书 was made (YYYY-MM-DD). */
  decidedOn: string;
  issuingBody: string;
  /** Why, as the case's mark and the withdrawal's reason. */
  reason: string;
}

/** `case-decision.correction-applied` (cases → supervision). */
export interface CaseDecisionCorrectionAppliedPayload {
  decisionId: string;
  caseId: string;
  outcome: 'APPLIED' | 'NOT_APPLIED';
  /** Whether a published decision was withdrawn from the public list by it. */
  publicationWithdrawn: boolean;
  reason: string | null;
  appliedAt: string;
}
