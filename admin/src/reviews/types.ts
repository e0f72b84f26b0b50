import type { ReviewBatchQuery, SupervisionOpinionQuery } from '../gql/graphql';

export type ReviewBatchRecord = ReviewBatchQuery['reviewBatch'];
export type ReviewFile = ReviewBatchRecord['files'][number];
export type ReviewSheetRecord = ReviewFile['sheets'][number];
export type OpinionRecord = SupervisionOpinionQuery['supervisionOpinion'];
