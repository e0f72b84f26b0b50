/**
 * What 案卷评查 asks of cases and personnel, which own the facts, at the moment of the act — with the caller's own
 * token (the answer is under his rights: a case outside his scope is not found), failing closed
 * (DEPENDENCY_UNAVAILABLE) on anything that is not a complete answer. Supervision copies only what the review must
 * keep as it was at the drawing (the candidates' ids, a case's number, agency and handlers then).
 */
import { DomainError, ErrorCode, dependencyUnavailable, querySubgraph } from '@jiandu/kit';
import type { EntitlementAnswer, RecordedStep } from './review.rules.js';

const CASES = '案件子图';
const PERSONNEL = '人员子图';
/** cases' page size limit, its `caseSteps` limit, personnel's `entitlementsAt` limit. */
export const CASES_PAGE = 200;
export const STEPS_BATCH = 100;
export const CHECKS_BATCH = 500;
/** A batch's candidates are kept with it: past this many, the scope is too wide for one batch. */
export const MAX_CANDIDATES = 20_000;

export interface CaseStepsAnswer {
  caseId: string;
  number: string;
  agencyId: string;
  field: string | null;
  handlerIds: string[];
  steps: RecordedStep[];
}

export interface EntitlementCheck {
  agencyId: string;
  field: string | null;
  officerId: string;
  at: Date;
}

export interface ReviewDirectory {
  /** The ids of the readable cases of `agencyId`'s subtree decided from `from` to `to` (inclusive), sorted; all pages. */
  decidedCaseIds(agencyId: string, from: string, to: string): Promise<string[]>;
  /** Each case's recorded steps, agency, field, number and handlers (cases' `caseSteps`), in the order asked. */
  caseSteps(caseIds: readonly string[]): Promise<CaseStepsAnswer[]>;
  /** 持证上岗 at each (agency, field, officer, instant) (personnel's `entitlementsAt`), in the order asked. */
  entitlementsAt(checks: readonly EntitlementCheck[]): Promise<EntitlementAnswer[]>;
}

const DECIDED = `query ReviewCandidates($f: CaseFilter!, $offset: Int!, $limit: Int!) {
  cases(filter: $f, offset: $offset, limit: $limit, orderBy: { field: NUMBER, direction: ASC }) { total items { id } }
}`;
const STEPS = `query ReviewCaseSteps($ids: [ID!]!) {
  caseSteps(caseIds: $ids) { caseId number agencyId field handlerIds steps { kind id officerId actorName at what } }
}`;
const ENTITLEMENTS = `query ReviewEntitlementsAt($checks: [EntitlementCheckInput!]!) {
  entitlementsAt(checks: $checks) { officerId officerName entitled status reason }
}`;

/** A refusal the caller may be told (not found / not his / not logged in); anything else is the other side failing. */
function refuse(errors: { message: string; code: string | null }[], what: string): void {
  const e = errors[0];
  if (!e) return;
  if (e.code === ErrorCode.NOT_FOUND) throw new DomainError(ErrorCode.NOT_FOUND, `${e.message}（或它不在您的管辖范围内）`);
  if (e.code === ErrorCode.FORBIDDEN || e.code === ErrorCode.UNAUTHENTICATED) throw new DomainError(e.code as ErrorCode, e.message);
  throw dependencyUnavailable(what);
}

const chunks = <T>(xs: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export function reviewDirectory(casesUrl: string, personnelUrl: string, authorization: string | null): ReviewDirectory {
  return {
    async decidedCaseIds(agencyId, from, to) {
      const ids = new Set<string>();
      for (let offset = 0; ; offset += CASES_PAGE) {
        const answer = await querySubgraph<{ cases: { total: number; items: { id: string }[] } | null }>(
          casesUrl, DECIDED, { f: { agencyId, decidedFrom: from, decidedTo: to }, offset, limit: CASES_PAGE }, { authorization, what: CASES },
        );
        refuse(answer.errors, CASES);
        const page = answer.data?.cases;
        if (!page || !Array.isArray(page.items) || typeof page.total !== 'number') throw dependencyUnavailable(CASES);
        if (page.total > MAX_CANDIDATES) {
          throw new DomainError(ErrorCode.PRECONDITION_FAILED, `该范围本季度作出决定的案件有 ${page.total} 件，超过一批评查的上限 ${MAX_CANDIDATES} 件，请缩小评查范围`, { field: 'agencyId' });
        }
        for (const c of page.items) ids.add(c.id);
        if (page.items.length < CASES_PAGE || offset + CASES_PAGE >= page.total) break;
      }
      return [...ids].sort();
    },

    async caseSteps(caseIds) {
      const out: CaseStepsAnswer[] = [];
      for (const part of chunks([...new Set(caseIds)], STEPS_BATCH)) {
        const answer = await querySubgraph<{ caseSteps: (Omit<CaseStepsAnswer, 'steps'> & { steps: (Omit<RecordedStep, 'at'> & { at: string })[] })[] | null }>(
          casesUrl, STEPS, { ids: part }, { authorization, what: CASES },
        );
        refuse(answer.errors, CASES);
        const list = answer.data?.caseSteps;
        // One entry per case asked, in order, each with its steps: anything else is no answer.
        if (!Array.isArray(list) || list.length !== part.length || list.some((c, i) => c?.caseId !== part[i] || !Array.isArray(c.steps) || !Array.isArray(c.handlerIds))) {
          throw dependencyUnavailable(CASES);
        }
        for (const c of list) {
          const steps = c.steps.map((s) => ({ ...s, at: new Date(s.at) }));
          if (steps.some((s) => Number.isNaN(s.at.getTime()))) throw dependencyUnavailable(CASES);
          out.push({ ...c, steps });
        }
      }
      return out;
    },

    async entitlementsAt(checks) {
      const out: EntitlementAnswer[] = [];
      for (const part of chunks(checks, CHECKS_BATCH)) {
        const answer = await querySubgraph<{ entitlementsAt: (EntitlementAnswer & { officerId: string })[] | null }>(
          personnelUrl, ENTITLEMENTS, { checks: part.map((c) => ({ ...c, at: c.at.toISOString() })) }, { authorization, what: PERSONNEL },
        );
        refuse(answer.errors, PERSONNEL);
        const list = answer.data?.entitlementsAt;
        if (!Array.isArray(list) || list.length !== part.length || list.some((a, i) => a?.officerId !== part[i]!.officerId || typeof a.entitled !== 'boolean')) {
          throw dependencyUnavailable(PERSONNEL);
        }
        out.push(...list);
      }
      return out;
    },
  };
}
