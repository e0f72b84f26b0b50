/**
 * 决定公示 and 重大执法决定备案 (002 （二）3 事后公开; 004 第十四条, 第十九条): the staff's lists of publications and
 * filings with their deadlines, a case's publication and filing, the preview of the redacted text, publishing,
 * withdrawing, recording a filing, the agency's filing period; and the public list of published decisions.
 */
import { graphql } from '../gql';
import type { FilingFilter, PublicationFilter, PublicityOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

graphql(`
  fragment PublicationRow on CasePublication {
    id
    caseId
    caseNumber
    agencyId
    agencyName
    matterName
    category
    decisionKinds
    decidedOn
    dueOn
    provisional
    rule
    calendarBasis
    dueState
    late
    status
    publishedOn
    publishedAt
    publishedBy
    publishedText
    editedByClerk
    redactions {
      kind
      original
      replacement
      start
      end
    }
    withdrawnAt
    withdrawnBy
    withdrawnReason
    withdrawnBasis
    version
  }
`);

graphql(`
  fragment FilingRow on CaseFiling {
    id
    caseId
    caseNumber
    agencyId
    decidedOn
    dueOn
    provisional
    rule
    periodSource
    recipient
    calendarBasis
    dueState
    late
    filedOn
    filedAt
    filedBy
    version
  }
`);

const PublicationsQuery = graphql(`
  query Publications($offset: Int!, $limit: Int!, $filter: PublicationFilter, $orderBy: PublicityOrder) {
    publications(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...PublicationRow
      }
    }
  }
`);

const FilingsQuery = graphql(`
  query Filings($offset: Int!, $limit: Int!, $filter: FilingFilter, $orderBy: PublicityOrder) {
    filings(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...FilingRow
      }
    }
  }
`);

/** A case's publication and filing (null until decided; the filing only for a major decision). */
export const CasePublicityQuery = graphql(`
  query CasePublicity($id: ID!) {
    case(id: $id) {
      id
      number
      stage
      publication {
        ...PublicationRow
      }
      filing {
        ...FilingRow
      }
    }
  }
`);

export const PreviewPublicationQuery = graphql(`
  query PreviewPublication($caseId: ID!, $text: String) {
    previewPublication(caseId: $caseId, text: $text) {
      text
      redactions {
        kind
        original
        replacement
        start
        end
      }
    }
  }
`);

export const PublishDecision = graphql(`
  mutation PublishDecision($caseId: ID!, $version: Int!, $text: String) {
    publishDecision(caseId: $caseId, version: $version, text: $text) {
      ...PublicationRow
    }
  }
`);

export const WithdrawPublication = graphql(`
  mutation WithdrawPublication($caseId: ID!, $version: Int!, $reason: String!, $basis: String) {
    withdrawPublication(caseId: $caseId, version: $version, reason: $reason, basis: $basis) {
      ...PublicationRow
    }
  }
`);

export const RecordFiling = graphql(`
  mutation RecordFiling($caseId: ID!, $version: Int!, $filedOn: String!) {
    recordFiling(caseId: $caseId, version: $version, filedOn: $filedOn) {
      ...FilingRow
    }
  }
`);

export const FilingPolicyQuery = graphql(`
  query FilingPolicy($agencyId: ID!) {
    filingPolicy(agencyId: $agencyId) {
      agencyId
      isDefault
      rule
      setAt
      sourceText
      unit
      value
      version
    }
  }
`);

export const SetFilingPolicy = graphql(`
  mutation SetFilingPolicy($agencyId: ID!, $input: FilingPolicyInput, $version: Int) {
    setFilingPolicy(agencyId: $agencyId, input: $input, version: $version) {
      agencyId
      isDefault
      rule
      setAt
      sourceText
      unit
      value
      version
    }
  }
`);

graphql(`
  fragment PublishedDecisionFields on PublishedDecision {
    id
    agencyId
    agencyName
    caseNumber
    matterName
    category
    decisionKinds
    decidedOn
    publishedOn
    text
  }
`);

export const PublishedDecisionsQuery = graphql(`
  query PublishedDecisions($offset: Int!, $limit: Int!, $filter: PublishedDecisionFilter) {
    publishedDecisions(offset: $offset, limit: $limit, filter: $filter) {
      total
      items {
        ...PublishedDecisionFields
      }
    }
  }
`);

export const PublishedDecisionQuery = graphql(`
  query PublishedDecision($id: ID!) {
    publishedDecision(id: $id) {
      ...PublishedDecisionFields
    }
  }
`);

const sortFields = { dueOn: 'DUE_ON', decidedOn: 'DECIDED_ON', caseNumber: 'CASE_NUMBER' } as const satisfies Record<string, PublicityOrderField>;

function onlyOne<T>(items: T[], what: string, id: string): T {
  const [item] = items;
  if (!item) throw new Error(`${what} ${id} 不存在或无权查看`);
  return item;
}

export const publications = defineResource<PublicationFilter, PublicityOrderField>({
  sortFields,
  filterKeys: ['search', 'ids', 'agencyId', 'dueState', 'status'],
  list: async (variables) => (await request(PublicationsQuery, variables)).publications,
  one: async (id) => onlyOne((await request(PublicationsQuery, { offset: 0, limit: 1, filter: { ids: [id] } })).publications.items, '决定公示', id),
});

export const filings = defineResource<FilingFilter, PublicityOrderField>({
  sortFields,
  filterKeys: ['search', 'ids', 'agencyId', 'dueState'],
  list: async (variables) => (await request(FilingsQuery, variables)).filings,
  one: async (id) => onlyOne((await request(FilingsQuery, { offset: 0, limit: 1, filter: { ids: [id] } })).filings.items, '备案记录', id),
});
