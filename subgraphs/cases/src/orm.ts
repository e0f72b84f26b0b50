import { AgencyProjection, ChangeLog, createOrm, ProcessedEvent, type MikroORM } from '@jiandu/kit';
import { MajorReviewEntry } from './matters/major-review.entity.js';
import { EnforcementMatter } from './matters/matter.entity.js';
import { migrations } from './migrations/index.js';
import { caseEntities } from './cases/case.entity.js';
import { recordEntities } from './record/record.entity.js';
import { publicityEntities } from './publicity/publicity.entity.js';

/** The PostgreSQL schema cases owns; no other subgraph reads it. */
export const SCHEMA = 'cases';
export const entities = [AgencyProjection, ProcessedEvent, EnforcementMatter, MajorReviewEntry, ChangeLog, ...caseEntities, ...recordEntities, ...publicityEntities];

export function createCasesOrm(databaseUrl: string): Promise<MikroORM> {
  return createOrm({ schema: SCHEMA, databaseUrl, entities, migrations });
}
