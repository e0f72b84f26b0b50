import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Identity, type LocalDate } from '@jiandu/kit';
import { SCHEMA } from '../orm.js';
import { CORRECTED_OUTCOMES } from '../appeals/challenge.rules.js';

/** One question: an agency, a year, and whether the agencies below it count too. */
export interface StatisticsKey {
  agencyId: string;
  year: number;
  includeSubtree: boolean;
}

export interface StatisticsRow {
  readable: boolean;
  registered: number;
  decided: number;
  closed: number;
  major_decided: number;
  major_unreviewed: number;
  review_rounds: number;
  reviews_passed: number;
  reviews_returned: number;
  by_category: { category: string; registered: number; decided: number; closed: number }[];
  by_outcome: { category: string; kind: string; count: number }[];
  challenges_filed: number;
  reconsiderations_filed: number;
  litigations_filed: number;
  challenges_pending: number;
  challenges_concluded: number;
  challenges_corrected: number;
  publications_due: number | null;
  publications_published: number | null;
  publications_on_time: number | null;
  publications_overdue: number | null;
  publications_withdrawn: number | null;
  filings_due: number | null;
  filings_filed: number | null;
  filings_on_time: number | null;
}

const S = `"${SCHEMA}"`;
const ESCAPE = (expr: string) => `replace(replace(${expr}, '_', '\\_'), '%', '\\%') || '%'`;
/** A date column of China time from a timestamptz. */
const localDate = (col: string) => `(${col} at time zone 'Asia/Shanghai')::date`;
const inYear = (col: string) => `(${col} >= b.y0 and ${col} < b.y1)`;

/**
 * Who may read an agency's figures, as SQL on `b.agency_id` — the same people who may read its cases
 * (case.access.ts `mayReadCasesOf`: tree-wide administrators anywhere; staff attached to an agency for its
 * subtree of cases' agency projection; nobody else), so that a whole batch is authorised inside its one statement.
 */
function readableSql(identity: Identity): { sql: string; params: unknown[] } {
  if (identity.anonymous) return { sql: 'false', params: [] };
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return { sql: 'true', params: [] };
  if (!identity.agencyId) return { sql: 'false', params: [] };
  return {
    sql: `(b0.agency_id = ?::uuid or exists (select 1 from ${S}.agency_projection d where d.id = b0.agency_id and d.path like ${ESCAPE(`coalesce((select r.path from ${S}.agency_projection r where r.id = ?::uuid), ?)`)}))`,
    params: [identity.agencyId, identity.agencyId, identity.agencyPath],
  };
}

/**
 * The annual statistics of every key in ONE statement (CTEs): the keys are unnested, each key's member
 * agencies found (itself, or its subtree in the agency projection), their cases aggregated per figure. No
 * loop, no statement per agency or per year.
 */
