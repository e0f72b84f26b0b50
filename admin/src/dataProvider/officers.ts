import { graphql } from '../gql';
import type { Duty, OfficerFilter, OfficerInput, OfficerOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

const OfficersQuery = graphql(`
  query Officers($offset: Int!, $limit: Int!, $filter: OfficerFilter, $orderBy: OfficerOrder) {
    officers(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        id
        listSeq
        name
        agencyId
        post
        region
        fields
        duties
        employmentStatus
        certificate {
          id
          number
          status
          validUntil
        }
      }
    }
  }
`);

/**
 * The officer page: profile, current certificate with its history, and the records of the tabs
 * (employment changes, this year's trainings, exams, who viewed the full ID number — the API returns an
 * empty access log to roles that may not see it).
 */
const OfficerQuery = graphql(`
  query Officer($id: ID!) {
    officer(id: $id) {
      id
      listSeq
      name
      idNumberMasked
      agencyId
      post
      region
      fields
      duties
      employmentStatus
      legalProfessionQualification
      createdAt
      updatedAt
      version
      certificate {
        id
        number
        kind
        fields
        region
        issuedOn
        validUntil
        status
        review {
          dueOn
          state
          provisional
        }
        history(limit: 200) {
          items {
            ...CertificateHistoryEntry
          }
        }
      }
      certificates {
        id
        number
        kind
        status
        issuedOn
        validUntil
      }
      employmentChanges {
        id
        fromStatus
        toStatus
        effectiveOn
        reportedOn
        reportDueOn
        late
        provisional
        rule
        reason
        recordedBy
        recordedAt
      }
      trainings {
        id
        type
        title
        trainedOn
        hours
        provider
        recordedBy
      }
      trainingHours
      exams {
        id
        examName
        examOn
        passed
        score
        recordedBy
      }
      idNumberViews(limit: 50) {
        total
        items {
          id
          field
          viewerName
          viewedAt
          reason
        }
      }
      agency {
        id
        policies {
          key
          value
          unit
        }
      }
    }
  }
`);

const CreateOfficerMutation = graphql(`
  mutation CreateOfficer($input: OfficerInput!) {
    createOfficer(input: $input) {
      id
      name
      agencyId
      version
    }
  }
`);

const UpdateOfficerMutation = graphql(`
  mutation UpdateOfficer($id: ID!, $input: OfficerInput!, $version: Int!) {
    updateOfficer(id: $id, input: $input, version: $version) {
      id
      name
      agencyId
      version
    }
  }
`);

export const RecordEmploymentChange = graphql(`
  mutation RecordEmploymentChange($officerId: ID!, $input: EmploymentChangeInput!, $version: Int!) {
    recordEmploymentChange(officerId: $officerId, input: $input, version: $version) {
      change {
        id
        toStatus
        effectiveOn
        reportedOn
        reportDueOn
        late
        provisional
        rule
      }
      officer {
        id
        version
        employmentStatus
      }
    }
  }
`);

export const RecordTraining = graphql(`
  mutation RecordTraining($input: TrainingInput!) {
    recordTraining(input: $input) {
      id
      hours
    }
  }
`);

export const RecordExam = graphql(`
  mutation RecordExam($input: ExamInput!) {
    recordExam(input: $input) {
      id
      passed
    }
  }
`);

/** The full ID number of one officer, with a reason: the server records who saw it, when and why. */
export const RevealIdNumber = graphql(`
  mutation RevealIdNumber($officerId: ID!, $reason: String!) {
    revealIdNumber(officerId: $officerId, reason: $reason) {
      idNumber
      view {
        id
        viewedAt
      }
    }
  }
`);

export const ImportOfficers = graphql(`
  mutation ImportOfficers($csv: String!, $dryRun: Boolean!) {
    importOfficers(csv: $csv, dryRun: $dryRun) {
      rows
      imported
      dryRun
      problems {
        row
        field
        message
      }
    }
  }
`);

export const OfficersCsvQuery = graphql(`
  query OfficersCsv($filter: OfficerFilter) {
    officersCsv(filter: $filter)
  }
`);

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => String(v).trim()).filter(Boolean) : []);

/** The form's values as the API's OfficerInput (create and edit share it, like the form). */
export function toOfficerInput(data: Record<string, unknown>): OfficerInput {
  return {
    name: typeof data.name === 'string' ? data.name.trim() : '',
    // An edit leaves the stored number alone unless a new one is typed (the form never holds the full one).
    idNumber: text(data.idNumber),
    agencyId: String(data.agencyId ?? ''),
    post: text(data.post),
    region: typeof data.region === 'string' ? data.region.trim() : '',
    fields: texts(data.fields),
    duties: (Array.isArray(data.duties) ? data.duties : []) as Duty[],
    legalProfessionQualification: data.legalProfessionQualification === true,
  };
}

export const officers = defineResource<OfficerFilter, OfficerOrderField>({
  sortFields: { listSeq: 'LIST_SEQ', name: 'NAME', createdAt: 'CREATED_AT' },
  filterKeys: ['search', 'ids', 'agencyId', 'employmentStatus', 'duty'],
  list: async (variables) => (await request(OfficersQuery, variables)).officers,
  one: async (id) => (await request(OfficerQuery, { id })).officer,
  create: async (data) => (await request(CreateOfficerMutation, { input: toOfficerInput(data) })).createOfficer,
  update: async (id, data, previousData) =>
    (await request(UpdateOfficerMutation, { id, input: toOfficerInput(data), version: Number(previousData.version ?? data.version) })).updateOfficer,
});
