import DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { checkPage, pagedGroupedLoader, type Identity, type Page, type PageArgs } from '@jiandu/kit';
import { SCHEMA } from '../orm.js';
import { EnforcementCase } from '../cases/case.entity.js';
import { readableCasesWhere } from '../cases/case.access.js';
import type { AgencyCaseFilter, OfficerCaseFilter } from './case-list.inputs.js';

const NEWEST_FIRST: [keyof EnforcementCase & string, 'asc' | 'desc'][] = [['registeredAt', 'desc'], ['id', 'asc']];
const EMPTY: Page<EnforcementCase> = Object.freeze({ items: [], total: 0 }) as Page<EnforcementCase>;

/** The caller's readable cases, narrowed by a stage: null when he may read none. */
function caseWhere(identity: Identity, stage: string | null | undefined): FilterQuery<EnforcementCase> | null {
  const readable = readableCasesWhere(identity);
  if (!readable) return null;
  return stage ? { $and: [readable, { stage }] } as FilterQuery<EnforcementCase> : readable;
}

/**
 * Request-scoped loaders of the cases an officer handles or handled (`Officer.cases`, `Officer.caseCount`) and of
 * an agency's cases (`Agency.cases`), readable ones only: N officers (agencies) asking for the same page and
 * filter in one tick are ONE statement, whatever N — a window function numbers each officer's cases.
 */
export function caseListLoaders(em: EntityManager, identity: Identity) {
  /** The readable cases, as SQL with its parameters (a subquery aliased by the caller). */
  const readableSql = (stage: string | null | undefined) => {
    const where = caseWhere(identity, stage);
    if (!where) return null;
    const qb = em.createQueryBuilder(EnforcementCase, 'c').select('*').where(where as never);
    return { sql: qb.getQuery(), params: qb.getParams() as unknown[] };
  };
  /** An officer's distinct cases as handler (current or past), optionally only those he leads or led (or never led). */
  const handled = (lead: boolean | null | undefined) =>
    `(select officer_id, case_id from "${SCHEMA}".case_handler where officer_id in (?) group by officer_id, case_id${lead == null ? '' : ' having bool_or(lead) = ?'})`;

  const officerPages = new Map<string, DataLoader<string, Page<EnforcementCase>>>();
  const officerCounts = new DataLoader<string, number>(async (officerIds) => {
    const inner = readableSql(null);
    if (!inner) return officerIds.map(() => 0);
    const rows = await em.getConnection().execute<{ key: string; n: number }[]>(
      `select h.officer_id as key, count(*)::int as n from ${handled(null)} h join (${inner.sql}) c2 on c2.id = h.case_id group by h.officer_id`,
      [[...officerIds], ...inner.params],
    );
    const byKey = new Map(rows.map((r) => [String(r.key), r.n]));
    return officerIds.map((id) => byKey.get(id) ?? 0);
  });

  const agencyPages = new Map<string, ReturnType<typeof pagedGroupedLoader<EnforcementCase, 'agencyId'>> | null>();

  return {
    /** A page of the officer's cases (as handler, current or past), newest registered first. */
    casesOfOfficer(officerId: string, page: PageArgs, filter: OfficerCaseFilter | null | undefined): Promise<Page<EnforcementCase>> {
      const { offset, limit } = checkPage(page);
      const stage = filter?.stage ?? null;
      const lead = filter?.lead ?? null;
      const id = `${offset}:${limit}:${stage}:${lead}`;
      let loader = officerPages.get(id);
      if (!loader) {
        loader = new DataLoader(async (officerIds) => {
          const inner = readableSql(stage);
          if (!inner) return officerIds.map(() => EMPTY);
          const sql =
            `select * from (select c2.*, h.officer_id as "__key", row_number() over (partition by h.officer_id order by c2.registered_at desc, c2.id asc) as "__rn", ` +
            `count(*) over (partition by h.officer_id) as "__total" from ${handled(lead)} h join (${inner.sql}) c2 on c2.id = h.case_id) w ` +
            `where "__rn" = 1 or ("__rn" > ? and "__rn" <= ?) order by "__key", "__rn"`;
          const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql, [[...officerIds], ...(lead == null ? [] : [lead]), ...inner.params, offset, offset + limit]);
          const pages = new Map<string, Page<EnforcementCase>>();
          for (const { __key, __rn, __total, ...row } of rows) {
            const k = String(__key);
            const p = pages.get(k) ?? { items: [], total: Number(__total) };
            pages.set(k, p);
            if (Number(__rn) > offset) p.items.push(em.map(EnforcementCase, row as never));
          }
          return officerIds.map((k) => pages.get(k) ?? { items: [], total: 0 });
        });
        officerPages.set(id, loader);
      }
      return loader.load(officerId);
    },
    /** How many readable cases the officer handles or handled. */
    caseCountOfOfficer(officerId: string): Promise<number> {
      return officerCounts.load(officerId);
    },
    /** A page of the agency's own cases (its node only), newest registered first. */
    casesOfAgency(agencyId: string, page: PageArgs, filter: AgencyCaseFilter | null | undefined): Promise<Page<EnforcementCase>> {
      const stage = filter?.stage ?? null;
      const id = String(stage);
      if (!agencyPages.has(id)) {
        const where = caseWhere(identity, stage);
        agencyPages.set(id, where ? pagedGroupedLoader(em, EnforcementCase, 'agencyId', NEWEST_FIRST, where) : null);
      }
      const loader = agencyPages.get(id);
      if (!loader) {
        checkPage(page);
        return Promise.resolve(EMPTY);
      }
      return loader.load(agencyId, page);
    },
  };
}