export function statisticsSql(keys: readonly StatisticsKey[], identity: Identity, today: LocalDate): { sql: string; params: unknown[] } {
  const readable = readableSql(identity);
  const publicity = `, pub as (
      select c.n, count(*)::int as due,
        count(*) filter (where p.published_at is not null)::int as published,
        count(*) filter (where p.published_at is not null and ${localDate('p.published_at')} <= p.due_on)::int as on_time,
        count(*) filter (where p.published_at is null and p.status <> 'WITHDRAWN' and p.due_on < ?::date)::int as overdue,
        count(*) filter (where p.status = 'WITHDRAWN')::int as withdrawn
      from c join b using (n) join ${S}.case_publication p on p.case_id = c.id
      where ${inYear('p.due_on')} group by c.n
    ), fil as (
      select c.n, count(*)::int as due, count(*) filter (where f.filed_on is not null)::int as filed,
        count(*) filter (where f.filed_on is not null and f.filed_on <= f.due_on)::int as on_time
      from c join b using (n) join ${S}.case_filing f on f.case_id = c.id
      where ${inYear('f.due_on')} group by c.n
    )`;
  const pubCols = `coalesce(pub.due, 0) as publications_due, coalesce(pub.published, 0) as publications_published, coalesce(pub.on_time, 0) as publications_on_time,
       coalesce(pub.overdue, 0) as publications_overdue, coalesce(pub.withdrawn, 0) as publications_withdrawn,
       coalesce(fil.due, 0) as filings_due, coalesce(fil.filed, 0) as filings_filed, coalesce(fil.on_time, 0) as filings_on_time`;
  const pubJoins = 'left join pub on pub.n = b.n left join fil on fil.n = b.n';
  const sql = `
    with b0 as (
      select * from unnest(array[?]::uuid[], array[?]::int[], array[?]::boolean[]) with ordinality as k(agency_id, year, subtree, n)
    ), b as (
      select b0.n, b0.agency_id, b0.year, b0.subtree, make_date(b0.year, 1, 1) as y0, make_date(b0.year + 1, 1, 1) as y1, ${readable.sql} as readable from b0
    ), m as (
      select b.n, b.agency_id as member from b where b.readable
      union
      select b.n, d.id from b
        join ${S}.agency_projection r on r.id = b.agency_id
        join ${S}.agency_projection d on d.path like ${ESCAPE('r.path')}
      where b.readable and b.subtree
    ), c as materialized (
      select m.n, e.id, e.year, e.category, e.decided_on, e.major, e.decision_kinds, ${localDate('e.closed_at')} as closed_on
      from m join ${S}.enforcement_case e on e.agency_id = m.member
    ), cat as (
      select c.n, c.category,
        count(*) filter (where c.year = b.year)::int as registered,
        count(*) filter (where ${inYear('c.decided_on')})::int as decided,
        count(*) filter (where ${inYear('c.closed_on')})::int as closed,
        count(*) filter (where c.major and ${inYear('c.decided_on')})::int as major_decided,
        count(*) filter (where c.major and ${inYear('c.decided_on')} and not exists (
          select 1 from ${S}.legal_review_round r where r.case_id = c.id and r.outcome = 'PASSED'))::int as major_unreviewed
      from c join b using (n) group by c.n, c.category
    ), outc as (
      select c.n, c.category, dk.kind, count(*)::int as count
      from c join b using (n) cross join lateral unnest(c.decision_kinds) as dk(kind)
      where ${inYear('c.decided_on')} group by c.n, c.category, dk.kind
    ), rev as (
      select c.n, count(*)::int as rounds, count(*) filter (where r.outcome = 'PASSED')::int as passed, count(*) filter (where r.outcome = 'RETURNED')::int as returned
      from c join b using (n) join ${S}.legal_review_round r on r.case_id = c.id
      where ${inYear(localDate('r.submitted_at'))} group by c.n
    ), ch as (
      select c.n,
        count(*) filter (where ${inYear('x.filed_on')})::int as filed,
        count(*) filter (where ${inYear('x.filed_on')} and x.kind = 'RECONSIDERATION')::int as reconsiderations,
        count(*) filter (where ${inYear('x.filed_on')} and x.kind = 'LITIGATION')::int as litigations,
        count(*) filter (where ${inYear('x.filed_on')} and x.outcome is null)::int as pending,
        count(*) filter (where ${inYear('x.outcome_on')})::int as concluded,
        count(*) filter (where ${inYear('x.outcome_on')} and x.outcome = any(array[?]::text[]))::int as corrected
      from c join b using (n) join ${S}.case_challenge x on x.case_id = c.id group by c.n
    )${publicity}
    select b.n, b.readable,
      coalesce((select sum(registered) from cat where cat.n = b.n), 0)::int as registered,
      coalesce((select sum(decided) from cat where cat.n = b.n), 0)::int as decided,
      coalesce((select sum(closed) from cat where cat.n = b.n), 0)::int as closed,
      coalesce((select sum(major_decided) from cat where cat.n = b.n), 0)::int as major_decided,
      coalesce((select sum(major_unreviewed) from cat where cat.n = b.n), 0)::int as major_unreviewed,
      coalesce((select json_agg(json_build_object('category', category, 'registered', registered, 'decided', decided, 'closed', closed))
        from cat where cat.n = b.n and registered + decided + closed > 0), '[]'::json) as by_category,
      coalesce((select json_agg(json_build_object('category', category, 'kind', kind, 'count', count)) from outc where outc.n = b.n), '[]'::json) as by_outcome,
      coalesce(rev.rounds, 0) as review_rounds, coalesce(rev.passed, 0) as reviews_passed, coalesce(rev.returned, 0) as reviews_returned,
      coalesce(ch.filed, 0) as challenges_filed, coalesce(ch.reconsiderations, 0) as reconsiderations_filed, coalesce(ch.litigations, 0) as litigations_filed,
      coalesce(ch.pending, 0) as challenges_pending, coalesce(ch.concluded, 0) as challenges_concluded, coalesce(ch.corrected, 0) as challenges_corrected,
      ${pubCols}
    from b left join rev on rev.n = b.n left join ch on ch.n = b.n ${pubJoins}
    order by b.n`;
  const params = [
    keys.map((k) => k.agencyId), keys.map((k) => k.year), keys.map((k) => k.includeSubtree),
    ...readable.params,
    [...CORRECTED_OUTCOMES],
    today,
  ];
  return { sql, params };
}

export async function runStatistics(em: EntityManager, keys: readonly StatisticsKey[], identity: Identity, today: LocalDate): Promise<StatisticsRow[]> {
  const { sql, params } = statisticsSql(keys, identity, today);
  return em.getConnection().execute<StatisticsRow[]>(sql, params);
}
