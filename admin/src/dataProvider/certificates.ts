import { graphql } from '../gql';
import type { CertificateFilter, CertificateOrderField } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

/** One entry of a certificate's history, everything the timeline shows. */
export const CertificateHistoryEntryFragment = graphql(`
  fragment CertificateHistoryEntry on CertificateEvent {
    id
    kind
    effectiveFrom
    effectiveUntil
    endsOn
    ground
    rule
    provisional
    reviewDueOn
    validUntilAfter
    recordedAt
    actorName
    reason
    basis
    sanctionId
  }
`);

/** What a certificate row and the certificate page both show: number, scope, validity, status, 年审. */
export const CertificateSummaryFragment = graphql(`
  fragment CertificateSummary on Certificate {
    id
    number
    kind
    officerId
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
  }
`);

const CertificatesQuery = graphql(`
  query Certificates($offset: Int!, $limit: Int!, $filter: CertificateFilter, $orderBy: CertificateOrder) {
    certificates(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {
      total
      items {
        ...CertificateSummary
      }
    }
  }
`);

const CertificateQuery = graphql(`
  query Certificate($id: ID!) {
    certificate(id: $id) {
      ...CertificateSummary
      allowedActions
      activeSuspension {
        id
        effectiveFrom
        endsOn
        ground
        provisional
      }
      createdAt
      updatedAt
      version
      history(limit: 200) {
        items {
          ...CertificateHistoryEntry
        }
      }
    }
  }
`);

// The domain actions of 003 第4条 and 004 第三十三条 / 第十一条. Each sends the version the page shows, so an
// action on a stale view is refused (CONCURRENT_MODIFICATION); the page then reloads the record.

export const IssueCertificate = graphql(`
  mutation IssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      id
      number
      status
    }
  }
`);

export const ReviewCertificate = graphql(`
  mutation ReviewCertificate($id: ID!, $note: String, $version: Int!) {
    reviewCertificate(id: $id, note: $note, version: $version) {
      id
      version
      status
    }
  }
`);

export const SuspendCertificate = graphql(`
  mutation SuspendCertificate($id: ID!, $input: SuspendCertificateInput!, $version: Int!) {
    suspendCertificate(id: $id, input: $input, version: $version) {
      id
      version
      status
      activeSuspension {
        endsOn
      }
    }
  }
`);

export const LiftCertificateSuspension = graphql(`
  mutation LiftCertificateSuspension($id: ID!, $reason: String!, $version: Int!) {
    liftCertificateSuspension(id: $id, reason: $reason, version: $version) {
      id
      version
      status
    }
  }
`);

export const RenewCertificate = graphql(`
  mutation RenewCertificate($id: ID!, $reason: String!, $newNumber: String, $version: Int!) {
    renewCertificate(id: $id, reason: $reason, newNumber: $newNumber, version: $version) {
      id
      version
      number
      status
    }
  }
`);

export const RevokeCertificate = graphql(`
  mutation RevokeCertificate($id: ID!, $reason: String!, $basis: String!, $version: Int!) {
    revokeCertificate(id: $id, reason: $reason, basis: $basis, version: $version) {
      id
      version
      status
    }
  }
`);

export const CancelCertificate = graphql(`
  mutation CancelCertificate($id: ID!, $reason: String!, $basis: String, $version: Int!) {
    cancelCertificate(id: $id, reason: $reason, basis: $basis, version: $version) {
      id
      version
      status
    }
  }
`);

export const RecoverCertificate = graphql(`
  mutation RecoverCertificate($id: ID!, $note: String, $recoveredOn: String, $version: Int!) {
    recoverCertificate(id: $id, note: $note, recoveredOn: $recoveredOn, version: $version) {
      id
      version
      status
    }
  }
`);

/** The end a suspension starting on a day would have, under the policy in force (shown live in the dialog). */
export const SuspensionPreviewQuery = graphql(`
  query SuspensionPreview($id: ID!, $startsOn: String!) {
    suspensionPreview(id: $id, startsOn: $startsOn) {
      startsOn
      endsOn
      months
      rule
    }
  }
`);

/** Today in China, the date the statutory rules use (the server's clock, not the browser's). */
export const TodayQuery = graphql(`
  query Today {
    today
  }
`);

export const certificates = defineResource<CertificateFilter, CertificateOrderField>({
  sortFields: { number: 'NUMBER', issuedOn: 'ISSUED_ON', validUntil: 'VALID_UNTIL' },
  filterKeys: ['search', 'ids', 'kind', 'status', 'officerId', 'agencyId', 'expiringWithinDays'],
  list: async (variables) => (await request(CertificatesQuery, variables)).certificates,
  one: async (id) => (await request(CertificateQuery, { id })).certificate,
});
