import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, ChangeLog, groupedLoader, pagedGroupedLoader } from '@jiandu/kit';
import { EnforcementMatter } from './matters/matter.entity.js';
import { CaseFiling, CasePublication } from './publicity/publicity.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    matterById: byIdLoader(em, EnforcementMatter),
    /** The agency's published list: current matters only (retired ones stay readable by id and with `includeRetired`). */
    mattersByAgency: groupedLoader(em, EnforcementMatter, 'agencyId', [{ listSeq: 'asc' }, { id: 'asc' }], { retiredAt: null }),
    changeLogByRecord: pagedGroupedLoader(em, ChangeLog, 'entityId', [['id', 'desc']]),
    /** A case's publication and filing (one each at most): one query for all the cases of a page. */
    publicationByCase: oneOf(groupedLoader(em, CasePublication, 'caseId', { id: 'asc' })),
    filingByCase: oneOf(groupedLoader(em, CaseFiling, 'caseId', { id: 'asc' })),
  };
}
/** The single row of a key (a unique column), or null. */
function oneOf<T>(grouped: { load(k: string): Promise<T[]> }) {
  return { load: async (k: string): Promise<T | null> => (await grouped.load(k))[0] ?? null };
}

export type Loaders = ReturnType<typeof createLoaders>;
