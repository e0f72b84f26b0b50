/**
 * 投诉举报 (004 第八条): the workbench list with its filters, one complaint with its timeline and the caller's
 * actions, registration; the steps (受理, 不予受理, 指定承办人, 调查核实, 办结, 关联案件) are custom methods
 * (actions.ts), each sending the version the clerk saw. The complainant comes masked or in full as the server
 * decides; the console never unmasks anything.
 */
import { graphql } from '../gql';
import type { ComplaintChannel, ComplaintFilter, ComplaintOrderField, CreateComplaintInput } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

/** What a row of the workbench shows. */
graphql(`
  fragment ComplaintRow on Complaint {
    id
    number
    receivedAt
    channel
    anonymous
    complainantName
    agencyId
    officerId
    caseId
    content
    status
    handlerId
    handlerName
    repeat
    sameComplainantCount
    registeredBy
    version
  }
`);

const ComplaintsQuery = graphql(`
  query Complaints($offset: Int!, $limit: Int!, $filter: ComplaintFilter, $orderBy: ComplaintOrder) {
    complaints(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...ComplaintRow
      }
    }
  }
`);

/** A complaint as its page shows it: the row, the complainant's details, the conclusion, the steps and the actions. */
export const ComplaintRecordFragment = graphql(`
  fragment ComplaintRecord on Complaint {
    ...ComplaintRow
    complainantPhone
    complainantAddress
    complainantEmail
    createdAt
    updatedAt
    acceptedAt
    rejectedAt
    rejectionReason
    assignedAt
    investigationStartedAt
    concludedAt
    finding
    reply
    repliedVia
    repliedOn
    availableActions
    case {
      id
      number
      cause
    }
    steps {
      id
      kind
      status
      at
      actorName
      note
      handlerId
      handlerName
      handlerCertificateNumber
      caseId
      caseNumber
    }
  }
`);

const ComplaintQuery = graphql(`
  query Complaint($id: ID!) {
    complaint(id: $id) {
      ...ComplaintRecord
    }
  }
`);

const CreateComplaintMutation = graphql(`
  mutation CreateComplaint($input: CreateComplaintInput!) {
    createComplaint(input: $input) {
      ...ComplaintRecord
    }
  }
`);

export const AcceptComplaint = graphql(`
  mutation AcceptComplaint($id: ID!, $version: Int!, $note: String) {
    acceptComplaint(id: $id, version: $version, note: $note) {
      ...ComplaintRecord
    }
  }
`);

export const RejectComplaint = graphql(`
  mutation RejectComplaint($id: ID!, $version: Int!, $reason: String!) {
    rejectComplaint(id: $id, version: $version, reason: $reason) {
      ...ComplaintRecord
    }
  }
`);

export const AssignComplaintHandler = graphql(`
  mutation AssignComplaintHandler($id: ID!, $version: Int!, $officerId: ID!, $note: String) {
    assignComplaintHandler(id: $id, version: $version, officerId: $officerId, note: $note) {
      ...ComplaintRecord
    }
  }
`);

export const StartComplaintInvestigation = graphql(`
  mutation StartComplaintInvestigation($id: ID!, $version: Int!, $note: String) {
    startComplaintInvestigation(id: $id, version: $version, note: $note) {
      ...ComplaintRecord
    }
  }
`);

export const ConcludeComplaint = graphql(`
  mutation ConcludeComplaint($id: ID!, $version: Int!, $input: ConcludeComplaintInput!) {
    concludeComplaint(id: $id, version: $version, input: $input) {
      ...ComplaintRecord
    }
  }
`);

export const SetComplaintCase = graphql(`
  mutation SetComplaintCase($id: ID!, $version: Int!, $caseId: ID) {
    setComplaintCase(id: $id, version: $version, caseId: $caseId) {
      ...ComplaintRecord
    }
  }
`);

export const ComplaintChangeLogQuery = graphql(`
  query ComplaintChangeLog($id: ID!, $offset: Int!, $limit: Int!) {
    complaint(id: $id) {
      id
      changeLog(offset: $offset, limit: $limit) {
        ...ChangeLogFields
      }
    }
  }
`);

/** The 投诉举报 tab of a case: `EnforcementCase.complaints`, the ones the caller may see, newest first. */
export const CaseComplaintsQuery = graphql(`
  query CaseComplaints($id: ID!, $offset: Int!, $limit: Int!) {
    case(id: $id) {
      id
      complaints(offset: $offset, limit: $limit) {
        total
        items {
          ...ComplaintRow
        }
      }
    }
  }
`);

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The create form's values as the API's input; an anonymous complaint carries no complainant details. */
export function toCreateComplaintInput(data: Record<string, unknown>): CreateComplaintInput {
  const anonymous = data.anonymous === true;
  return {
    channel: data.channel as ComplaintChannel,
    anonymous,
    complainantName: anonymous ? null : text(data.complainantName),
    complainantPhone: anonymous ? null : text(data.complainantPhone),
    complainantAddress: anonymous ? null : text(data.complainantAddress),
    complainantEmail: anonymous ? null : text(data.complainantEmail),
    agencyId: String(data.agencyId ?? ''),
    officerId: text(data.officerId),
    caseId: text(data.caseId),
    content: typeof data.content === 'string' ? data.content : '',
  };
}

/** The workbench's 办理中/已办结 select holds 'true'/'false' (a select's values are text): the API's Boolean. */
function withOpen(filter: ComplaintFilter | null | undefined): ComplaintFilter | null | undefined {
  const open = (filter as { open?: unknown } | null | undefined)?.open;
  return typeof open === 'string' ? { ...filter, open: open === 'true' } : filter;
}

export const complaints = defineResource<ComplaintFilter, ComplaintOrderField>({
  sortFields: { number: 'NUMBER', receivedAt: 'RECEIVED_AT', status: 'STATUS' },
  filterKeys: ['search', 'ids', 'agencyId', 'officerId', 'status', 'open', 'caseId', 'handlerId', 'receivedFrom', 'receivedTo', 'repeatOnly', 'sameComplainantAs'],
  list: async (variables) => (await request(ComplaintsQuery, { ...variables, filter: withOpen(variables.filter) })).complaints,
  one: async (id) => (await request(ComplaintQuery, { id })).complaint,
  create: async (data) => (await request(CreateComplaintMutation, { input: toCreateComplaintInput(data) })).createComplaint,
});
