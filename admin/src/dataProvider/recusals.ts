/**
 * 回避 (004 第二十一条): the list (per matter, per supervisor), one 回避, and the four commands — 自行回避, 申请回避,
 * the 主要负责人's decision on an application, 决定回避 — as custom methods (onsite.ts).
 */
import { graphql } from '../gql';
import type { RecusalFilter, RecusalOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

export const RecusalFieldsFragment = graphql(`
  fragment RecusalFields on Recusal {
    id
    officerId
    officerName
    subjectType
    subjectId
    agencyId
    way
    status
    inEffect
    grounds
    applicantKind
    applicantName
    appliedOn
    approved
    decidedBy
    decidedOn
    decisionReason
    decisionRecordedBy
    recordedBy
    recordedAt
    version
  }
`);

const RecusalsQuery = graphql(`
  query Recusals($offset: Int!, $limit: Int!, $filter: RecusalFilter, $orderBy: RecusalOrder) {
    recusals(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...RecusalFields
      }
    }
  }
`);

const RecusalQuery = graphql(`
  query Recusal($id: ID!) {
    recusal(id: $id) {
      ...RecusalFields
    }
  }
`);

/** The 回避 records of one matter (a page is plenty: a matter has few supervisors). */
export const SubjectRecusalsQuery = graphql(`
  query SubjectRecusals($type: RecusalSubjectType!, $id: ID!) {
    recusals(filter: { subjectType: $type, subjectId: $id }, limit: 200) {
      total
      items {
        ...RecusalFields
      }
    }
  }
`);

export const DeclareRecusal = graphql(`
  mutation DeclareRecusal($input: DeclareRecusalInput!) {
    declareRecusal(input: $input) {
      ...RecusalFields
    }
  }
`);

export const ApplyForRecusal = graphql(`
  mutation ApplyForRecusal($input: ApplyRecusalInput!) {
    applyForRecusal(input: $input) {
      ...RecusalFields
    }
  }
`);

export const DecideRecusal = graphql(`
  mutation DecideRecusal($id: ID!, $version: Int!, $input: DecideRecusalInput!) {
    decideRecusal(id: $id, version: $version, input: $input) {
      ...RecusalFields
    }
  }
`);

export const OrderRecusal = graphql(`
  mutation OrderRecusal($input: OrderRecusalInput!) {
    orderRecusal(input: $input) {
      ...RecusalFields
    }
  }
`);

export const recusals = defineResource<RecusalFilter, RecusalOrderField>({
  sortFields: { recordedAt: 'RECORDED_AT', status: 'STATUS' },
  filterKeys: ['search', 'ids', 'officerId', 'subjectType', 'subjectId', 'agencyId', 'way', 'status'],
  list: async (variables) => (await request(RecusalsQuery, variables)).recusals,
  one: async (id) => (await request(RecusalQuery, { id })).recusal,
});
