/**
 * 行政执法监督通知书 and 行政执法监督决定书 (004 第二十三条 – 第二十五条): the two resources (list, page, issue) and the
 * steps of a notice (送达, 申请复查, 复查答复, 整改报告, 核验) as custom methods, each sending the version the clerk saw;
 * what the clerk may do is the server's `availableActions`.
 */
import { graphql } from '../gql';
import type {
  CreateNoticeInput, CreateSupervisionDecisionInput, NoticeFilter, NoticeGround, NoticeOrderField, SupervisionDecisionFilter, SupervisionDecisionOrderField,
  SupervisionDecisionType,
} from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

graphql(`
  fragment DeadlineFields on StatutoryDeadline {
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
`);

/** What a row of the notices list shows. */
graphql(`
  fragment NoticeRow on SupervisionNotice {
    id
    number
    issuerName
    agencyId
    grounds
    status
    issuedOn
    issuedAt
    receivedOn
    overdue
    objectionPending
    reportedLate
    version
    deadlines {
      ...DeadlineFields
    }
  }
`);

const NoticesQuery = graphql(`
  query Notices($offset: Int!, $limit: Int!, $filter: NoticeFilter, $orderBy: NoticeOrder) {
    notices(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...NoticeRow
      }
    }
  }
`);

/** The notice page: everything it shows, its related records' names through the gateway, and the caller's actions. */
graphql(`
  fragment NoticeDetail on SupervisionNotice {
    ...NoticeRow
    issuerId
    facts
    requirement
    sourceOpinionId
    issuedBy
    receiptRecordedAt
    receiptRecordedBy
    reportedOn
    reportedAt
    report
    reportedBy
    verifiedOn
    verifiedAt
    verification
    verifiedBy
    objectedOn
    objectedAt
    objectionReason
    objectedBy
    answeredOn
    answeredAt
    answer
    answeredBy
    objectionOutcome
    decisionBlocker
    availableActions
    updatedAt
    agency {
      id
      name
    }
    caseIds
    cases {
      id
      number
      cause
      stage
      decidedOn
    }
    complaints {
      id
      number
      content
      status
    }
    rectificationDeadline {
      ...DeadlineFields
    }
    objectionDeadline {
      ...DeadlineFields
    }
    answerDeadline {
      ...DeadlineFields
    }
    decisions {
      id
      number
      type
      caseId
      decidedOn
      issuedAt
      issuedBy
      effect {
        state
      }
    }
  }
`);

const NoticeQuery = graphql(`
  query Notice($id: ID!) {
    notice(id: $id) {
      ...NoticeDetail
    }
  }
`);

const CreateNoticeMutation = graphql(`
  mutation CreateNotice($input: CreateNoticeInput!) {
    createNotice(input: $input) {
      ...NoticeDetail
    }
  }
`);

export const RecordNoticeReceipt = graphql(`
  mutation RecordNoticeReceipt($id: ID!, $version: Int!, $receivedOn: String!) {
    recordNoticeReceipt(id: $id, version: $version, receivedOn: $receivedOn) {
      ...NoticeDetail
    }
  }
`);

export const ObjectToNotice = graphql(`
  mutation ObjectToNotice($id: ID!, $version: Int!, $reason: String!) {
    objectToNotice(id: $id, version: $version, reason: $reason) {
      ...NoticeDetail
    }
  }
`);

export const AnswerNoticeObjection = graphql(`
  mutation AnswerNoticeObjection($id: ID!, $version: Int!, $outcome: ObjectionOutcome!, $answer: String!) {
    answerNoticeObjection(id: $id, version: $version, outcome: $outcome, answer: $answer) {
      ...NoticeDetail
    }
  }
`);

export const ReportRectification = graphql(`
  mutation ReportRectification($id: ID!, $version: Int!, $report: String!) {
    reportRectification(id: $id, version: $version, report: $report) {
      ...NoticeDetail
    }
  }
`);

export const VerifyRectification = graphql(`
  mutation VerifyRectification($id: ID!, $version: Int!, $accepted: Boolean!, $opinion: String!) {
    verifyRectification(id: $id, version: $version, accepted: $accepted, opinion: $opinion) {
      ...NoticeDetail
    }
  }
`);

export const NoticeChangeLogQuery = graphql(`
  query NoticeChangeLog($id: ID!, $offset: Int!, $limit: Int!) {
    notice(id: $id) {
      id
      changeLog(offset: $offset, limit: $limit) {
        ...ChangeLogFields
      }
    }
  }
`);

/** What the create page prefills from a complaint (`?complaintId=`) or a case (`?caseId=`). */
export const NoticeSourceComplaintQuery = graphql(`
  query NoticeSourceComplaint($id: ID!) {
    complaint(id: $id) {
      id
      number
      agencyId
      content
      receivedAt
    }
  }
`);

export const NoticeSourceOpinionQuery = graphql(`
  query NoticeSourceOpinion($id: ID!) {
    supervisionOpinion(id: $id) {
      id
      number
      agencyId
      requirements
      unmended
      escalatedToNoticeId
      findings {
        caseId
        caseNumber
        reasons
      }
    }
  }
`);

