import { graphql } from '../gql';
import type { AgencyFilter, AgencyInput, AgencyLevel, AgencyOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

/** The staffing figures card (003 第3条, 第11条; 002). */
export const AgencyFiguresFieldsFragment = graphql(`
  fragment AgencyFiguresFields on AgencyFigures {
    year
    officers
    withValidCertificate
    validCertificateShare
    suspendedNow
    reviewOverdue
    trainingCompliant
    trainingComplianceShare
    trainingHoursRequired
    averageTrainingHours
    legalReviewers
    legalReviewersRequired
    legalReviewersSufficient
    rules
  }
`);

const AgenciesQuery = graphql(`
  query Agencies($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {
    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        id
        name
        level
        region
        parentId
        qualificationConfirmed
        publishedAt
        officerCount
        supervisionPhone
      }
    }
  }
`);

/** For references and choices (an officer's agency, the agency of a complaint): the name and little else. */
const AgencyRefsQuery = graphql(`
  query AgencyRefs($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {
    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        id
        name
        level
        region
        fields
      }
    }
  }
`);

/** The agency page: details, direct sub-units, this year's staffing figures and the policies in force. */
const AgencyQuery = graphql(`
  query Agency($id: ID!) {
    agency(id: $id) {
      ...AgencyDetail
      children(limit: 200) {
        total
        items {
          id
          name
          level
          region
          qualificationConfirmed
          officerCount
        }
      }
      figures {
        ...AgencyFiguresFields
      }
      policies {
        key
        label
        value
        unit
        source
        setAt
        defaultValue
        version
      }
    }
  }
`);

export const AgencyDetailFragment = graphql(`
  fragment AgencyDetail on Agency {
    id
    name
    unifiedCode
    level
    region
    fields
    parentId
    parent {
      id
      name
    }
    enforcementUnit
    supervisionUnit
    supervisionPhone
    qualificationConfirmed
    qualificationConfirmedAt
    qualificationConfirmedBy
    publishedAt
    officerCount
    createdAt
    updatedAt
    version
  }
`);

const CreateAgencyMutation = graphql(`
  mutation CreateAgency($input: AgencyInput!) {
    createAgency(input: $input) {
      ...AgencyDetail
    }
  }
`);

const UpdateAgencyMutation = graphql(`
  mutation UpdateAgency($id: ID!, $input: AgencyInput!, $version: Int!) {
    updateAgency(id: $id, input: $input, version: $version) {
      ...AgencyDetail
    }
  }
`);

export const ConfirmAgencyQualification = graphql(`
  mutation ConfirmAgencyQualification($id: ID!, $version: Int!) {
    confirmAgencyQualification(id: $id, version: $version) {
      id
      version
      qualificationConfirmed
    }
  }
`);

export const PublishAgency = graphql(`
  mutation PublishAgency($id: ID!, $version: Int!) {
    publishAgency(id: $id, version: $version) {
      id
      version
      publishedAt
    }
  }
`);

export const SetPolicy = graphql(`
  mutation SetPolicy($agencyId: ID!, $key: PolicyKey!, $value: Float, $source: String, $version: Int) {
    setPolicy(agencyId: $agencyId, key: $key, value: $value, source: $source, version: $version) {
      key
      value
      source
      setAt
      version
    }
  }
`);

/** One year's figures, when the page asks for a year other than the current one. */
export const AgencyFiguresQuery = graphql(`
  query AgencyFigures($id: ID!, $year: Int) {
    agency(id: $id) {
      id
      figures(year: $year) {
        ...AgencyFiguresFields
      }
    }
  }
`);

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The form's values as the API's AgencyInput (create and edit share it, like the form). */
export function toAgencyInput(data: Record<string, unknown>): AgencyInput {
  return {
    name: typeof data.name === 'string' ? data.name.trim() : '',
    unifiedCode: text(data.unifiedCode),
    level: data.level as AgencyLevel,
    parentId: text(data.parentId),
    region: typeof data.region === 'string' ? data.region.trim() : '',
    fields: Array.isArray(data.fields) ? data.fields.map((f) => String(f).trim()).filter(Boolean) : [],
    enforcementUnit: text(data.enforcementUnit),
    supervisionUnit: text(data.supervisionUnit),
    supervisionPhone: text(data.supervisionPhone),
  };
}

export const agencies = defineResource<AgencyFilter, AgencyOrderField>({
  sortFields: { name: 'NAME', level: 'LEVEL', createdAt: 'CREATED_AT' },
  filterKeys: ['search', 'ids', 'level', 'parentId'],
  list: async (variables) => (await request(AgenciesQuery, variables)).agencies,
  refs: async (variables) => (await request(AgencyRefsQuery, variables)).agencies,
  one: async (id) => (await request(AgencyQuery, { id })).agency,
  create: async (data) => (await request(CreateAgencyMutation, { input: toAgencyInput(data) })).createAgency,
  update: async (id, data, previousData) =>
    (await request(UpdateAgencyMutation, { id, input: toAgencyInput(data), version: Number(previousData.version ?? data.version) })).updateAgency,
});
