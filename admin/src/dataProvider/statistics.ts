/**
 * 行政执法统计年报 (000 二(六), 001 三(四), 002 事后公开 四) and the case lists of an officer and of an agency:
 * reads outside the resources' getList/getOne, called through the dataProvider's custom methods (actions.ts).
 * The export is not GraphQL: GET /statistics/{agencyId}/{year}.csv|json through the gateway with the token.
 */
import { HttpError } from 'react-admin';
import { graphql } from '../gql';
import { getSession } from '../session';

export const CaseStatisticsQuery = graphql(`
  query CaseStatistics($agencyId: ID!, $year: Int!, $includeSubtree: Boolean!) {
    caseStatistics(agencyId: $agencyId, year: $year, includeSubtree: $includeSubtree) {
      agencyId
      year
      includesSubtree
      asOf
      dueOn
      registered
      decided
      closed
      majorDecided
      majorDecidedWithoutReview
      byCategory {
        category
        registered
        decided
        closed
      }
      byOutcome {
        category
        decisionKind
        count
      }
      legalReviewRounds
      legalReviewsPassed
      legalReviewsReturned
      publicationsDue
      publicationsPublished
      publicationsOnTime
      publicationsOverdue
      publicationsWithdrawn
      filingsDue
      filingsFiled
      filingsOnTime
      challengesFiled
      reconsiderationsFiled
      litigationsFiled
      challengesPending
      challengesConcluded
      challengesCorrected
    }
  }
`);

/** One row of a case list on an officer's or an agency's page. */
export const CaseListRowFragment = graphql(`
  fragment CaseListRow on EnforcementCase {
    id
    number
    cause
    stage
    category
    registeredOn
    underChallenge
    handlers {
      officerId
      officerName
      lead
      releasedAt
    }
  }
`);

export const OfficerCasesQuery = graphql(`
  query OfficerCases($id: ID!, $offset: Int!, $limit: Int!, $filter: OfficerCaseFilter) {
    officer(id: $id) {
      id
      cases(offset: $offset, limit: $limit, filter: $filter) {
        total
        items {
          ...CaseListRow
        }
      }
    }
  }
`);

/** 承办案件数, for the tab's label (a read of its own: the officer page does not wait for cases). */
export const OfficerCaseCountQuery = graphql(`
  query OfficerCaseCount($id: ID!) {
    officer(id: $id) {
      id
      caseCount
    }
  }
`);

export const AgencyCasesQuery = graphql(`
  query AgencyCases($id: ID!, $offset: Int!, $limit: Int!, $filter: AgencyCaseFilter) {
    agency(id: $id) {
      id
      cases(offset: $offset, limit: $limit, filter: $filter) {
        total
        items {
          ...CaseListRow
        }
      }
    }
  }
`);

export type StatisticsFormat = 'csv' | 'json';

/** The export's path on the gateway (same origin as the console). */
export function statisticsExportPath(agencyId: string, year: number, format: StatisticsFormat, includeSubtree: boolean): string {
  return `/statistics/${encodeURIComponent(agencyId)}/${year}.${format}${includeSubtree ? '?includeSubtree=true' : ''}`;
}

/** The file name the server gives in content-disposition, or one of the same shape. */
function fileName(response: Response, agencyId: string, year: number, format: StatisticsFormat, includeSubtree: boolean): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const named = /filename="?([^";]+)"?/.exec(disposition)?.[1];
  return named ?? `statistics-${agencyId}-${year}${includeSubtree ? '-subtree' : ''}.${format}`;
}

/**
 * Fetches the export with the session's token and resolves with the file (a blob and its name); a refusal
 * rejects with an HttpError carrying the server's message (the gateway answers errors as GraphQL errors).
 */
export async function fetchStatisticsExport(params: { agencyId: string; year: number; format: StatisticsFormat; includeSubtree: boolean }): Promise<{ blob: Blob; fileName: string }> {
  const { agencyId, year, format, includeSubtree } = params;
  const token = getSession()?.token;
  let response: Response;
  try {
    response = await fetch(statisticsExportPath(agencyId, year, format, includeSubtree), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new HttpError('jiandu.error.network', 0, {});
  }
  if (!response.ok) {
    let message = 'jiandu.error.http';
    let code: string | undefined;
    try {
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      message = body.errors?.[0]?.message ?? message;
      code = body.errors?.[0]?.extensions?.code;
    } catch {
      // not JSON: the generic message
    }
    throw new HttpError(message, response.status, { code });
  }
  return { blob: await response.blob(), fileName: fileName(response, agencyId, year, format, includeSubtree) };
}
