import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, ChangeLog, groupedLoader, pagedGroupedLoader } from '@jiandu/kit';
import { EnforcementMatter } from './matters/matter.entity.js';
import { CaseRecordEntry } from './record/record.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    matterById: byIdLoader(em, EnforcementMatter),
    /** The agency's published list: current matters only (retired ones stay readable by id and with `includeRetired`). */
    mattersByAgency: groupedLoader(em, EnforcementMatter, 'agencyId', [{ listSeq: 'asc' }, { id: 'asc' }], { retiredAt: null }),
    changeLogByRecord: pagedGroupedLoader(em, ChangeLog, 'entityId', [['id', 'desc']]),
    /** A page of each case's 全过程记录, oldest first (004 第十五条). */
    recordByCase: pagedGroupedLoader(em, CaseRecordEntry, 'caseId', [['seq', 'asc'], ['id', 'asc']]),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
