import type { EntityManager } from '@mikro-orm/postgresql';
import { ANONYMOUS, byIdLoader, ChangeLog, groupedLoader, pagedGroupedLoader, systemClock, type Clock, type Identity } from '@jiandu/kit';
import { EnforcementMatter } from './matters/matter.entity.js';
import { CaseChallenge } from './appeals/challenge.entity.js';
import { caseListLoaders } from './external/case-list.loaders.js';
import { statisticsLoader } from './statistics/statistics.service.js';

export function createLoaders(em: EntityManager, identity: Identity = ANONYMOUS, clock: Clock = systemClock) {
  return {
    matterById: byIdLoader(em, EnforcementMatter),
    /** The agency's published list: current matters only (retired ones stay readable by id and with `includeRetired`). */
    mattersByAgency: groupedLoader(em, EnforcementMatter, 'agencyId', [{ listSeq: 'asc' }, { id: 'asc' }], { retiredAt: null }),
    changeLogByRecord: pagedGroupedLoader(em, ChangeLog, 'entityId', [['id', 'desc']]),
    /** A case's 复议 and 诉讼, oldest first. */
    challengesByCase: groupedLoader(em, CaseChallenge, 'caseId', [{ filedOn: 'asc' }, { id: 'asc' }]),
    /** Officer.cases, Officer.caseCount, Agency.cases: readable cases only, one statement per page asked. */
    caseLists: caseListLoaders(em, identity),
    /** Agency.statistics and caseStatistics: one statement for every (agency, year) of the request tick. */
    statistics: statisticsLoader(em, identity, clock),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
