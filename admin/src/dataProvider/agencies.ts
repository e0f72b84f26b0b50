import { graphql } from '../gql';
import type { AgencyFilter, AgencyOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

const AgenciesQuery = graphql(`
  query Agencies($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {
    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        id
        name
        level
        region
        parentId
        qualificationConfirmed
        officerCount
        supervisionPhone
      }
    }
  }
`);

/** For references and choices (an officer's agency, the agency of a complaint): the name and little else. */
const AgencyRefsQuery = graphql(`
  query AgencyRefs($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {
    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        id
        name
        level
        region
      }
    }
  }
`);

const AgencyQuery = graphql(`
  query Agency($id: ID!) {
    agency(id: $id) {
      id
      name
      unifiedCode
      level
      region
      fields
      parentId
      parent {
        id
        name
      }
      enforcementUnit
      supervisionUnit
      supervisionPhone
      qualificationConfirmed
      qualificationConfirmedAt
      qualificationConfirmedBy
      publishedAt
      createdAt
      updatedAt
      version
    }
  }
`);

export const agencies = defineResource<AgencyFilter, AgencyOrderField>({
  sortFields: { name: 'NAME', level: 'LEVEL', createdAt: 'CREATED_AT' },
  filterKeys: ['search', 'ids', 'level', 'parentId'],
  list: async (variables) => (await request(AgenciesQuery, variables)).agencies,
  refs: async (variables) => (await request(AgencyRefsQuery, variables)).agencies,
  one: async (id) => (await request(AgencyQuery, { id })).agency,
});
