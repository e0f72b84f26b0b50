/** 行政复议、行政诉讼 of a case (003 第16条, 004 第二十五条): its list and the two commands. */
import { graphql } from '../gql';

export const CaseChallengeFieldsFragment = graphql(`
  fragment CaseChallengeFields on CaseChallenge {
    id
    caseId
    kind
    body
    filedOn
    acceptedOn
    outcome
    outcomeOn
    outcomeNote
    corrected
    pending
    recordedBy
    recordedAt
    version
  }
`);

export const CaseChallengesQuery = graphql(`
  query CaseChallenges($id: ID!) {
    case(id: $id) {
      id
      stage
      decidedOn
      underChallenge
      challenges {
        ...CaseChallengeFields
      }
    }
  }
`);

export const RecordCaseChallenge = graphql(`
  mutation RecordCaseChallenge($caseId: ID!, $input: ChallengeInput!) {
    recordChallenge(caseId: $caseId, input: $input) {
      ...CaseChallengeFields
    }
  }
`);

export const RecordCaseChallengeOutcome = graphql(`
  mutation RecordCaseChallengeOutcome($id: ID!, $version: Int!, $input: ChallengeOutcomeInput!) {
    recordChallengeOutcome(id: $id, version: $version, input: $input) {
      ...CaseChallengeFields
    }
  }
`);
