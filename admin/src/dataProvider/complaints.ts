import { graphql } from '../gql';
import type { ComplaintChannel, ComplaintFilter, ComplaintOrderField, CreateComplaintInput } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

const ComplaintsQuery = graphql(`
  query Complaints($offset: Int!, $limit: Int!, $filter: ComplaintFilter, $orderBy: ComplaintOrder) {
    complaints(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        id
        number
        receivedAt
        channel
        anonymous
        complainantName
        agencyId
        officerId
        content
        status
        registeredBy
      }
    }
  }
`);

/** A complaint as the show page and the create form's result carry it. */
export const ComplaintRecordFragment = graphql(`
  fragment ComplaintRecord on Complaint {
    id
    number
    receivedAt
    channel
    anonymous
    complainantName
    complainantPhone
    agencyId
    officerId
    content
    status
    registeredBy
    createdAt
    version
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

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The create form's values as the API's input; an anonymous complaint carries no complainant details. */
export function toCreateComplaintInput(data: Record<string, unknown>): CreateComplaintInput {
  const anonymous = data.anonymous === true;
  return {
    channel: data.channel as ComplaintChannel,
    anonymous,
    complainantName: anonymous ? null : text(data.complainantName),
    complainantPhone: anonymous ? null : text(data.complainantPhone),
    agencyId: String(data.agencyId ?? ''),
    officerId: text(data.officerId),
    content: typeof data.content === 'string' ? data.content : '',
  };
}

export const complaints = defineResource<ComplaintFilter, ComplaintOrderField>({
  sortFields: { number: 'NUMBER', receivedAt: 'RECEIVED_AT', status: 'STATUS' },
  filterKeys: ['search', 'ids', 'agencyId', 'officerId', 'status'],
  list: async (variables) => (await request(ComplaintsQuery, variables)).complaints,
  one: async (id) => (await request(ComplaintQuery, { id })).complaint,
  create: async (data) => (await request(CreateComplaintMutation, { input: toCreateComplaintInput(data) })).createComplaint,
});
