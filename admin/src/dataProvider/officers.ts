import { graphql } from '../gql';
import type { OfficerFilter, OfficerOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

const OfficersQuery = graphql(`
  query Officers($offset: Int!, $limit: Int!, $filter: OfficerFilter, $orderBy: OfficerOrder) {
    officers(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        id
        listSeq
        name
        agencyId
        post
        region
        fields
        duties
        employmentStatus
        certificate {
          id
          number
          status
          validUntil
        }
      }
    }
  }
`);

const OfficerQuery = graphql(`
  query Officer($id: ID!) {
    officer(id: $id) {
      id
      listSeq
      name
      idNumberMasked
      agencyId
      post
      region
      fields
      duties
      employmentStatus
      legalProfessionQualification
      createdAt
      updatedAt
      version
      certificate {
        id
        number
        kind
        fields
        region
        issuedOn
        validUntil
        status
        history {
          id
          kind
          effectiveFrom
          effectiveUntil
          recordedAt
          actorName
          reason
          basis
        }
      }
      certificates {
        id
        number
        kind
        status
        issuedOn
        validUntil
      }
    }
  }
`);

export const officers = defineResource<OfficerFilter, OfficerOrderField>({
  sortFields: { listSeq: 'LIST_SEQ', name: 'NAME', createdAt: 'CREATED_AT' },
  filterKeys: ['search', 'ids', 'agencyId', 'employmentStatus'],
  list: async (variables) => (await request(OfficersQuery, variables)).officers,
  one: async (id) => (await request(OfficerQuery, { id })).officer,
});
