import type { ComplaintQuery, ComplaintsQuery } from '../gql/graphql';

export type ComplaintRow = ComplaintsQuery['complaints']['items'][number];
export type ComplaintRecord = ComplaintQuery['complaint'];
export type ComplaintStepRecord = ComplaintRecord['steps'][number];
