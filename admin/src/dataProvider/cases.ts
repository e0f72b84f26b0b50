/**
 * 行政执法案件 (cases, issue 8): the list with its filters, one case with everything its page shows, and
 * registration (立案登记). The steps of a case (advance, review, decide…) are custom methods (actions.ts),
 * each sending the version the clerk saw; what the clerk may do is the server's `availableActions`.
 */
import { graphql } from '../gql';
import type { CaseFilter, CaseOrderField, MajorGround, PartyKind, RegisterCaseInput } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

/** What a row of the list shows. */
graphql(`
  fragment CaseRow on EnforcementCase {
    id
    number
    year
    seq
    cause
    category
    stage
    major
    matterId
    agencyId
    registeredOn
    registeredAt
    stageEnteredAt
    reviewSubmittedAt
    version
    matter {
      id
      name
    }
    parties {
      id
      seq
      name
    }
    handlers {
      id
      officerId
      officerName
      lead
      releasedAt
    }
  }
`);

/** The list's 公示 and 备案 deadline cells (002 （二）3; 004 第十九条): yellow due soon, red overdue. */
graphql(`
  fragment CaseRowDeadlines on EnforcementCase {
    publication {
      id
      dueOn
      dueState
      late
    }
    filing {
      id
      dueOn
      dueState
      late
    }
  }
`);

const CasesQuery = graphql(`
  query Cases($offset: Int!, $limit: Int!, $filter: CaseFilter, $orderBy: CaseOrder) {
    cases(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...CaseRow
        ...CaseRowDeadlines
      }
    }
  }
`);

/** The case page: the row plus its path, the caller's actions, parties (masked as the server sends them), decision, history. */
const CaseDetail = graphql(`
  fragment CaseDetail on EnforcementCase {
    ...CaseRow
    path
    nextStage
    availableActions
    hearingHeld
    majorGrounds
    majorBasis
    catalogueEntryId
    field
    proposedFineYuan
    decisionKinds
    decisionContent
    fineYuan
    decidedOn
    decidedAt
    servedOn
    executedOn
    closedAt
    updatedAt
    parties {
      id
      seq
      kind
      name
      idNumber
      address
      phone
    }
    handlers {
      id
      officerId
      officerName
      lead
      certificateNumber
      assignedAt
      releasedAt
    }
    transitions {
      id
      fromStage
      toStage
      at
      actorName
      note
    }
    legalReviews {
      id
      round
      submittedAt
      submittedBy
      outcome
      opinion
      reviewerName
      reviewedAt
    }
  }
`);

const CaseQuery = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseDetail
    }
  }
`);

const RegisterCaseMutation = graphql(`
  mutation RegisterCase($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      ...CaseDetail
    }
  }
`);

export const LegalReviewQueueQuery = graphql(`
  query LegalReviewQueue($offset: Int!, $limit: Int!) {
    legalReviewQueue(offset: $offset, limit: $limit) {
      total
      items {
        ...CaseRow
      }
    }
  }
`);

export const CaseChangeLogQuery = graphql(`
  query CaseChangeLog($id: ID!, $offset: Int!, $limit: Int!) {
    case(id: $id) {
      id
      changeLog(offset: $offset, limit: $limit) {
        ...ChangeLogFields
      }
    }
  }
`);

export const AdvanceCase = graphql(`
  mutation AdvanceCase($id: ID!, $version: Int!, $to: CaseStage!, $note: String) {
    advanceCase(id: $id, version: $version, to: $to, note: $note) {
      ...CaseDetail
    }
  }
`);

export const SetProposedFine = graphql(`
  mutation SetProposedFine($id: ID!, $version: Int!, $fineYuan: Int!) {
    setProposedFine(id: $id, version: $version, fineYuan: $fineYuan) {
      ...CaseDetail
    }
  }
`);

export const MarkCaseMajor = graphql(`
  mutation MarkCaseMajor($id: ID!, $version: Int!, $grounds: [MajorGround!]!, $basis: String!) {
    markCaseMajor(id: $id, version: $version, grounds: $grounds, basis: $basis) {
      ...CaseDetail
    }
  }
