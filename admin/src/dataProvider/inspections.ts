/**
 * 现场监督 (004 第二十二条): the list, one inspection, planning and re-planning it (the resource's create and
 * update, with the version seen); carrying it out, its 全过程记录, concluding and cancelling are custom methods
 * (onsite.ts). The supervisors picker asks personnel's public `supervisorCredentials` for the date.
 */
import { graphql } from '../gql';
import type { InspectionArrangementInput, InspectionFilter, InspectionOrderField, SupervisionContent } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

graphql(`
  fragment InspectionRow on Inspection {
    id
    title
    agencyId
    date
    startTime
    endTime
    place
    status
    supervisorIds
    supervisors {
      officerId
      officerName
      certificateNumber
      checkedAt
      recused
    }
    version
  }
`);

const InspectionsQuery = graphql(`
  query Inspections($offset: Int!, $limit: Int!, $filter: InspectionFilter, $orderBy: InspectionOrder) {
    inspections(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...InspectionRow
      }
    }
  }
`);

graphql(`
  fragment InspectionDetail on Inspection {
    ...InspectionRow
    supervisingAgencyId
    subject
    contents
    caseIds
    complaintIds
    findings
    conclusion
    carriedOutAt
    carriedOutBy
    concludedAt
    cancelledReason
    createdBy
    createdAt
    updatedAt
    startsAt
    endsAt
  }
`);

const InspectionQuery = graphql(`
  query Inspection($id: ID!) {
    inspection(id: $id) {
      ...InspectionDetail
    }
  }
`);

const PlanInspectionMutation = graphql(`
  mutation PlanInspection($input: PlanInspectionInput!) {
    planInspection(input: $input) {
      ...InspectionDetail
    }
  }
`);

const UpdateInspectionMutation = graphql(`
  mutation UpdateInspection($id: ID!, $version: Int!, $input: InspectionArrangementInput!) {
    updateInspection(id: $id, version: $version, input: $input) {
      ...InspectionDetail
    }
  }
`);

export const CarryOutInspection = graphql(`
  mutation CarryOutInspection($id: ID!, $version: Int!, $input: CarryOutInspectionInput!) {
    carryOutInspection(id: $id, version: $version, input: $input) {
      ...InspectionDetail
    }
  }
`);

export const ConcludeInspection = graphql(`
  mutation ConcludeInspection($id: ID!, $version: Int!, $input: ConcludeInspectionInput!) {
    concludeInspection(id: $id, version: $version, input: $input) {
      ...InspectionDetail
    }
  }
`);

export const CancelInspection = graphql(`
  mutation CancelInspection($id: ID!, $version: Int!, $reason: String!) {
    cancelInspection(id: $id, version: $version, reason: $reason) {
      ...InspectionDetail
    }
  }
`);

export const InspectionEntryFieldsFragment = graphql(`
  fragment InspectionEntryFields on InspectionEntry {
    id
    seq
    at
    text
    attachments {
      name
      sha256
      size
    }
    recordedBy
    recordedAt
  }
`);

export const AddInspectionEntry = graphql(`
  mutation AddInspectionEntry($id: ID!, $input: InspectionEntryInput!) {
    addInspectionEntry(id: $id, input: $input) {
      ...InspectionEntryFields
    }
  }
`);

export const InspectionEntriesQuery = graphql(`
  query InspectionEntries($id: ID!) {
    inspection(id: $id) {
      id
      entries(limit: 200) {
        total
        items {
          ...InspectionEntryFields
        }
      }
    }
  }
`);

export const InspectionChangeLogQuery = graphql(`
  query InspectionChangeLog($id: ID!, $offset: Int!, $limit: Int!) {
    inspection(id: $id) {
      id
      changeLog(offset: $offset, limit: $limit) {
        ...OnsiteChangeLogFields
      }
    }
  }
`);

graphql(`
  fragment OnsiteChangeLogFields on ChangeLogList {
    total
    items {
      id
      action
      actorName
      at
      changes {
        field
        before
        after
      }
    }
  }
`);

/** 执法监督资格 of the chosen people at both ends of the activity (004 第二十二条; personnel's public check). */
export const SupervisorCredentialsAtQuery = graphql(`
  query SupervisorCredentialsAt($ids: [ID!]!, $start: DateTimeISO!, $end: DateTimeISO!) {
    start: supervisorCredentials(officerIds: $ids, at: $start) {
      officerId
      officerName
      valid
      certificateNumber
      status
      reason
    }
    end: supervisorCredentials(officerIds: $ids, at: $end) {
      officerId
      valid
      status
      reason
    }
  }
`);

/** The people of the caller's scope the picker offers (those with the 执法监督 duty are kept). */
export const SupervisorChoicesQuery = graphql(`
  query SupervisorChoices($search: String) {
    officers(limit: 200, filter: { search: $search, employmentStatus: ON_DUTY }) {
      items {
        id
        name
        agencyId
        post
        duties
      }
    }
  }
`);

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const optional = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The form's values as the API's arrangements. */
export function toArrangement(data: Record<string, unknown>): InspectionArrangementInput {
  return {
    title: text(data.title),
    date: text(data.date),
    startTime: optional(data.startTime),
    endTime: optional(data.endTime),
    place: text(data.place),
    subject: text(data.subject),
    contents: (Array.isArray(data.contents) ? data.contents : []) as SupervisionContent[],
    caseIds: ids(data.caseIds),
    complaintIds: ids(data.complaintIds),
    supervisorIds: ids(data.supervisorIds),
  };
}

export const inspections = defineResource<InspectionFilter, InspectionOrderField>({
  sortFields: { date: 'DATE', createdAt: 'CREATED_AT', status: 'STATUS' },
  filterKeys: ['search', 'ids', 'agencyId', 'status', 'supervisorId', 'dateFrom', 'dateTo'],
  list: async (variables) => (await request(InspectionsQuery, variables)).inspections,
  one: async (id) => (await request(InspectionQuery, { id })).inspection,
  create: async (data) => (await request(PlanInspectionMutation, { input: { ...toArrangement(data), agencyId: String(data.agencyId ?? '') } })).planInspection,
  update: async (id, data, previous) => (await request(UpdateInspectionMutation, { id, version: Number(previous.version), input: toArrangement(data) })).updateInspection,
});
