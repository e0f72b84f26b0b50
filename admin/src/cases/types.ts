import type { CaseQuery, CasesQuery } from '../gql/graphql';

export type CaseRow = CasesQuery['cases']['items'][number];
export type CaseRecord = CaseQuery['case'];
