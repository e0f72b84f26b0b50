import { graphql } from '../gql';
import type { MatterFilter, MatterOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

const MattersQuery = graphql(`
  query Matters($offset: Int!, $limit: Int!, $filter: MatterFilter, $orderBy: MatterOrder) {
    matters(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        id
        listSeq
        category
        name
        legalBasis
        agencyId
        field
        unit
      }
    }
  }
`);

const MatterQuery = graphql(`
  query Matter($id: ID!) {
    matter(id: $id) {
      id
      listSeq
      category
      name
      legalBasis
      agencyId
      field
      unit
      createdAt
      version
    }
  }
`);

export const matters = defineResource<MatterFilter, MatterOrderField>({
  sortFields: { listSeq: 'LIST_SEQ', name: 'NAME', category: 'CATEGORY' },
  filterKeys: ['search', 'ids', 'agencyId', 'category'],
  list: async (variables) => (await request(MattersQuery, variables)).matters,
  one: async (id) => (await request(MatterQuery, { id })).matter,
});
