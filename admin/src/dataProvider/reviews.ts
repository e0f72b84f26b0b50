/**
 * 案卷评查 and 监督意见书 (003 第15条; 004 第十八条): the batches and opinions as resources, and their domain actions
 * (drawing, scoring, the automatic check, concluding, issuing, reporting, the verdict) as custom methods, spread into
 * the dataProvider's actions (actions.ts).
 */
import { HttpError } from 'react-admin';
import { graphql } from '../gql';
import type { ReviewBatchFilter, ReviewBatchOrderField, SupervisionOpinionFilter, SupervisionOpinionOrderField, ReviewScoreInput } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

graphql(`
  fragment ReviewBatchRow on CaseReviewBatch {
    id
    title
    agencyId
    year
    quarter
    quarterLabel
    status
    candidateCount
    sampleSize
    criteriaVersion
    createdAt
    createdBy
    concludedAt
  }
`);

graphql(`
  fragment ReviewFileDetail on CaseFileReview {
    id
    position
    caseId
    caseNumber
    agencyId
    handlerIds
    result
    finding
    concluded
    findingReasons {
      kind
      text
    }
    recusals {
      officerId
      name
      reason
      rule
    }
    check {
      checkedAt
      checkedSteps
      unattributedSteps
      violations {
        kind
        stepId
        what
        officerId
        officerName
        at
        status
        reason
      }
    }
    sheets {
      id
      reviewerId
      reviewerName
      total
      submittedAt
      version
      mine
      scores {
        code
        score
        note
      }
    }
  }
`);

graphql(`
  fragment OpinionRow on SupervisionOpinion {
    id
    number
    title
    batchId
    agencyId
    agencyName
    issuerName
    issuedOn
    status
    unmended
    escalatedToNoticeId
    escalatedNoticeNumber
    deadline {
      label
      dueOn
      startsOn
      period
      rule
      calendarBasis
      provisional
      state
      late
      doneOn
      daysLeft
    }
  }
`);

const ReviewBatchesQuery = graphql(`
  query ReviewBatches($offset: Int!, $limit: Int!, $filter: ReviewBatchFilter, $orderBy: ReviewBatchOrder) {
    reviewBatches(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...ReviewBatchRow
      }
    }
  }
`);

const ReviewBatchQuery = graphql(`
  query ReviewBatch($id: ID!) {
    reviewBatch(id: $id) {
      ...ReviewBatchRow
      periodFrom
      periodTo
      seed
      seedGiven
      samplePolicy
      sampleIds
      sampleReproducible
      checkedAt
      concludedBy
      version
      availableActions
      findingAgencyIds
      reviewers {
        officerId
        name
        agencyId
        certificateNumber
      }
      criteria {
        version
        title
        source
        findingBelow
        total
        items {
          code
          name
          maxScore
          description
        }
      }
      files {
        ...ReviewFileDetail
      }
      opinions {
        ...OpinionRow
      }
    }
  }
`);

const CreateReviewBatchMutation = graphql(`
  mutation CreateReviewBatch($input: CreateReviewBatchInput!) {
    createReviewBatch(input: $input) {
      ...ReviewBatchRow
      version
    }
  }
`);

export const ReviewCriteriaQuery = graphql(`
  query ReviewCriteria {
    reviewCriteria {
      version
      title
      findingBelow
      total
    }
  }
`);

export const ScoreReviewCase = graphql(`
  mutation ScoreReviewCase($sheetId: ID!, $version: Int!, $scores: [ReviewScoreInput!]!) {
    scoreReviewCase(sheetId: $sheetId, version: $version, scores: $scores) {
      id
      version
      total
    }
  }
`);

export const RunReviewCheck = graphql(`
  mutation RunReviewCheck($id: ID!, $version: Int!) {
    runReviewCheck(id: $id, version: $version) {
      id
      version
      checkedAt
    }
  }
`);

export const ConcludeReviewBatch = graphql(`
  mutation ConcludeReviewBatch($id: ID!, $version: Int!) {
    concludeReviewBatch(id: $id, version: $version) {
      id
      version
      status
    }
  }
`);

export const IssueReviewOpinion = graphql(`
  mutation IssueReviewOpinion($input: IssueReviewOpinionInput!) {
    issueReviewOpinion(input: $input) {
      ...OpinionRow
    }
  }
`);

const OpinionsQuery = graphql(`
  query SupervisionOpinions($offset: Int!, $limit: Int!, $filter: SupervisionOpinionFilter, $orderBy: SupervisionOpinionOrder) {
    supervisionOpinions(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...OpinionRow
      }
    }
  }
`);

const OpinionQuery = graphql(`
  query SupervisionOpinion($id: ID!) {
    supervisionOpinion(id: $id) {
      ...OpinionRow
      issuerId
      issuedAt
      issuedBy
      requirements
      version
      availableActions
      findings {
        reviewId
        caseId
        caseNumber
        result
        reasons
      }
      reports {
        reportedAt
        reportedOn
        reportedBy
        text
        accepted
        decidedAt
        decidedBy
        note
      }
      batch {
        id
        title
      }
    }
  }
`);

