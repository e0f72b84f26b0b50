/**
 * 变更记录 (change log) of an agency or an officer: who changed which field, when, before → after, newest
 * first and paged by the API (`changeLog(offset, limit)`). Personal data (the ID number) comes masked.
 */
import { graphql } from '../gql';

export const ChangeLogFieldsFragment = graphql(`
  fragment ChangeLogFields on ChangeLogList {
    total
    items {
      id
      action
      actorName
      at
      changes {
        field
        before
        after
      }
    }
  }
`);

export const AgencyChangeLogQuery = graphql(`
  query AgencyChangeLog($id: ID!, $offset: Int!, $limit: Int!) {
    agency(id: $id) {
      id
      changeLog(offset: $offset, limit: $limit) {
        ...ChangeLogFields
      }
    }
  }
`);

export const OfficerChangeLogQuery = graphql(`
  query OfficerChangeLog($id: ID!, $offset: Int!, $limit: Int!) {
    officer(id: $id) {
      id
      changeLog(offset: $offset, limit: $limit) {
        ...ChangeLogFields
      }
    }
  }
`);