export const NoticeSourceCaseQuery = graphql(`
  query NoticeSourceCase($id: ID!) {
    case(id: $id) {
      id
      number
      agencyId
      cause
      decidedOn
    }
  }
`);

/** The notices of one case (its page's panel) and the mark a 监督决定书 left on its decision. */
export const CaseNoticesQuery = graphql(`
  query CaseNotices($id: ID!, $offset: Int!, $limit: Int!) {
    case(id: $id) {
      id
      number
      correction {
        kind
        decisionNumber
        decisionId
        issuingBody
        decidedOn
        reason
        recordedAt
      }
      notices(offset: $offset, limit: $limit) {
        total
        items {
          ...NoticeRow
        }
      }
    }
  }
`);

graphql(`
  fragment SupervisionDecisionRow on SupervisionDecision {
    id
    number
    type
    issuerName
    agencyId
    noticeId
    caseId
    decidedOn
    issuedAt
    performBy
    version
    effect {
      state
      reason
      appliedAt
      publicationWithdrawn
    }
  }
`);

const SupervisionDecisionsQuery = graphql(`
  query SupervisionDecisions($offset: Int!, $limit: Int!, $filter: SupervisionDecisionFilter, $orderBy: SupervisionDecisionOrder) {
    supervisionDecisions(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...SupervisionDecisionRow
      }
    }
  }
`);

graphql(`
  fragment SupervisionDecisionDetail on SupervisionDecision {
    ...SupervisionDecisionRow
    issuerId
    reasons
    requirement
    issuedBy
    updatedAt
    agency {
      id
      name
    }
    notice {
      id
      number
      issuedOn
      receivedOn
      status
      grounds
      rectificationDeadline {
        dueOn
      }
    }
    case {
      id
      number
      cause
      decidedOn
      decisionKinds
    }
  }
`);

const SupervisionDecisionQuery = graphql(`
  query SupervisionDecision($id: ID!) {
    supervisionDecision(id: $id) {
      ...SupervisionDecisionDetail
    }
  }
`);

export const CreateSupervisionDecision = graphql(`
  mutation CreateSupervisionDecision($input: CreateSupervisionDecisionInput!) {
    createSupervisionDecision(input: $input) {
      ...SupervisionDecisionDetail
    }
  }
`);

export const SupervisionDecisionChangeLogQuery = graphql(`
  query SupervisionDecisionChangeLog($id: ID!, $offset: Int!, $limit: Int!) {
    supervisionDecision(id: $id) {
      id
      changeLog(offset: $offset, limit: $limit) {
        ...ChangeLogFields
      }
    }
  }
`);

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : []);

/** The create form's values as the API's input. */
export function toCreateNoticeInput(data: Record<string, unknown>): CreateNoticeInput {
  return {
    agencyId: String(data.agencyId ?? ''),
    grounds: ids(data.grounds) as NoticeGround[],
    facts: text(data.facts),
    requirement: text(data.requirement),
    caseIds: ids(data.caseIds),
    complaintIds: ids(data.complaintIds),
    // the 监督意见书 this notice escalates (003 第15条), when the form came from one
    opinionId: typeof data.opinionId === 'string' && data.opinionId ? data.opinionId : null,
  };
}

/** The decision dialog's values as the API's input (blank optional inputs as null). */
export function toCreateSupervisionDecisionInput(noticeId: string, data: Record<string, unknown>): CreateSupervisionDecisionInput {
  const type = data.type as SupervisionDecisionType;
  return {
    noticeId,
    type,
    caseId: typeof data.caseId === 'string' && data.caseId !== '' ? data.caseId : null,
    reasons: text(data.reasons),
    requirement: text(data.requirement) || null,
    performBy: type === 'ORDER_PERFORMANCE' && typeof data.performBy === 'string' && data.performBy !== '' ? data.performBy : null,
  };
}

export const notices = defineResource<NoticeFilter, NoticeOrderField>({
  sortFields: { issuedAt: 'ISSUED_AT', issuedOn: 'ISSUED_AT', number: 'NUMBER', status: 'STATUS', rectifyDueOn: 'RECTIFICATION_DUE_ON' },
  filterKeys: ['search', 'ids', 'agencyId', 'status', 'ground', 'overdue', 'rectificationDueState', 'caseId', 'complaintId', 'issuedFrom', 'issuedTo'],
  list: async (variables) => (await request(NoticesQuery, variables)).notices,
  one: async (id) => (await request(NoticeQuery, { id })).notice,
  create: async (data) => (await request(CreateNoticeMutation, { input: toCreateNoticeInput(data) })).createNotice,
});

export const supervisionDecisions = defineResource<SupervisionDecisionFilter, SupervisionDecisionOrderField>({
  sortFields: { issuedAt: 'ISSUED_AT', decidedOn: 'ISSUED_AT', number: 'NUMBER', type: 'TYPE' },
  filterKeys: ['search', 'ids', 'agencyId', 'type', 'noticeId', 'caseId', 'effect'],
  list: async (variables) => (await request(SupervisionDecisionsQuery, variables)).supervisionDecisions,
  one: async (id) => (await request(SupervisionDecisionQuery, { id })).supervisionDecision,
});
