/** The public certificate lookup (亮证查询): no session, only what the API's PublicCertificate carries. */
import { graphql } from '../gql';

export const PublicCertificatesByHolderLookup = graphql(`
  query PublicCertificatesByHolder($name: String!, $agencyName: String!) {
    publicCertificatesByHolder(name: $name, agencyName: $agencyName) {
      number
      holderName
      agencyName
      fields
      region
      status
      validUntil
    }
  }
`);

export const PublicCertificateLookup = graphql(`
  query PublicCertificate($number: String!) {
    publicCertificate(number: $number) {
      number
      holderName
      agencyName
      fields
      region
      status
      validUntil
    }
  }
`);
