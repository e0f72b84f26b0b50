import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, ChangeLog, env, groupedLoader, pagedGroupedLoader, type Clock, type Identity } from '@jiandu/kit';
import { EnforcementMatter } from './matters/matter.entity.js';
import { CaseFiling, CasePublication } from './publicity/publicity.entity.js';
import { CaseHandler, CaseParty, CaseTransition, LegalReviewRound } from './cases/case.entity.js';
import { entitlementsVia } from './cases/case.entitlements.js';
import { CaseRecordEntry } from './record/record.entity.js';

/** Batched per request; `entitlements` asks personnel on the caller's behalf (his token forwarded). */
export function createLoaders(em: EntityManager, identity?: Identity, clock?: Clock, authorization: string | null = null) {
  return loadersFor(env().subgraphUrls.personnel)(em, identity, clock, authorization);
}

/** The loaders of a cases subgraph that asks personnel at `personnelUrl` (tests pass their own). */
export const loadersFor = (personnelUrl: string) => (em: EntityManager, _identity?: Identity, _clock?: Clock, authorization: string | null = null) => ({
  matterById: byIdLoader(em, EnforcementMatter),
  /** The agency's published list: current matters only (retired ones stay readable by id and with `includeRetired`). */
  mattersByAgency: groupedLoader(em, EnforcementMatter, 'agencyId', [{ listSeq: 'asc' }, { id: 'asc' }], { retiredAt: null }),
  changeLogByRecord: pagedGroupedLoader(em, ChangeLog, 'entityId', [['id', 'desc']]),
  partiesByCase: groupedLoader(em, CaseParty, 'caseId', [{ seq: 'asc' }, { id: 'asc' }]),
  /** Current and released handlers, the lead and the current ones first. */
  handlersByCase: groupedLoader(em, CaseHandler, 'caseId', [{ releasedAt: 'desc' }, { lead: 'desc' }, { assignedAt: 'asc' }, { id: 'asc' }]),
  transitionsByCase: groupedLoader(em, CaseTransition, 'caseId', [{ at: 'asc' }, { caseVersion: 'asc' }, { id: 'asc' }]),
  reviewsByCase: groupedLoader(em, LegalReviewRound, 'caseId', [{ round: 'asc' }]),
  /** A page of each case's 全过程记录, oldest first (004 第十五条). */
  recordByCase: pagedGroupedLoader(em, CaseRecordEntry, 'caseId', [['seq', 'asc'], ['id', 'asc']]),
  entitlements: entitlementsVia(personnelUrl, authorization),
  /** A case's publication and filing (one each at most): one query for all the cases of a page. */
  publicationByCase: oneOf(groupedLoader(em, CasePublication, 'caseId', { id: 'asc' })),
  filingByCase: oneOf(groupedLoader(em, CaseFiling, 'caseId', { id: 'asc' })),
});

/** The single row of a key (a unique column), or null. */
function oneOf<T>(grouped: { load(k: string): Promise<T[]> }) {
  return { load: async (k: string): Promise<T | null> => (await grouped.load(k))[0] ?? null };
}
export type Loaders = ReturnType<typeof createLoaders>;