`);

export const RequestHearing = graphql(`
  mutation RequestHearing($id: ID!, $version: Int!, $note: String!) {
    requestHearing(id: $id, version: $version, note: $note) {
      ...CaseDetail
    }
  }
`);

export const SubmitForLegalReview = graphql(`
  mutation SubmitForLegalReview($id: ID!, $version: Int!, $note: String) {
    submitForLegalReview(id: $id, version: $version, note: $note) {
      ...CaseDetail
    }
  }
`);

export const ReviewCase = graphql(`
  mutation ReviewCase($id: ID!, $version: Int!, $outcome: LegalReviewOutcome!, $opinion: String) {
    reviewCase(id: $id, version: $version, outcome: $outcome, opinion: $opinion) {
      ...CaseDetail
    }
  }
`);

export const DecideCase = graphql(`
  mutation DecideCase($id: ID!, $version: Int!, $input: DecisionInput!) {
    decideCase(id: $id, version: $version, input: $input) {
      ...CaseDetail
    }
  }
`);

export const ServeDecision = graphql(`
  mutation ServeDecision($id: ID!, $version: Int!, $servedOn: String!) {
    serveDecision(id: $id, version: $version, servedOn: $servedOn) {
      ...CaseDetail
    }
  }
`);

export const RecordExecution = graphql(`
  mutation RecordExecution($id: ID!, $version: Int!, $executedOn: String!, $note: String) {
    recordExecution(id: $id, version: $version, executedOn: $executedOn, note: $note) {
      ...CaseDetail
    }
  }
`);

export const CloseCase = graphql(`
  mutation CloseCase($id: ID!, $version: Int!, $note: String) {
    closeCase(id: $id, version: $version, note: $note) {
      ...CaseDetail
    }
  }
`);

export const ChangeCaseHandlers = graphql(`
  mutation ChangeCaseHandlers($id: ID!, $version: Int!, $input: HandlersInput!) {
    changeCaseHandlers(id: $id, version: $version, input: $input) {
      ...CaseDetail
    }
  }
`);

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The registration form's values as the API's RegisterCaseInput (blank optional inputs sent as null). */
export function toRegisterCaseInput(data: Record<string, unknown>): RegisterCaseInput {
  const parties = Array.isArray(data.parties) ? (data.parties as Record<string, unknown>[]) : [];
  const grounds = Array.isArray(data.majorGrounds) ? (data.majorGrounds as MajorGround[]) : [];
  return {
    matterId: String(data.matterId ?? ''),
    cause: typeof data.cause === 'string' ? data.cause.trim() : '',
    parties: parties.map((p) => ({
      kind: (p?.kind ?? 'PERSON') as PartyKind,
      name: typeof p?.name === 'string' ? p.name.trim() : '',
      idNumber: text(p?.idNumber),
      address: text(p?.address),
      phone: text(p?.phone),
    })),
    handlerIds: Array.isArray(data.handlerIds) ? data.handlerIds.map(String) : [],
    leadOfficerId: String(data.leadOfficerId ?? ''),
    majorGrounds: grounds.length > 0 ? grounds : null,
    majorBasis: grounds.length > 0 ? text(data.majorBasis) : null,
  };
}

export const cases = defineResource<CaseFilter, CaseOrderField>({
  sortFields: { registeredAt: 'REGISTERED_AT', registeredOn: 'REGISTERED_AT', number: 'NUMBER', stageEnteredAt: 'STAGE_ENTERED_AT' },
  filterKeys: ['search', 'ids', 'agencyId', 'stage', 'major', 'handlerId', 'category', 'year', 'publicityDue', 'filingDue'],
  list: async (variables) => (await request(CasesQuery, variables)).cases,
  one: async (id) => (await request(CaseQuery, { id })).case,
  create: async (data) => (await request(RegisterCaseMutation, { input: toRegisterCaseInput(data) })).registerCase,
});
