/**
 * 行政执法人员处理建议书 (sanctions on officers, 004 第三十三条): the resource (list, page) and the custom methods of
 * the issue dialog, the unit's decision, an officer's 处理记录 tab and the sanction's change log.
 */
import { graphql } from '../gql';
import type { SanctionFilter, SanctionOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

/** What a row and the effect chip show. */
export const SanctionSummaryFragment = graphql(`
  fragment SanctionSummary on Sanction {
    id
    number
    officerId
    agencyId
    agencyName
    ground
    kind
    facts
    effectiveOn
    issuedOn
    issuedBy
    reachesCertificate
    effect {
      state
      certificateId
      certificateNumber
      startsOn
      endsOn
      rule
      reason
      appliedAt
    }
  }
`);

const SanctionsQuery = graphql(`
  query Sanctions($offset: Int!, $limit: Int!, $filter: SanctionFilter, $orderBy: SanctionOrder) {
    sanctions(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...SanctionSummary
      }
    }
  }
`);

/** The sanction page and its print view: everything the 处理建议书 says. */
const SanctionQuery = graphql(`
  query Sanction($id: ID!) {
    sanction(id: $id) {
      ...SanctionSummary
      title
      issuerName
      issuedAt
      groundText
      recommendation
      consequence
      relatedComplaintIds
      relatedCaseIds
      relatedComplaints {
        id
        number
      }
      officer {
        id
        name
        certificate {
          id
          number
        }
      }
      unitDecidedOn
      unitDecision
      unitDecisionRecordedBy
      createdAt
      updatedAt
      version
    }
  }
`);

export const IssueSanction = graphql(`
  mutation IssueSanction($input: IssueSanctionInput!) {
    issueSanction(input: $input) {
      id
      number
      effect {
        state
      }
    }
  }
`);

export const RecordSanctionUnitDecision = graphql(`
  mutation RecordSanctionUnitDecision($id: ID!, $version: Int!, $input: SanctionUnitDecisionInput!) {
    recordSanctionUnitDecision(id: $id, version: $version, input: $input) {
      id
      version
      unitDecidedOn
      unitDecision
    }
  }
`);

/** The 处理记录 tab of the officer page: Officer.sanctions, paged by the API. */
export const OfficerSanctionsQuery = graphql(`
  query OfficerSanctions($id: ID!, $offset: Int!, $limit: Int!) {
    officer(id: $id) {
      id
      sanctions(offset: $offset, limit: $limit) {
        total
        items {
          ...SanctionSummary
        }
      }
    }
  }
`);

export const SanctionChangeLogQuery = graphql(`
  query SanctionChangeLog($id: ID!, $offset: Int!, $limit: Int!) {
    sanction(id: $id) {
      id
      changeLog(offset: $offset, limit: $limit) {
        ...ChangeLogFields
      }
    }
  }
`);

/** The officer the dialog proposes a sanction on: his name, unit and current certificate (for the 暂扣 preview). */
export const SanctionOfficerQuery = graphql(`
  query SanctionOfficer($id: ID!) {
    officer(id: $id) {
      id
      name
      agencyId
      certificate {
        id
        number
        kind
        status
      }
    }
  }
`);

export const sanctions = defineResource<SanctionFilter, SanctionOrderField>({
  sortFields: { issuedOn: 'ISSUED_AT', issuedAt: 'ISSUED_AT', effectiveOn: 'EFFECTIVE_ON', kind: 'KIND', ground: 'GROUND' },
  filterKeys: ['search', 'ids', 'officerId', 'agencyId', 'kind', 'ground', 'effectState', 'issuedFrom', 'issuedTo'],
  list: async (variables) => (await request(SanctionsQuery, variables)).sanctions,
  one: async (id) => (await request(SanctionQuery, { id })).sanction,
});
