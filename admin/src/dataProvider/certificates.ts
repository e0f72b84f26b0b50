import { graphql } from '../gql';
import type { CertificateFilter, CertificateOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

const CertificatesQuery = graphql(`
  query Certificates($offset: Int!, $limit: Int!, $filter: CertificateFilter, $orderBy: CertificateOrder) {
    certificates(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        id
        number
        kind
        officerId
        fields
        region
        issuedOn
        validUntil
        status
      }
    }
  }
`);

const CertificateQuery = graphql(`
  query Certificate($id: ID!) {
    certificate(id: $id) {
      id
      number
      kind
      officerId
      fields
      region
      issuedOn
      validUntil
      status
      createdAt
      updatedAt
      version
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
  }
`);

export const certificates = defineResource<CertificateFilter, CertificateOrderField>({
  sortFields: { number: 'NUMBER', issuedOn: 'ISSUED_ON', validUntil: 'VALID_UNTIL' },
  filterKeys: ['search', 'ids', 'kind', 'status', 'officerId', 'agencyId'],
  list: async (variables) => (await request(CertificatesQuery, variables)).certificates,
  one: async (id) => (await request(CertificateQuery, { id })).certificate,
});
