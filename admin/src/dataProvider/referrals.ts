/**
 * 移送 (004 第三十一条): the list, one referral, the draft (create, and update with the version seen); sending,
 * the 回执 and the reply are custom methods (onsite.ts). The print view reads the same record plus the names of
 * the agency and officers concerned through the graph.
 */
import { graphql } from '../gql';
import type { DutyOffence, PublicInterestConduct, PublicInterestField, ReferralClueKind, ReferralFilter, ReferralInput, ReferralOrderField, ReferralRecipientKind } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

graphql(`
  fragment ReferralFields on Referral {
    id
    number
    issuerId
    issuerName
    documentTitle
    clueKind
    offence
    field
    conduct
    recipientKind
    recipientName
    agencyId
    officerIds
    officerNames
    caseIds
    complaintIds
    inspectionId
    summary
    status
    sentOn
    sentBy
    receivedOn
    receivedBy
    receiptNote
    repliedOn
    reply
    createdBy
    createdAt
    updatedAt
    version
  }
`);

const ReferralsQuery = graphql(`
  query Referrals($offset: Int!, $limit: Int!, $filter: ReferralFilter, $orderBy: ReferralOrder) {
    referrals(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...ReferralFields
      }
    }
  }
`);

const ReferralQuery = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralFields
    }
  }
`);

/** The letter (问题线索移送函): the referral and the agency's name as personnel has it. */
export const ReferralLetterQuery = graphql(`
  query ReferralLetter($id: ID!) {
    referral(id: $id) {
      ...ReferralFields
      agency {
        id
        name
      }
    }
  }
`);

const CreateReferralMutation = graphql(`
  mutation CreateReferral($input: ReferralInput!) {
    createReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

const UpdateReferralMutation = graphql(`
  mutation UpdateReferral($id: ID!, $version: Int!, $input: ReferralInput!) {
    updateReferral(id: $id, version: $version, input: $input) {
      ...ReferralFields
    }
  }
`);

export const SendReferral = graphql(`
  mutation SendReferral($id: ID!, $version: Int!, $sentOn: String!) {
    sendReferral(id: $id, version: $version, sentOn: $sentOn) {
      ...ReferralFields
    }
  }
`);

export const RecordReferralReceipt = graphql(`
  mutation RecordReferralReceipt($id: ID!, $version: Int!, $input: ReferralReceiptInput!) {
    recordReferralReceipt(id: $id, version: $version, input: $input) {
      ...ReferralFields
    }
  }
`);

export const RecordReferralReply = graphql(`
  mutation RecordReferralReply($id: ID!, $version: Int!, $input: ReferralReplyInput!) {
    recordReferralReply(id: $id, version: $version, input: $input) {
      ...ReferralFields
    }
  }
`);

export const ReferralChangeLogQuery = graphql(`
  query ReferralChangeLog($id: ID!, $offset: Int!, $limit: Int!) {
    referral(id: $id) {
      id
      changeLog(offset: $offset, limit: $limit) {
        ...OnsiteChangeLogFields
      }
    }
  }
`);

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const optionalId = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The form's values as the API's input: only the details of the chosen kind of clue are sent. */
export function toReferralInput(data: Record<string, unknown>): ReferralInput {
  const clueKind = data.clueKind as ReferralClueKind;
  const duty = clueKind === 'DUTY_OFFENCE';
  return {
    clueKind,
    offence: duty ? ((data.offence as DutyOffence | undefined) ?? null) : null,
    field: duty ? null : ((data.field as PublicInterestField | undefined) ?? null),
    conduct: duty ? null : ((data.conduct as PublicInterestConduct | undefined) ?? null),
    recipientKind: data.recipientKind as ReferralRecipientKind,
    recipientName: text(data.recipientName),
    agencyId: String(data.agencyId ?? ''),
    officerIds: ids(data.officerIds),
    caseIds: ids(data.caseIds),
    complaintIds: ids(data.complaintIds),
    inspectionId: optionalId(data.inspectionId),
    summary: text(data.summary),
  };
}

export const referrals = defineResource<ReferralFilter, ReferralOrderField>({
  sortFields: { createdAt: 'CREATED_AT', sentOn: 'SENT_ON', status: 'STATUS' },
  filterKeys: ['search', 'ids', 'agencyId', 'clueKind', 'recipientKind', 'status', 'officerId', 'inspectionId'],
  list: async (variables) => (await request(ReferralsQuery, variables)).referrals,
  one: async (id) => (await request(ReferralQuery, { id })).referral,
  create: async (data) => (await request(CreateReferralMutation, { input: toReferralInput(data) })).createReferral,
  update: async (id, data, previous) => (await request(UpdateReferralMutation, { id, version: Number(previous.version), input: toReferralInput(data) })).updateReferral,
});
