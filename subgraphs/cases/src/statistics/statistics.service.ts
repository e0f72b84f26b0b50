import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkId, notFound, requireLogin, today, type Clock, type Identity, type LocalDate } from '@jiandu/kit';
import type { MatterCategory } from '../matters/matter.entity.js';
import type { DecisionKind } from '../cases/case.enums.js';
import { CaseStatistics, CategoryFigures, OutcomeFigures } from './statistics.types.js';
import { CATEGORY_ORDER, checkYear, DECISION_KIND_ORDER, reportDueOn } from './statistics.rules.js';
import { runStatistics, type StatisticsKey, type StatisticsRow } from './statistics.sql.js';

function toStatistics(key: StatisticsKey, r: StatisticsRow, asOf: LocalDate): CaseStatistics {
  const byCategory = r.by_category
    .map((c) => Object.assign(new CategoryFigures(), { category: c.category as MatterCategory, registered: c.registered, decided: c.decided, closed: c.closed }))
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
  const byOutcome = r.by_outcome
    .map((o) => Object.assign(new OutcomeFigures(), { category: o.category as MatterCategory, decisionKind: o.kind as DecisionKind, count: o.count }))
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || DECISION_KIND_ORDER.indexOf(a.decisionKind) - DECISION_KIND_ORDER.indexOf(b.decisionKind));
  return Object.assign(new CaseStatistics(), {
    agencyId: key.agencyId,
    year: key.year,
    includesSubtree: key.includeSubtree,
    dueOn: reportDueOn(key.year),
    asOf,
    registered: r.registered,
    decided: r.decided,
    closed: r.closed,
    byCategory,
    byOutcome,
    majorDecided: r.major_decided,
    legalReviewRounds: r.review_rounds,
    legalReviewsPassed: r.reviews_passed,
    legalReviewsReturned: r.reviews_returned,
    majorDecidedWithoutReview: r.major_unreviewed,
    publicationsDue: r.publications_due,
    publicationsPublished: r.publications_published,
    publicationsOnTime: r.publications_on_time,
    publicationsOverdue: r.publications_overdue,
    publicationsWithdrawn: r.publications_withdrawn,
    filingsDue: r.filings_due,
    filingsFiled: r.filings_filed,
    filingsOnTime: r.filings_on_time,
    challengesFiled: r.challenges_filed,
    reconsiderationsFiled: r.reconsiderations_filed,
    litigationsFiled: r.litigations_filed,
    challengesPending: r.challenges_pending,
    challengesConcluded: r.challenges_concluded,
    challengesCorrected: r.challenges_corrected,
  });
}

/**
 * Request-scoped: the statistics of every (agency, year, subtree) asked for in one tick are ONE statement
 * (statistics.sql.ts), authorised inside it; null for an agency the caller may not read.
 */
export function statisticsLoader(em: EntityManager, identity: Identity, clock: Clock) {
  return new DataLoader<StatisticsKey, CaseStatistics | null, string>(
    async (keys) => {
      const asOf = today(clock);
      const rows = await runStatistics(em, keys, identity, asOf);
      return keys.map((k, i) => (rows[i]?.readable ? toStatistics(k, rows[i]!, asOf) : null));
    },
    { cacheKeyFn: (k) => `${k.agencyId}:${k.year}:${k.includeSubtree}` },
  );
}

/**
 * The 年报 of an agency for a year (000 二(六), 001 三(四), 002 事后公开 四): for those who may read its cases;
 * NOT_FOUND for anyone else (as for an agency that does not exist).
 */
export async function caseStatistics(
  loader: ReturnType<typeof statisticsLoader>, identity: Identity, clock: Clock, agencyId: string, year: number, includeSubtree: boolean,
): Promise<CaseStatistics> {
  requireLogin(identity);
  checkId(agencyId, '执法主体');
  checkYear(year, today(clock));
  const s = await loader.load({ agencyId, year, includeSubtree });
  if (!s) throw notFound('执法主体', agencyId);
  return s;
}

/** `Agency.statistics(year)`: null for an agency whose cases the caller may not read. */
export async function agencyStatistics(loader: ReturnType<typeof statisticsLoader>, identity: Identity, clock: Clock, agencyId: string, year: number): Promise<CaseStatistics | null> {
  if (identity.anonymous) return null;
  checkYear(year, today(clock));
  return loader.load({ agencyId, year, includeSubtree: false });
}
