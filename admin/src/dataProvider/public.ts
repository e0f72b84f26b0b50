/** The public certificate lookup (亮证查询): no session, only what the API's PublicCertificate carries. */
import { graphql } from '../gql';

/** The public fields, the same for both lookups (DESIGN "Fixed points"). */
export const PublicCertificateFieldsFragment = graphql(`
  fragment PublicCertificateFields on PublicCertificate {
    number
    holderName
    agencyName
    fields
    region
    status
    validUntil
  }
`);

export const PublicCertificatesByHolderLookup = graphql(`
  query PublicCertificatesByHolder($name: String!, $agencyName: String!) {
    publicCertificatesByHolder(name: $name, agencyName: $agencyName) {
      ...PublicCertificateFields
    }
  }
`);

export const PublicCertificateLookup = graphql(`
  query PublicCertificate($number: String!) {
    publicCertificate(number: $number) {
      ...PublicCertificateFields
    }
  }
`);