export const ReportOpinionRectification = graphql(`
  mutation ReportOpinionRectification($id: ID!, $version: Int!, $text: String!) {
    reportOpinionRectification(id: $id, version: $version, text: $text) {
      id
      version
      status
    }
  }
`);

export const DecideOpinionRectification = graphql(`
  mutation DecideOpinionRectification($id: ID!, $version: Int!, $accepted: Boolean!, $note: String) {
    decideOpinionRectification(id: $id, version: $version, accepted: $accepted, note: $note) {
      id
      version
      status
    }
  }
`);

const int = (value: unknown): number | null => (value === undefined || value === null || value === '' ? null : Number(value));
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export const reviewBatches = defineResource<ReviewBatchFilter, ReviewBatchOrderField>({
  sortFields: { createdAt: 'CREATED_AT', quarterLabel: 'PERIOD' },
  filterKeys: ['search', 'ids', 'agencyId', 'year', 'quarter', 'status'],
  list: async (variables) => (await request(ReviewBatchesQuery, variables)).reviewBatches,
  one: async (id) => (await request(ReviewBatchQuery, { id })).reviewBatch,
  create: async (data) =>
    (
      await request(CreateReviewBatchMutation, {
        input: {
          agencyId: String(data.agencyId ?? ''),
          year: Number(data.year),
          quarter: Number(data.quarter),
          reviewerIds: Array.isArray(data.reviewerIds) ? data.reviewerIds.map(String) : [],
          sampleSize: int(data.sampleSize),
          seed: text(data.seed),
          criteriaVersion: int(data.criteriaVersion),
          title: text(data.title),
        },
      })
    ).createReviewBatch,
});

export const opinions = defineResource<SupervisionOpinionFilter, SupervisionOpinionOrderField>({
  sortFields: { issuedOn: 'ISSUED_AT', dueOn: 'DUE_ON' },
  filterKeys: ['search', 'ids', 'agencyId', 'batchId', 'status', 'dueState'],
  list: async (variables) => (await request(OpinionsQuery, variables)).supervisionOpinions,
  one: async (id) => (await request(OpinionQuery, { id })).supervisionOpinion,
});

/**
 * The score form's inputs are `score_<CODE>` and `note_<CODE>` (a form's field errors are matched by top-level
 * name); the server names a criterion's problem `scores.<CODE>`: a missing reason lands on the note, the rest on
 * the score.
 */
function onScoreInputs(error: unknown): never {
  if (error instanceof HttpError && error.body?.errors) {
    const errors: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(error.body.errors as Record<string, unknown>)) {
      const m = /^scores\.([A-Z0-9_]+)$/.exec(k);
      if (!m) errors[k] = v;
      else errors[typeof v === 'string' && /理由|说明/.test(v) ? `note_${m[1]}` : `score_${m[1]}`] = v;
    }
    throw new HttpError(error.message, error.status, { ...error.body, errors });
  }
  throw error;
}

export const reviewActions = {
  /** The criteria versions (newest first), for the batch form's choice. */
  reviewCriteria: async (_params: Record<string, never> = {}) => (await request(ReviewCriteriaQuery, {})).reviewCriteria,
  /** A reviewer's scores of one sampled case: `values` holds `score_<CODE>` / `note_<CODE>` for each criterion code. */
  scoreReviewCase: async (params: { sheetId: string; version: number; codes: string[]; values: Record<string, unknown> }) => {
    const scores: ReviewScoreInput[] = params.codes.map((code) => ({ code, score: Number(params.values[`score_${code}`]), note: text(params.values[`note_${code}`]) }));
    return (await request(ScoreReviewCase, { sheetId: params.sheetId, version: params.version, scores }).catch(onScoreInputs)).scoreReviewCase;
  },
  runReviewCheck: async (params: { id: string; version: number }) => (await request(RunReviewCheck, params)).runReviewCheck,
  concludeReviewBatch: async (params: { id: string; version: number }) => (await request(ConcludeReviewBatch, params)).concludeReviewBatch,
  issueReviewOpinion: async (params: { batchId: string; agencyId: string; requirements?: string | null; rectifyDays?: number | null }) =>
    (await request(IssueReviewOpinion, { input: { batchId: params.batchId, agencyId: params.agencyId, requirements: text(params.requirements), rectifyDays: int(params.rectifyDays) } })).issueReviewOpinion,
  reportOpinionRectification: async (params: { id: string; version: number; text: string }) => (await request(ReportOpinionRectification, params)).reportOpinionRectification,
  decideOpinionRectification: async (params: { id: string; version: number; accepted: boolean; note?: string | null }) =>
    (await request(DecideOpinionRectification, { ...params, note: text(params.note) })).decideOpinionRectification,
};
