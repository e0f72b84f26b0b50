/** What other folders of supervision use of the 监督意见书 (the notices' `createNotice` with an `opinionId`). */
export { markEscalated, requireEscalatable, type EscalationContext } from './opinion.escalation.js';
