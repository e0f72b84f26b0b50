import { AgencyProjection, ChangeLog, createOrm, ProcessedEvent, type MikroORM } from '@jiandu/kit';
import { Complaint } from './complaints/complaint.entity.js';
import { ComplaintCounter } from './complaints/complaint-counter.entity.js';
import { ComplaintStep } from './complaints/complaint-step.entity.js';
import { DocumentCounter } from './documents/document-counter.entity.js';
import { sanctionEntities } from './sanctions/sanction.entity.js';
import { migrations } from './migrations/index.js';
import { noticeEntities } from './notices/notice.entity.js';
import { decisionEntities } from './decisions/decision.entity.js';
import { onsiteEntities } from './onsite/onsite.entities.js';
import { reviewEntities } from './reviews/review.entity.js';
import { opinionEntities } from './opinions/opinion.entity.js';

/** The PostgreSQL schema supervision owns; no other subgraph reads it. */
export const SCHEMA = 'supervision';
export const entities = [AgencyProjection, ProcessedEvent, ChangeLog, DocumentCounter, Complaint, ComplaintCounter, ComplaintStep, ...sanctionEntities, ...noticeEntities, ...decisionEntities, ...onsiteEntities, ...reviewEntities, ...opinionEntities];

export function createSupervisionOrm(databaseUrl: string): Promise<MikroORM> {
  return createOrm({ schema: SCHEMA, databaseUrl, entities, migrations });
}
