import type { NoticeDetailFragment, NoticeRowFragment, SupervisionDecisionDetailFragment, SupervisionDecisionRowFragment } from '../gql/graphql';

export type NoticeRow = NoticeRowFragment;
export type NoticeRecord = NoticeDetailFragment;
export type DecisionRow = SupervisionDecisionRowFragment;
export type DecisionRecord = SupervisionDecisionDetailFragment;
