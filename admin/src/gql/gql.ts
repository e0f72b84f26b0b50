/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        agencyId\n        officerId\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment AgencyFiguresFields on AgencyFigures {\n    year\n    officers\n    withValidCertificate\n    validCertificateShare\n    suspendedNow\n    reviewOverdue\n    trainingCompliant\n    trainingComplianceShare\n    trainingHoursRequired\n    averageTrainingHours\n    legalReviewers\n    legalReviewersRequired\n    legalReviewersSufficient\n    rules\n  }\n": typeof types.AgencyFiguresFieldsFragmentDoc,
    "\n  query Agencies($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {\n    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        name\n        level\n        region\n        parentId\n        qualificationConfirmed\n        publishedAt\n        officerCount\n        supervisionPhone\n      }\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query AgencyRefs($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {\n    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        name\n        level\n        region\n        fields\n      }\n    }\n  }\n": typeof types.AgencyRefsDocument,
    "\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetail\n      children(limit: 200) {\n        total\n        items {\n          id\n          name\n          level\n          region\n          qualificationConfirmed\n          officerCount\n        }\n      }\n      figures {\n        ...AgencyFiguresFields\n      }\n      policies {\n        key\n        label\n        value\n        unit\n        source\n        setAt\n        defaultValue\n        version\n      }\n    }\n  }\n": typeof types.AgencyDocument,
    "\n  fragment AgencyDetail on Agency {\n    id\n    name\n    unifiedCode\n    level\n    region\n    fields\n    parentId\n    parent {\n      id\n      name\n    }\n    enforcementUnit\n    supervisionUnit\n    supervisionPhone\n    qualificationConfirmed\n    qualificationConfirmedAt\n    qualificationConfirmedBy\n    publishedAt\n    officerCount\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.AgencyDetailFragmentDoc,
    "\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetail\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($id: ID!, $input: AgencyInput!, $version: Int!) {\n    updateAgency(id: $id, input: $input, version: $version) {\n      ...AgencyDetail\n    }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  mutation ConfirmAgencyQualification($id: ID!, $version: Int!) {\n    confirmAgencyQualification(id: $id, version: $version) {\n      id\n      version\n      qualificationConfirmed\n    }\n  }\n": typeof types.ConfirmAgencyQualificationDocument,
    "\n  mutation PublishAgency($id: ID!, $version: Int!) {\n    publishAgency(id: $id, version: $version) {\n      id\n      version\n      publishedAt\n    }\n  }\n": typeof types.PublishAgencyDocument,
    "\n  mutation SetPolicy($agencyId: ID!, $key: PolicyKey!, $value: Float, $source: String, $version: Int) {\n    setPolicy(agencyId: $agencyId, key: $key, value: $value, source: $source, version: $version) {\n      key\n      value\n      source\n      setAt\n      version\n    }\n  }\n": typeof types.SetPolicyDocument,
    "\n  query AgencyFigures($id: ID!, $year: Int) {\n    agency(id: $id) {\n      id\n      figures(year: $year) {\n        ...AgencyFiguresFields\n      }\n    }\n  }\n": typeof types.AgencyFiguresDocument,
    "\n  fragment CalendarYearFields on CalendarYearInfo {\n    id\n    year\n    source\n    inForce\n    notice\n    holidays {\n      name\n      from\n      to\n    }\n    daysOff\n    makeUpDays\n    packageDaysOff\n    packageMakeUpDays\n    disagreements {\n      date\n      entered\n      package\n    }\n    enteredBy\n    enteredAt\n    version\n  }\n": typeof types.CalendarYearFieldsFragmentDoc,
    "\n  query CalendarYears {\n    calendarYears {\n      packageLabel\n      coveredFrom\n      coveredTo\n      years {\n        ...CalendarYearFields\n      }\n    }\n  }\n": typeof types.CalendarYearsDocument,
    "\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n": typeof types.CalendarYearDocument,
    "\n  mutation SetCalendarYear($year: Int!, $input: CalendarYearInput!, $version: Int) {\n    setCalendarYear(year: $year, input: $input, version: $version) {\n      calendarYear {\n        ...CalendarYearFields\n      }\n      recomputed {\n        kind\n        recordId\n        before\n        after\n        provisional\n      }\n    }\n  }\n": typeof types.SetCalendarYearDocument,
    "\n  fragment CaseRow on EnforcementCase {\n    id\n    number\n    year\n    seq\n    cause\n    category\n    stage\n    major\n    matterId\n    agencyId\n    registeredOn\n    registeredAt\n    stageEnteredAt\n    reviewSubmittedAt\n    version\n    matter {\n      id\n      name\n    }\n    parties {\n      id\n      seq\n      name\n    }\n    handlers {\n      id\n      officerId\n      officerName\n      lead\n      releasedAt\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  fragment CaseRowDeadlines on EnforcementCase {\n    publication {\n      id\n      dueOn\n      dueState\n      late\n    }\n    filing {\n      id\n      dueOn\n      dueState\n      late\n    }\n  }\n": typeof types.CaseRowDeadlinesFragmentDoc,
    "\n  query Cases($offset: Int!, $limit: Int!, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...CaseRow\n        ...CaseRowDeadlines\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  fragment CaseDetail on EnforcementCase {\n    ...CaseRow\n    path\n    nextStage\n    availableActions\n    hearingHeld\n    majorGrounds\n    majorBasis\n    catalogueEntryId\n    field\n    proposedFineYuan\n    decisionKinds\n    decisionContent\n    fineYuan\n    decidedOn\n    decidedAt\n    servedOn\n    executedOn\n    closedAt\n    updatedAt\n    parties {\n      id\n      seq\n      kind\n      name\n      idNumber\n      address\n      phone\n    }\n    handlers {\n      id\n      officerId\n      officerName\n      lead\n      certificateNumber\n      assignedAt\n      releasedAt\n    }\n    transitions {\n      id\n      fromStage\n      toStage\n      at\n      actorName\n      note\n    }\n    legalReviews {\n      id\n      round\n      submittedAt\n      submittedBy\n      outcome\n      opinion\n      reviewerName\n      reviewedAt\n    }\n  }\n": typeof types.CaseDetailFragmentDoc,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n": typeof types.CaseDocument,
    "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...CaseDetail\n    }\n  }\n": typeof types.RegisterCaseDocument,
    "\n  query LegalReviewQueue($offset: Int!, $limit: Int!) {\n    legalReviewQueue(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...CaseRow\n      }\n    }\n  }\n": typeof types.LegalReviewQueueDocument,
    "\n  query CaseChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    case(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n": typeof types.CaseChangeLogDocument,
    "\n  mutation AdvanceCase($id: ID!, $version: Int!, $to: CaseStage!, $note: String) {\n    advanceCase(id: $id, version: $version, to: $to, note: $note) {\n      ...CaseDetail\n    }\n  }\n": typeof types.AdvanceCaseDocument,
    "\n  mutation SetProposedFine($id: ID!, $version: Int!, $fineYuan: Int!) {\n    setProposedFine(id: $id, version: $version, fineYuan: $fineYuan) {\n      ...CaseDetail\n    }\n  }\n": typeof types.SetProposedFineDocument,
    "\n  mutation MarkCaseMajor($id: ID!, $version: Int!, $grounds: [MajorGround!]!, $basis: String!) {\n    markCaseMajor(id: $id, version: $version, grounds: $grounds, basis: $basis) {\n      ...CaseDetail\n    }\n  }\n": typeof types.MarkCaseMajorDocument,
    "\n  mutation RequestHearing($id: ID!, $version: Int!, $note: String!) {\n    requestHearing(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n": typeof types.RequestHearingDocument,
    "\n  mutation SubmitForLegalReview($id: ID!, $version: Int!, $note: String) {\n    submitForLegalReview(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n": typeof types.SubmitForLegalReviewDocument,
    "\n  mutation ReviewCase($id: ID!, $version: Int!, $outcome: LegalReviewOutcome!, $opinion: String) {\n    reviewCase(id: $id, version: $version, outcome: $outcome, opinion: $opinion) {\n      ...CaseDetail\n    }\n  }\n": typeof types.ReviewCaseDocument,
    "\n  mutation DecideCase($id: ID!, $version: Int!, $input: DecisionInput!) {\n    decideCase(id: $id, version: $version, input: $input) {\n      ...CaseDetail\n    }\n  }\n": typeof types.DecideCaseDocument,
    "\n  mutation ServeDecision($id: ID!, $version: Int!, $servedOn: String!) {\n    serveDecision(id: $id, version: $version, servedOn: $servedOn) {\n      ...CaseDetail\n    }\n  }\n": typeof types.ServeDecisionDocument,
    "\n  mutation RecordExecution($id: ID!, $version: Int!, $executedOn: String!, $note: String) {\n    recordExecution(id: $id, version: $version, executedOn: $executedOn, note: $note) {\n      ...CaseDetail\n    }\n  }\n": typeof types.RecordExecutionDocument,
    "\n  mutation CloseCase($id: ID!, $version: Int!, $note: String) {\n    closeCase(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n": typeof types.CloseCaseDocument,
    "\n  mutation ChangeCaseHandlers($id: ID!, $version: Int!, $input: HandlersInput!) {\n    changeCaseHandlers(id: $id, version: $version, input: $input) {\n      ...CaseDetail\n    }\n  }\n": typeof types.ChangeCaseHandlersDocument,
    "\n  fragment CertificateHistoryEntry on CertificateEvent {\n    id\n    kind\n    effectiveFrom\n    effectiveUntil\n    endsOn\n    ground\n    rule\n    provisional\n    reviewDueOn\n    validUntilAfter\n    recordedAt\n    actorName\n    reason\n    basis\n  }\n": typeof types.CertificateHistoryEntryFragmentDoc,
    "\n  fragment CertificateSummary on Certificate {\n    id\n    number\n    kind\n    officerId\n    fields\n    region\n    issuedOn\n    validUntil\n    status\n    review {\n      dueOn\n      state\n      provisional\n    }\n  }\n": typeof types.CertificateSummaryFragmentDoc,
    "\n  query Certificates($offset: Int!, $limit: Int!, $filter: CertificateFilter, $orderBy: CertificateOrder) {\n    certificates(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...CertificateSummary\n      }\n    }\n  }\n": typeof types.CertificatesDocument,
    "\n  query Certificate($id: ID!) {\n    certificate(id: $id) {\n      ...CertificateSummary\n      allowedActions\n      activeSuspension {\n        id\n        effectiveFrom\n        endsOn\n        ground\n        provisional\n      }\n      createdAt\n      updatedAt\n      version\n      history(limit: 200) {\n        items {\n          ...CertificateHistoryEntry\n        }\n      }\n    }\n  }\n": typeof types.CertificateDocument,
    "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      id\n      number\n      status\n    }\n  }\n": typeof types.IssueCertificateDocument,
    "\n  mutation ReviewCertificate($id: ID!, $note: String, $version: Int!) {\n    reviewCertificate(id: $id, note: $note, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ReviewCertificateDocument,
    "\n  mutation SuspendCertificate($id: ID!, $input: SuspendCertificateInput!, $version: Int!) {\n    suspendCertificate(id: $id, input: $input, version: $version) {\n      id\n      version\n      status\n      activeSuspension {\n        endsOn\n      }\n    }\n  }\n": typeof types.SuspendCertificateDocument,
    "\n  mutation LiftCertificateSuspension($id: ID!, $reason: String!, $version: Int!) {\n    liftCertificateSuspension(id: $id, reason: $reason, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.LiftCertificateSuspensionDocument,
    "\n  mutation RenewCertificate($id: ID!, $reason: String!, $newNumber: String, $version: Int!) {\n    renewCertificate(id: $id, reason: $reason, newNumber: $newNumber, version: $version) {\n      id\n      version\n      number\n      status\n    }\n  }\n": typeof types.RenewCertificateDocument,
    "\n  mutation RevokeCertificate($id: ID!, $reason: String!, $basis: String!, $version: Int!) {\n    revokeCertificate(id: $id, reason: $reason, basis: $basis, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  mutation CancelCertificate($id: ID!, $reason: String!, $basis: String, $version: Int!) {\n    cancelCertificate(id: $id, reason: $reason, basis: $basis, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CancelCertificateDocument,
    "\n  mutation RecoverCertificate($id: ID!, $note: String, $recoveredOn: String, $version: Int!) {\n    recoverCertificate(id: $id, note: $note, recoveredOn: $recoveredOn, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.RecoverCertificateDocument,
    "\n  query SuspensionPreview($id: ID!, $startsOn: String!) {\n    suspensionPreview(id: $id, startsOn: $startsOn) {\n      startsOn\n      endsOn\n      months\n      rule\n    }\n  }\n": typeof types.SuspensionPreviewDocument,
    "\n  query Today {\n    today\n  }\n": typeof types.TodayDocument,
    "\n  fragment CaseChallengeFields on CaseChallenge {\n    id\n    caseId\n    kind\n    body\n    filedOn\n    acceptedOn\n    outcome\n    outcomeOn\n    outcomeNote\n    corrected\n    pending\n    recordedBy\n    recordedAt\n    version\n  }\n": typeof types.CaseChallengeFieldsFragmentDoc,
    "\n  query CaseChallenges($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      decidedOn\n      underChallenge\n      challenges {\n        ...CaseChallengeFields\n      }\n    }\n  }\n": typeof types.CaseChallengesDocument,
    "\n  mutation RecordCaseChallenge($caseId: ID!, $input: ChallengeInput!) {\n    recordChallenge(caseId: $caseId, input: $input) {\n      ...CaseChallengeFields\n    }\n  }\n": typeof types.RecordCaseChallengeDocument,
    "\n  mutation RecordCaseChallengeOutcome($id: ID!, $version: Int!, $input: ChallengeOutcomeInput!) {\n    recordChallengeOutcome(id: $id, version: $version, input: $input) {\n      ...CaseChallengeFields\n    }\n  }\n": typeof types.RecordCaseChallengeOutcomeDocument,
    "\n  fragment ChangeLogFields on ChangeLogList {\n    total\n    items {\n      id\n      action\n      actorName\n      at\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.ChangeLogFieldsFragmentDoc,
    "\n  query AgencyChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    agency(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n": typeof types.AgencyChangeLogDocument,
    "\n  query OfficerChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    officer(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n": typeof types.OfficerChangeLogDocument,
    "\n  query Complaints($offset: Int!, $limit: Int!, $filter: ComplaintFilter, $orderBy: ComplaintOrder) {\n    complaints(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        number\n        receivedAt\n        channel\n        anonymous\n        complainantName\n        agencyId\n        officerId\n        content\n        status\n        registeredBy\n      }\n    }\n  }\n": typeof types.ComplaintsDocument,
    "\n  fragment ComplaintRecord on Complaint {\n    id\n    number\n    receivedAt\n    channel\n    anonymous\n    complainantName\n    complainantPhone\n    agencyId\n    officerId\n    content\n    status\n    registeredBy\n    createdAt\n    version\n  }\n": typeof types.ComplaintRecordFragmentDoc,
    "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintRecord\n    }\n  }\n": typeof types.ComplaintDocument,
    "\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintRecord\n    }\n  }\n": typeof types.CreateComplaintDocument,
    "\n  fragment MatterRow on EnforcementMatter {\n    id\n    listSeq\n    category\n    name\n    legalBasis\n    agencyId\n    field\n    unit\n    retired\n    version\n  }\n": typeof types.MatterRowFragmentDoc,
    "\n  query Matters($offset: Int!, $limit: Int!, $filter: MatterFilter, $orderBy: MatterOrder) {\n    matters(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...MatterRow\n      }\n    }\n  }\n": typeof types.MattersDocument,
    "\n  fragment MatterDetail on EnforcementMatter {\n    ...MatterRow\n    createdAt\n    updatedAt\n    retiredAt\n    retiredReason\n    retiredBy\n  }\n": typeof types.MatterDetailFragmentDoc,
    "\n  query Matter($id: ID!) {\n    matter(id: $id) {\n      ...MatterDetail\n    }\n  }\n": typeof types.MatterDocument,
    "\n  mutation CreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      ...MatterDetail\n    }\n  }\n": typeof types.CreateMatterDocument,
    "\n  mutation UpdateMatter($id: ID!, $version: Int!, $input: MatterInput!) {\n    updateMatter(id: $id, version: $version, input: $input) {\n      ...MatterDetail\n    }\n  }\n": typeof types.UpdateMatterDocument,
    "\n  mutation RetireMatter($id: ID!, $version: Int!, $reason: String!) {\n    retireMatter(id: $id, version: $version, reason: $reason) {\n      ...MatterDetail\n    }\n  }\n": typeof types.RetireMatterDocument,
    "\n  query MatterChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    matter(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n": typeof types.MatterChangeLogDocument,
    "\n  query MajorReviewCatalogue($agencyId: ID!) {\n    majorReviewCatalogue(agencyId: $agencyId) {\n      id\n      kind\n      matterId\n      minimumYuan\n      sourceText\n      version\n    }\n  }\n": typeof types.MajorReviewCatalogueDocument,
    "\n  mutation AddMajorReviewEntry($input: MajorReviewEntryInput!) {\n    addMajorReviewEntry(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddMajorReviewEntryDocument,
    "\n  mutation RemoveMajorReviewEntry($id: ID!, $version: Int!) {\n    removeMajorReviewEntry(id: $id, version: $version)\n  }\n": typeof types.RemoveMajorReviewEntryDocument,
    "\n  query Officers($offset: Int!, $limit: Int!, $filter: OfficerFilter, $orderBy: OfficerOrder) {\n    officers(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        listSeq\n        name\n        agencyId\n        post\n        region\n        fields\n        duties\n        employmentStatus\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n    }\n  }\n": typeof types.OfficersDocument,
    "\n  query Officer($id: ID!) {\n    officer(id: $id) {\n      id\n      listSeq\n      name\n      idNumberMasked\n      agencyId\n      post\n      region\n      fields\n      duties\n      employmentStatus\n      legalProfessionQualification\n      createdAt\n      updatedAt\n      version\n      certificate {\n        id\n        number\n        kind\n        fields\n        region\n        issuedOn\n        validUntil\n        status\n        review {\n          dueOn\n          state\n          provisional\n        }\n        history(limit: 200) {\n          items {\n            ...CertificateHistoryEntry\n          }\n        }\n      }\n      certificates {\n        id\n        number\n        kind\n        status\n        issuedOn\n        validUntil\n      }\n      employmentChanges {\n        id\n        fromStatus\n        toStatus\n        effectiveOn\n        reportedOn\n        reportDueOn\n        late\n        provisional\n        rule\n        reason\n        recordedBy\n        recordedAt\n      }\n      trainings {\n        id\n        type\n        title\n        trainedOn\n        hours\n        provider\n        recordedBy\n      }\n      trainingHours\n      exams {\n        id\n        examName\n        examOn\n        passed\n        score\n        recordedBy\n      }\n      idNumberViews(limit: 50) {\n        total\n        items {\n          id\n          field\n          viewerName\n          viewedAt\n          reason\n        }\n      }\n      agency {\n        id\n        policies {\n          key\n          value\n          unit\n        }\n      }\n    }\n  }\n": typeof types.OfficerDocument,
    "\n  mutation CreateOfficer($input: OfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      name\n      agencyId\n      version\n    }\n  }\n": typeof types.CreateOfficerDocument,
    "\n  mutation UpdateOfficer($id: ID!, $input: OfficerInput!, $version: Int!) {\n    updateOfficer(id: $id, input: $input, version: $version) {\n      id\n      name\n      agencyId\n      version\n    }\n  }\n": typeof types.UpdateOfficerDocument,
    "\n  mutation RecordEmploymentChange($officerId: ID!, $input: EmploymentChangeInput!, $version: Int!) {\n    recordEmploymentChange(officerId: $officerId, input: $input, version: $version) {\n      change {\n        id\n        toStatus\n        effectiveOn\n        reportedOn\n        reportDueOn\n        late\n        provisional\n        rule\n      }\n      officer {\n        id\n        version\n        employmentStatus\n      }\n    }\n  }\n": typeof types.RecordEmploymentChangeDocument,
    "\n  mutation RecordTraining($input: TrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      hours\n    }\n  }\n": typeof types.RecordTrainingDocument,
    "\n  mutation RecordExam($input: ExamInput!) {\n    recordExam(input: $input) {\n      id\n      passed\n    }\n  }\n": typeof types.RecordExamDocument,
    "\n  mutation RevealIdNumber($officerId: ID!, $reason: String!) {\n    revealIdNumber(officerId: $officerId, reason: $reason) {\n      idNumber\n      view {\n        id\n        viewedAt\n      }\n    }\n  }\n": typeof types.RevealIdNumberDocument,
    "\n  mutation ImportOfficers($csv: String!, $dryRun: Boolean!) {\n    importOfficers(csv: $csv, dryRun: $dryRun) {\n      rows\n      imported\n      dryRun\n      problems {\n        row\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportOfficersDocument,
    "\n  query OfficersCsv($filter: OfficerFilter) {\n    officersCsv(filter: $filter)\n  }\n": typeof types.OfficersCsvDocument,
    "\n  fragment PublicCertificateFields on PublicCertificate {\n    number\n    holderName\n    agencyName\n    fields\n    region\n    status\n    validUntil\n  }\n": typeof types.PublicCertificateFieldsFragmentDoc,
    "\n  query PublicCertificatesByHolder($name: String!, $agencyName: String!) {\n    publicCertificatesByHolder(name: $name, agencyName: $agencyName) {\n      ...PublicCertificateFields\n    }\n  }\n": typeof types.PublicCertificatesByHolderDocument,
    "\n  query PublicCertificate($number: String!) {\n    publicCertificate(number: $number) {\n      ...PublicCertificateFields\n    }\n  }\n": typeof types.PublicCertificateDocument,
    "\n  fragment PublicationRow on CasePublication {\n    id\n    caseId\n    caseNumber\n    agencyId\n    agencyName\n    matterName\n    category\n    decisionKinds\n    decidedOn\n    dueOn\n    provisional\n    rule\n    calendarBasis\n    dueState\n    late\n    status\n    publishedOn\n    publishedAt\n    publishedBy\n    publishedText\n    editedByClerk\n    redactions {\n      kind\n      original\n      replacement\n      start\n      end\n    }\n    withdrawnAt\n    withdrawnBy\n    withdrawnReason\n    withdrawnBasis\n    version\n  }\n": typeof types.PublicationRowFragmentDoc,
    "\n  fragment FilingRow on CaseFiling {\n    id\n    caseId\n    caseNumber\n    agencyId\n    decidedOn\n    dueOn\n    provisional\n    rule\n    periodSource\n    recipient\n    calendarBasis\n    dueState\n    late\n    filedOn\n    filedAt\n    filedBy\n    version\n  }\n": typeof types.FilingRowFragmentDoc,
    "\n  query Publications($offset: Int!, $limit: Int!, $filter: PublicationFilter, $orderBy: PublicityOrder) {\n    publications(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...PublicationRow\n      }\n    }\n  }\n": typeof types.PublicationsDocument,
    "\n  query Filings($offset: Int!, $limit: Int!, $filter: FilingFilter, $orderBy: PublicityOrder) {\n    filings(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...FilingRow\n      }\n    }\n  }\n": typeof types.FilingsDocument,
    "\n  query CasePublicity($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      stage\n      publication {\n        ...PublicationRow\n      }\n      filing {\n        ...FilingRow\n      }\n    }\n  }\n": typeof types.CasePublicityDocument,
    "\n  query PreviewPublication($caseId: ID!, $text: String) {\n    previewPublication(caseId: $caseId, text: $text) {\n      text\n      redactions {\n        kind\n        original\n        replacement\n        start\n        end\n      }\n    }\n  }\n": typeof types.PreviewPublicationDocument,
    "\n  mutation PublishDecision($caseId: ID!, $version: Int!, $text: String) {\n    publishDecision(caseId: $caseId, version: $version, text: $text) {\n      ...PublicationRow\n    }\n  }\n": typeof types.PublishDecisionDocument,
    "\n  mutation WithdrawPublication($caseId: ID!, $version: Int!, $reason: String!, $basis: String) {\n    withdrawPublication(caseId: $caseId, version: $version, reason: $reason, basis: $basis) {\n      ...PublicationRow\n    }\n  }\n": typeof types.WithdrawPublicationDocument,
    "\n  mutation RecordFiling($caseId: ID!, $version: Int!, $filedOn: String!) {\n    recordFiling(caseId: $caseId, version: $version, filedOn: $filedOn) {\n      ...FilingRow\n    }\n  }\n": typeof types.RecordFilingDocument,
    "\n  query FilingPolicy($agencyId: ID!) {\n    filingPolicy(agencyId: $agencyId) {\n      agencyId\n      isDefault\n      rule\n      setAt\n      sourceText\n      unit\n      value\n      version\n    }\n  }\n": typeof types.FilingPolicyDocument,
    "\n  mutation SetFilingPolicy($agencyId: ID!, $input: FilingPolicyInput, $version: Int) {\n    setFilingPolicy(agencyId: $agencyId, input: $input, version: $version) {\n      agencyId\n      isDefault\n      rule\n      setAt\n      sourceText\n      unit\n      value\n      version\n    }\n  }\n": typeof types.SetFilingPolicyDocument,
    "\n  fragment PublishedDecisionFields on PublishedDecision {\n    id\n    agencyId\n    agencyName\n    caseNumber\n    matterName\n    category\n    decisionKinds\n    decidedOn\n    publishedOn\n    text\n  }\n": typeof types.PublishedDecisionFieldsFragmentDoc,
    "\n  query PublishedDecisions($offset: Int!, $limit: Int!, $filter: PublishedDecisionFilter) {\n    publishedDecisions(offset: $offset, limit: $limit, filter: $filter) {\n      total\n      items {\n        ...PublishedDecisionFields\n      }\n    }\n  }\n": typeof types.PublishedDecisionsDocument,
    "\n  query PublishedDecision($id: ID!) {\n    publishedDecision(id: $id) {\n      ...PublishedDecisionFields\n    }\n  }\n": typeof types.PublishedDecisionDocument,
    "\n  fragment RecordEntryFields on CaseRecordEntry {\n    id\n    seq\n    stage\n    kind\n    description\n    actorName\n    officerId\n    recordedAt\n    fileName\n    fileSha256\n    fileSize\n    mediaType\n    fileUrl\n    hash\n    prevHash\n  }\n": typeof types.RecordEntryFieldsFragmentDoc,
    "\n  query CaseRecord($id: ID!, $offset: Int!, $limit: Int!) {\n    case(id: $id) {\n      id\n      number\n      stage\n      record(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...RecordEntryFields\n        }\n      }\n    }\n  }\n": typeof types.CaseRecordDocument,
    "\n  mutation AddRecordEntry($caseId: ID!, $input: RecordEntryInput!) {\n    addRecordEntry(caseId: $caseId, input: $input) {\n      ...RecordEntryFields\n    }\n  }\n": typeof types.AddRecordEntryDocument,
    "\n  query VerifyRecord($caseId: ID!) {\n    verifyRecord(caseId: $caseId) {\n      ok\n      entries\n      firstBrokenSeq\n      firstBrokenId\n      reason\n      headHash\n      verifiedAt\n    }\n  }\n": typeof types.VerifyRecordDocument,
    "\n  query CaseStatistics($agencyId: ID!, $year: Int!, $includeSubtree: Boolean!) {\n    caseStatistics(agencyId: $agencyId, year: $year, includeSubtree: $includeSubtree) {\n      agencyId\n      year\n      includesSubtree\n      asOf\n      dueOn\n      registered\n      decided\n      closed\n      majorDecided\n      majorDecidedWithoutReview\n      byCategory {\n        category\n        registered\n        decided\n        closed\n      }\n      byOutcome {\n        category\n        decisionKind\n        count\n      }\n      legalReviewRounds\n      legalReviewsPassed\n      legalReviewsReturned\n      publicationsDue\n      publicationsPublished\n      publicationsOnTime\n      publicationsOverdue\n      publicationsWithdrawn\n      filingsDue\n      filingsFiled\n      filingsOnTime\n      challengesFiled\n      reconsiderationsFiled\n      litigationsFiled\n      challengesPending\n      challengesConcluded\n      challengesCorrected\n    }\n  }\n": typeof types.CaseStatisticsDocument,
    "\n  fragment CaseListRow on EnforcementCase {\n    id\n    number\n    cause\n    stage\n    category\n    registeredOn\n    underChallenge\n    handlers {\n      officerId\n      officerName\n      lead\n      releasedAt\n    }\n  }\n": typeof types.CaseListRowFragmentDoc,
    "\n  query OfficerCases($id: ID!, $offset: Int!, $limit: Int!, $filter: OfficerCaseFilter) {\n    officer(id: $id) {\n      id\n      cases(offset: $offset, limit: $limit, filter: $filter) {\n        total\n        items {\n          ...CaseListRow\n        }\n      }\n    }\n  }\n": typeof types.OfficerCasesDocument,
    "\n  query OfficerCaseCount($id: ID!) {\n    officer(id: $id) {\n      id\n      caseCount\n    }\n  }\n": typeof types.OfficerCaseCountDocument,
    "\n  query AgencyCases($id: ID!, $offset: Int!, $limit: Int!, $filter: AgencyCaseFilter) {\n    agency(id: $id) {\n      id\n      cases(offset: $offset, limit: $limit, filter: $filter) {\n        total\n        items {\n          ...CaseListRow\n        }\n      }\n    }\n  }\n": typeof types.AgencyCasesDocument,
};
const documents: Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        agencyId\n        officerId\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment AgencyFiguresFields on AgencyFigures {\n    year\n    officers\n    withValidCertificate\n    validCertificateShare\n    suspendedNow\n    reviewOverdue\n    trainingCompliant\n    trainingComplianceShare\n    trainingHoursRequired\n    averageTrainingHours\n    legalReviewers\n    legalReviewersRequired\n    legalReviewersSufficient\n    rules\n  }\n": types.AgencyFiguresFieldsFragmentDoc,
    "\n  query Agencies($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {\n    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        name\n        level\n        region\n        parentId\n        qualificationConfirmed\n        publishedAt\n        officerCount\n        supervisionPhone\n      }\n    }\n  }\n": types.AgenciesDocument,
    "\n  query AgencyRefs($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {\n    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        name\n        level\n        region\n        fields\n      }\n    }\n  }\n": types.AgencyRefsDocument,
    "\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetail\n      children(limit: 200) {\n        total\n        items {\n          id\n          name\n          level\n          region\n          qualificationConfirmed\n          officerCount\n        }\n      }\n      figures {\n        ...AgencyFiguresFields\n      }\n      policies {\n        key\n        label\n        value\n        unit\n        source\n        setAt\n        defaultValue\n        version\n      }\n    }\n  }\n": types.AgencyDocument,
    "\n  fragment AgencyDetail on Agency {\n    id\n    name\n    unifiedCode\n    level\n    region\n    fields\n    parentId\n    parent {\n      id\n      name\n    }\n    enforcementUnit\n    supervisionUnit\n    supervisionPhone\n    qualificationConfirmed\n    qualificationConfirmedAt\n    qualificationConfirmedBy\n    publishedAt\n    officerCount\n    createdAt\n    updatedAt\n    version\n  }\n": types.AgencyDetailFragmentDoc,
    "\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetail\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($id: ID!, $input: AgencyInput!, $version: Int!) {\n    updateAgency(id: $id, input: $input, version: $version) {\n      ...AgencyDetail\n    }\n  }\n": types.UpdateAgencyDocument,
    "\n  mutation ConfirmAgencyQualification($id: ID!, $version: Int!) {\n    confirmAgencyQualification(id: $id, version: $version) {\n      id\n      version\n      qualificationConfirmed\n    }\n  }\n": types.ConfirmAgencyQualificationDocument,
    "\n  mutation PublishAgency($id: ID!, $version: Int!) {\n    publishAgency(id: $id, version: $version) {\n      id\n      version\n      publishedAt\n    }\n  }\n": types.PublishAgencyDocument,
    "\n  mutation SetPolicy($agencyId: ID!, $key: PolicyKey!, $value: Float, $source: String, $version: Int) {\n    setPolicy(agencyId: $agencyId, key: $key, value: $value, source: $source, version: $version) {\n      key\n      value\n      source\n      setAt\n      version\n    }\n  }\n": types.SetPolicyDocument,
    "\n  query AgencyFigures($id: ID!, $year: Int) {\n    agency(id: $id) {\n      id\n      figures(year: $year) {\n        ...AgencyFiguresFields\n      }\n    }\n  }\n": types.AgencyFiguresDocument,
    "\n  fragment CalendarYearFields on CalendarYearInfo {\n    id\n    year\n    source\n    inForce\n    notice\n    holidays {\n      name\n      from\n      to\n    }\n    daysOff\n    makeUpDays\n    packageDaysOff\n    packageMakeUpDays\n    disagreements {\n      date\n      entered\n      package\n    }\n    enteredBy\n    enteredAt\n    version\n  }\n": types.CalendarYearFieldsFragmentDoc,
    "\n  query CalendarYears {\n    calendarYears {\n      packageLabel\n      coveredFrom\n      coveredTo\n      years {\n        ...CalendarYearFields\n      }\n    }\n  }\n": types.CalendarYearsDocument,
    "\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n": types.CalendarYearDocument,
    "\n  mutation SetCalendarYear($year: Int!, $input: CalendarYearInput!, $version: Int) {\n    setCalendarYear(year: $year, input: $input, version: $version) {\n      calendarYear {\n        ...CalendarYearFields\n      }\n      recomputed {\n        kind\n        recordId\n        before\n        after\n        provisional\n      }\n    }\n  }\n": types.SetCalendarYearDocument,
    "\n  fragment CaseRow on EnforcementCase {\n    id\n    number\n    year\n    seq\n    cause\n    category\n    stage\n    major\n    matterId\n    agencyId\n    registeredOn\n    registeredAt\n    stageEnteredAt\n    reviewSubmittedAt\n    version\n    matter {\n      id\n      name\n    }\n    parties {\n      id\n      seq\n      name\n    }\n    handlers {\n      id\n      officerId\n      officerName\n      lead\n      releasedAt\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  fragment CaseRowDeadlines on EnforcementCase {\n    publication {\n      id\n      dueOn\n      dueState\n      late\n    }\n    filing {\n      id\n      dueOn\n      dueState\n      late\n    }\n  }\n": types.CaseRowDeadlinesFragmentDoc,
    "\n  query Cases($offset: Int!, $limit: Int!, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...CaseRow\n        ...CaseRowDeadlines\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  fragment CaseDetail on EnforcementCase {\n    ...CaseRow\n    path\n    nextStage\n    availableActions\n    hearingHeld\n    majorGrounds\n    majorBasis\n    catalogueEntryId\n    field\n    proposedFineYuan\n    decisionKinds\n    decisionContent\n    fineYuan\n    decidedOn\n    decidedAt\n    servedOn\n    executedOn\n    closedAt\n    updatedAt\n    parties {\n      id\n      seq\n      kind\n      name\n      idNumber\n      address\n      phone\n    }\n    handlers {\n      id\n      officerId\n      officerName\n      lead\n      certificateNumber\n      assignedAt\n      releasedAt\n    }\n    transitions {\n      id\n      fromStage\n      toStage\n      at\n      actorName\n      note\n    }\n    legalReviews {\n      id\n      round\n      submittedAt\n      submittedBy\n      outcome\n      opinion\n      reviewerName\n      reviewedAt\n    }\n  }\n": types.CaseDetailFragmentDoc,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n": types.CaseDocument,
    "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...CaseDetail\n    }\n  }\n": types.RegisterCaseDocument,
    "\n  query LegalReviewQueue($offset: Int!, $limit: Int!) {\n    legalReviewQueue(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...CaseRow\n      }\n    }\n  }\n": types.LegalReviewQueueDocument,
    "\n  query CaseChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    case(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n": types.CaseChangeLogDocument,
    "\n  mutation AdvanceCase($id: ID!, $version: Int!, $to: CaseStage!, $note: String) {\n    advanceCase(id: $id, version: $version, to: $to, note: $note) {\n      ...CaseDetail\n    }\n  }\n": types.AdvanceCaseDocument,
    "\n  mutation SetProposedFine($id: ID!, $version: Int!, $fineYuan: Int!) {\n    setProposedFine(id: $id, version: $version, fineYuan: $fineYuan) {\n      ...CaseDetail\n    }\n  }\n": types.SetProposedFineDocument,
    "\n  mutation MarkCaseMajor($id: ID!, $version: Int!, $grounds: [MajorGround!]!, $basis: String!) {\n    markCaseMajor(id: $id, version: $version, grounds: $grounds, basis: $basis) {\n      ...CaseDetail\n    }\n  }\n": types.MarkCaseMajorDocument,
    "\n  mutation RequestHearing($id: ID!, $version: Int!, $note: String!) {\n    requestHearing(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n": types.RequestHearingDocument,
    "\n  mutation SubmitForLegalReview($id: ID!, $version: Int!, $note: String) {\n    submitForLegalReview(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n": types.SubmitForLegalReviewDocument,
    "\n  mutation ReviewCase($id: ID!, $version: Int!, $outcome: LegalReviewOutcome!, $opinion: String) {\n    reviewCase(id: $id, version: $version, outcome: $outcome, opinion: $opinion) {\n      ...CaseDetail\n    }\n  }\n": types.ReviewCaseDocument,
    "\n  mutation DecideCase($id: ID!, $version: Int!, $input: DecisionInput!) {\n    decideCase(id: $id, version: $version, input: $input) {\n      ...CaseDetail\n    }\n  }\n": types.DecideCaseDocument,
    "\n  mutation ServeDecision($id: ID!, $version: Int!, $servedOn: String!) {\n    serveDecision(id: $id, version: $version, servedOn: $servedOn) {\n      ...CaseDetail\n    }\n  }\n": types.ServeDecisionDocument,
    "\n  mutation RecordExecution($id: ID!, $version: Int!, $executedOn: String!, $note: String) {\n    recordExecution(id: $id, version: $version, executedOn: $executedOn, note: $note) {\n      ...CaseDetail\n    }\n  }\n": types.RecordExecutionDocument,
    "\n  mutation CloseCase($id: ID!, $version: Int!, $note: String) {\n    closeCase(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n": types.CloseCaseDocument,
    "\n  mutation ChangeCaseHandlers($id: ID!, $version: Int!, $input: HandlersInput!) {\n    changeCaseHandlers(id: $id, version: $version, input: $input) {\n      ...CaseDetail\n    }\n  }\n": types.ChangeCaseHandlersDocument,
    "\n  fragment CertificateHistoryEntry on CertificateEvent {\n    id\n    kind\n    effectiveFrom\n    effectiveUntil\n    endsOn\n    ground\n    rule\n    provisional\n    reviewDueOn\n    validUntilAfter\n    recordedAt\n    actorName\n    reason\n    basis\n  }\n": types.CertificateHistoryEntryFragmentDoc,
    "\n  fragment CertificateSummary on Certificate {\n    id\n    number\n    kind\n    officerId\n    fields\n    region\n    issuedOn\n    validUntil\n    status\n    review {\n      dueOn\n      state\n      provisional\n    }\n  }\n": types.CertificateSummaryFragmentDoc,
    "\n  query Certificates($offset: Int!, $limit: Int!, $filter: CertificateFilter, $orderBy: CertificateOrder) {\n    certificates(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...CertificateSummary\n      }\n    }\n  }\n": types.CertificatesDocument,
    "\n  query Certificate($id: ID!) {\n    certificate(id: $id) {\n      ...CertificateSummary\n      allowedActions\n      activeSuspension {\n        id\n        effectiveFrom\n        endsOn\n        ground\n        provisional\n      }\n      createdAt\n      updatedAt\n      version\n      history(limit: 200) {\n        items {\n          ...CertificateHistoryEntry\n        }\n      }\n    }\n  }\n": types.CertificateDocument,
    "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      id\n      number\n      status\n    }\n  }\n": types.IssueCertificateDocument,
    "\n  mutation ReviewCertificate($id: ID!, $note: String, $version: Int!) {\n    reviewCertificate(id: $id, note: $note, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": types.ReviewCertificateDocument,
    "\n  mutation SuspendCertificate($id: ID!, $input: SuspendCertificateInput!, $version: Int!) {\n    suspendCertificate(id: $id, input: $input, version: $version) {\n      id\n      version\n      status\n      activeSuspension {\n        endsOn\n      }\n    }\n  }\n": types.SuspendCertificateDocument,
    "\n  mutation LiftCertificateSuspension($id: ID!, $reason: String!, $version: Int!) {\n    liftCertificateSuspension(id: $id, reason: $reason, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": types.LiftCertificateSuspensionDocument,
    "\n  mutation RenewCertificate($id: ID!, $reason: String!, $newNumber: String, $version: Int!) {\n    renewCertificate(id: $id, reason: $reason, newNumber: $newNumber, version: $version) {\n      id\n      version\n      number\n      status\n    }\n  }\n": types.RenewCertificateDocument,
    "\n  mutation RevokeCertificate($id: ID!, $reason: String!, $basis: String!, $version: Int!) {\n    revokeCertificate(id: $id, reason: $reason, basis: $basis, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  mutation CancelCertificate($id: ID!, $reason: String!, $basis: String, $version: Int!) {\n    cancelCertificate(id: $id, reason: $reason, basis: $basis, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": types.CancelCertificateDocument,
    "\n  mutation RecoverCertificate($id: ID!, $note: String, $recoveredOn: String, $version: Int!) {\n    recoverCertificate(id: $id, note: $note, recoveredOn: $recoveredOn, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": types.RecoverCertificateDocument,
    "\n  query SuspensionPreview($id: ID!, $startsOn: String!) {\n    suspensionPreview(id: $id, startsOn: $startsOn) {\n      startsOn\n      endsOn\n      months\n      rule\n    }\n  }\n": types.SuspensionPreviewDocument,
    "\n  query Today {\n    today\n  }\n": types.TodayDocument,
    "\n  fragment CaseChallengeFields on CaseChallenge {\n    id\n    caseId\n    kind\n    body\n    filedOn\n    acceptedOn\n    outcome\n    outcomeOn\n    outcomeNote\n    corrected\n    pending\n    recordedBy\n    recordedAt\n    version\n  }\n": types.CaseChallengeFieldsFragmentDoc,
    "\n  query CaseChallenges($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      decidedOn\n      underChallenge\n      challenges {\n        ...CaseChallengeFields\n      }\n    }\n  }\n": types.CaseChallengesDocument,
    "\n  mutation RecordCaseChallenge($caseId: ID!, $input: ChallengeInput!) {\n    recordChallenge(caseId: $caseId, input: $input) {\n      ...CaseChallengeFields\n    }\n  }\n": types.RecordCaseChallengeDocument,
    "\n  mutation RecordCaseChallengeOutcome($id: ID!, $version: Int!, $input: ChallengeOutcomeInput!) {\n    recordChallengeOutcome(id: $id, version: $version, input: $input) {\n      ...CaseChallengeFields\n    }\n  }\n": types.RecordCaseChallengeOutcomeDocument,
    "\n  fragment ChangeLogFields on ChangeLogList {\n    total\n    items {\n      id\n      action\n      actorName\n      at\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.ChangeLogFieldsFragmentDoc,
    "\n  query AgencyChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    agency(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n": types.AgencyChangeLogDocument,
    "\n  query OfficerChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    officer(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n": types.OfficerChangeLogDocument,
    "\n  query Complaints($offset: Int!, $limit: Int!, $filter: ComplaintFilter, $orderBy: ComplaintOrder) {\n    complaints(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        number\n        receivedAt\n        channel\n        anonymous\n        complainantName\n        agencyId\n        officerId\n        content\n        status\n        registeredBy\n      }\n    }\n  }\n": types.ComplaintsDocument,
    "\n  fragment ComplaintRecord on Complaint {\n    id\n    number\n    receivedAt\n    channel\n    anonymous\n    complainantName\n    complainantPhone\n    agencyId\n    officerId\n    content\n    status\n    registeredBy\n    createdAt\n    version\n  }\n": types.ComplaintRecordFragmentDoc,
    "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintRecord\n    }\n  }\n": types.ComplaintDocument,
    "\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintRecord\n    }\n  }\n": types.CreateComplaintDocument,
    "\n  fragment MatterRow on EnforcementMatter {\n    id\n    listSeq\n    category\n    name\n    legalBasis\n    agencyId\n    field\n    unit\n    retired\n    version\n  }\n": types.MatterRowFragmentDoc,
    "\n  query Matters($offset: Int!, $limit: Int!, $filter: MatterFilter, $orderBy: MatterOrder) {\n    matters(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...MatterRow\n      }\n    }\n  }\n": types.MattersDocument,
    "\n  fragment MatterDetail on EnforcementMatter {\n    ...MatterRow\n    createdAt\n    updatedAt\n    retiredAt\n    retiredReason\n    retiredBy\n  }\n": types.MatterDetailFragmentDoc,
    "\n  query Matter($id: ID!) {\n    matter(id: $id) {\n      ...MatterDetail\n    }\n  }\n": types.MatterDocument,
    "\n  mutation CreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      ...MatterDetail\n    }\n  }\n": types.CreateMatterDocument,
    "\n  mutation UpdateMatter($id: ID!, $version: Int!, $input: MatterInput!) {\n    updateMatter(id: $id, version: $version, input: $input) {\n      ...MatterDetail\n    }\n  }\n": types.UpdateMatterDocument,
    "\n  mutation RetireMatter($id: ID!, $version: Int!, $reason: String!) {\n    retireMatter(id: $id, version: $version, reason: $reason) {\n      ...MatterDetail\n    }\n  }\n": types.RetireMatterDocument,
    "\n  query MatterChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    matter(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n": types.MatterChangeLogDocument,
    "\n  query MajorReviewCatalogue($agencyId: ID!) {\n    majorReviewCatalogue(agencyId: $agencyId) {\n      id\n      kind\n      matterId\n      minimumYuan\n      sourceText\n      version\n    }\n  }\n": types.MajorReviewCatalogueDocument,
    "\n  mutation AddMajorReviewEntry($input: MajorReviewEntryInput!) {\n    addMajorReviewEntry(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddMajorReviewEntryDocument,
    "\n  mutation RemoveMajorReviewEntry($id: ID!, $version: Int!) {\n    removeMajorReviewEntry(id: $id, version: $version)\n  }\n": types.RemoveMajorReviewEntryDocument,
    "\n  query Officers($offset: Int!, $limit: Int!, $filter: OfficerFilter, $orderBy: OfficerOrder) {\n    officers(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        listSeq\n        name\n        agencyId\n        post\n        region\n        fields\n        duties\n        employmentStatus\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n    }\n  }\n": types.OfficersDocument,
    "\n  query Officer($id: ID!) {\n    officer(id: $id) {\n      id\n      listSeq\n      name\n      idNumberMasked\n      agencyId\n      post\n      region\n      fields\n      duties\n      employmentStatus\n      legalProfessionQualification\n      createdAt\n      updatedAt\n      version\n      certificate {\n        id\n        number\n        kind\n        fields\n        region\n        issuedOn\n        validUntil\n        status\n        review {\n          dueOn\n          state\n          provisional\n        }\n        history(limit: 200) {\n          items {\n            ...CertificateHistoryEntry\n          }\n        }\n      }\n      certificates {\n        id\n        number\n        kind\n        status\n        issuedOn\n        validUntil\n      }\n      employmentChanges {\n        id\n        fromStatus\n        toStatus\n        effectiveOn\n        reportedOn\n        reportDueOn\n        late\n        provisional\n        rule\n        reason\n        recordedBy\n        recordedAt\n      }\n      trainings {\n        id\n        type\n        title\n        trainedOn\n        hours\n        provider\n        recordedBy\n      }\n      trainingHours\n      exams {\n        id\n        examName\n        examOn\n        passed\n        score\n        recordedBy\n      }\n      idNumberViews(limit: 50) {\n        total\n        items {\n          id\n          field\n          viewerName\n          viewedAt\n          reason\n        }\n      }\n      agency {\n        id\n        policies {\n          key\n          value\n          unit\n        }\n      }\n    }\n  }\n": types.OfficerDocument,
    "\n  mutation CreateOfficer($input: OfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      name\n      agencyId\n      version\n    }\n  }\n": types.CreateOfficerDocument,
    "\n  mutation UpdateOfficer($id: ID!, $input: OfficerInput!, $version: Int!) {\n    updateOfficer(id: $id, input: $input, version: $version) {\n      id\n      name\n      agencyId\n      version\n    }\n  }\n": types.UpdateOfficerDocument,
    "\n  mutation RecordEmploymentChange($officerId: ID!, $input: EmploymentChangeInput!, $version: Int!) {\n    recordEmploymentChange(officerId: $officerId, input: $input, version: $version) {\n      change {\n        id\n        toStatus\n        effectiveOn\n        reportedOn\n        reportDueOn\n        late\n        provisional\n        rule\n      }\n      officer {\n        id\n        version\n        employmentStatus\n      }\n    }\n  }\n": types.RecordEmploymentChangeDocument,
    "\n  mutation RecordTraining($input: TrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      hours\n    }\n  }\n": types.RecordTrainingDocument,
    "\n  mutation RecordExam($input: ExamInput!) {\n    recordExam(input: $input) {\n      id\n      passed\n    }\n  }\n": types.RecordExamDocument,
    "\n  mutation RevealIdNumber($officerId: ID!, $reason: String!) {\n    revealIdNumber(officerId: $officerId, reason: $reason) {\n      idNumber\n      view {\n        id\n        viewedAt\n      }\n    }\n  }\n": types.RevealIdNumberDocument,
    "\n  mutation ImportOfficers($csv: String!, $dryRun: Boolean!) {\n    importOfficers(csv: $csv, dryRun: $dryRun) {\n      rows\n      imported\n      dryRun\n      problems {\n        row\n        field\n        message\n      }\n    }\n  }\n": types.ImportOfficersDocument,
    "\n  query OfficersCsv($filter: OfficerFilter) {\n    officersCsv(filter: $filter)\n  }\n": types.OfficersCsvDocument,
    "\n  fragment PublicCertificateFields on PublicCertificate {\n    number\n    holderName\n    agencyName\n    fields\n    region\n    status\n    validUntil\n  }\n": types.PublicCertificateFieldsFragmentDoc,
    "\n  query PublicCertificatesByHolder($name: String!, $agencyName: String!) {\n    publicCertificatesByHolder(name: $name, agencyName: $agencyName) {\n      ...PublicCertificateFields\n    }\n  }\n": types.PublicCertificatesByHolderDocument,
    "\n  query PublicCertificate($number: String!) {\n    publicCertificate(number: $number) {\n      ...PublicCertificateFields\n    }\n  }\n": types.PublicCertificateDocument,
    "\n  fragment PublicationRow on CasePublication {\n    id\n    caseId\n    caseNumber\n    agencyId\n    agencyName\n    matterName\n    category\n    decisionKinds\n    decidedOn\n    dueOn\n    provisional\n    rule\n    calendarBasis\n    dueState\n    late\n    status\n    publishedOn\n    publishedAt\n    publishedBy\n    publishedText\n    editedByClerk\n    redactions {\n      kind\n      original\n      replacement\n      start\n      end\n    }\n    withdrawnAt\n    withdrawnBy\n    withdrawnReason\n    withdrawnBasis\n    version\n  }\n": types.PublicationRowFragmentDoc,
    "\n  fragment FilingRow on CaseFiling {\n    id\n    caseId\n    caseNumber\n    agencyId\n    decidedOn\n    dueOn\n    provisional\n    rule\n    periodSource\n    recipient\n    calendarBasis\n    dueState\n    late\n    filedOn\n    filedAt\n    filedBy\n    version\n  }\n": types.FilingRowFragmentDoc,
    "\n  query Publications($offset: Int!, $limit: Int!, $filter: PublicationFilter, $orderBy: PublicityOrder) {\n    publications(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...PublicationRow\n      }\n    }\n  }\n": types.PublicationsDocument,
    "\n  query Filings($offset: Int!, $limit: Int!, $filter: FilingFilter, $orderBy: PublicityOrder) {\n    filings(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...FilingRow\n      }\n    }\n  }\n": types.FilingsDocument,
    "\n  query CasePublicity($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      stage\n      publication {\n        ...PublicationRow\n      }\n      filing {\n        ...FilingRow\n      }\n    }\n  }\n": types.CasePublicityDocument,
    "\n  query PreviewPublication($caseId: ID!, $text: String) {\n    previewPublication(caseId: $caseId, text: $text) {\n      text\n      redactions {\n        kind\n        original\n        replacement\n        start\n        end\n      }\n    }\n  }\n": types.PreviewPublicationDocument,
    "\n  mutation PublishDecision($caseId: ID!, $version: Int!, $text: String) {\n    publishDecision(caseId: $caseId, version: $version, text: $text) {\n      ...PublicationRow\n    }\n  }\n": types.PublishDecisionDocument,
    "\n  mutation WithdrawPublication($caseId: ID!, $version: Int!, $reason: String!, $basis: String) {\n    withdrawPublication(caseId: $caseId, version: $version, reason: $reason, basis: $basis) {\n      ...PublicationRow\n    }\n  }\n": types.WithdrawPublicationDocument,
    "\n  mutation RecordFiling($caseId: ID!, $version: Int!, $filedOn: String!) {\n    recordFiling(caseId: $caseId, version: $version, filedOn: $filedOn) {\n      ...FilingRow\n    }\n  }\n": types.RecordFilingDocument,
    "\n  query FilingPolicy($agencyId: ID!) {\n    filingPolicy(agencyId: $agencyId) {\n      agencyId\n      isDefault\n      rule\n      setAt\n      sourceText\n      unit\n      value\n      version\n    }\n  }\n": types.FilingPolicyDocument,
    "\n  mutation SetFilingPolicy($agencyId: ID!, $input: FilingPolicyInput, $version: Int) {\n    setFilingPolicy(agencyId: $agencyId, input: $input, version: $version) {\n      agencyId\n      isDefault\n      rule\n      setAt\n      sourceText\n      unit\n      value\n      version\n    }\n  }\n": types.SetFilingPolicyDocument,
    "\n  fragment PublishedDecisionFields on PublishedDecision {\n    id\n    agencyId\n    agencyName\n    caseNumber\n    matterName\n    category\n    decisionKinds\n    decidedOn\n    publishedOn\n    text\n  }\n": types.PublishedDecisionFieldsFragmentDoc,
    "\n  query PublishedDecisions($offset: Int!, $limit: Int!, $filter: PublishedDecisionFilter) {\n    publishedDecisions(offset: $offset, limit: $limit, filter: $filter) {\n      total\n      items {\n        ...PublishedDecisionFields\n      }\n    }\n  }\n": types.PublishedDecisionsDocument,
    "\n  query PublishedDecision($id: ID!) {\n    publishedDecision(id: $id) {\n      ...PublishedDecisionFields\n    }\n  }\n": types.PublishedDecisionDocument,
    "\n  fragment RecordEntryFields on CaseRecordEntry {\n    id\n    seq\n    stage\n    kind\n    description\n    actorName\n    officerId\n    recordedAt\n    fileName\n    fileSha256\n    fileSize\n    mediaType\n    fileUrl\n    hash\n    prevHash\n  }\n": types.RecordEntryFieldsFragmentDoc,
    "\n  query CaseRecord($id: ID!, $offset: Int!, $limit: Int!) {\n    case(id: $id) {\n      id\n      number\n      stage\n      record(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...RecordEntryFields\n        }\n      }\n    }\n  }\n": types.CaseRecordDocument,
    "\n  mutation AddRecordEntry($caseId: ID!, $input: RecordEntryInput!) {\n    addRecordEntry(caseId: $caseId, input: $input) {\n      ...RecordEntryFields\n    }\n  }\n": types.AddRecordEntryDocument,
    "\n  query VerifyRecord($caseId: ID!) {\n    verifyRecord(caseId: $caseId) {\n      ok\n      entries\n      firstBrokenSeq\n      firstBrokenId\n      reason\n      headHash\n      verifiedAt\n    }\n  }\n": types.VerifyRecordDocument,
    "\n  query CaseStatistics($agencyId: ID!, $year: Int!, $includeSubtree: Boolean!) {\n    caseStatistics(agencyId: $agencyId, year: $year, includeSubtree: $includeSubtree) {\n      agencyId\n      year\n      includesSubtree\n      asOf\n      dueOn\n      registered\n      decided\n      closed\n      majorDecided\n      majorDecidedWithoutReview\n      byCategory {\n        category\n        registered\n        decided\n        closed\n      }\n      byOutcome {\n        category\n        decisionKind\n        count\n      }\n      legalReviewRounds\n      legalReviewsPassed\n      legalReviewsReturned\n      publicationsDue\n      publicationsPublished\n      publicationsOnTime\n      publicationsOverdue\n      publicationsWithdrawn\n      filingsDue\n      filingsFiled\n      filingsOnTime\n      challengesFiled\n      reconsiderationsFiled\n      litigationsFiled\n      challengesPending\n      challengesConcluded\n      challengesCorrected\n    }\n  }\n": types.CaseStatisticsDocument,
    "\n  fragment CaseListRow on EnforcementCase {\n    id\n    number\n    cause\n    stage\n    category\n    registeredOn\n    underChallenge\n    handlers {\n      officerId\n      officerName\n      lead\n      releasedAt\n    }\n  }\n": types.CaseListRowFragmentDoc,
    "\n  query OfficerCases($id: ID!, $offset: Int!, $limit: Int!, $filter: OfficerCaseFilter) {\n    officer(id: $id) {\n      id\n      cases(offset: $offset, limit: $limit, filter: $filter) {\n        total\n        items {\n          ...CaseListRow\n        }\n      }\n    }\n  }\n": types.OfficerCasesDocument,
    "\n  query OfficerCaseCount($id: ID!) {\n    officer(id: $id) {\n      id\n      caseCount\n    }\n  }\n": types.OfficerCaseCountDocument,
    "\n  query AgencyCases($id: ID!, $offset: Int!, $limit: Int!, $filter: AgencyCaseFilter) {\n    agency(id: $id) {\n      id\n      cases(offset: $offset, limit: $limit, filter: $filter) {\n        total\n        items {\n          ...CaseListRow\n        }\n      }\n    }\n  }\n": types.AgencyCasesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        agencyId\n        officerId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        agencyId\n        officerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyFiguresFields on AgencyFigures {\n    year\n    officers\n    withValidCertificate\n    validCertificateShare\n    suspendedNow\n    reviewOverdue\n    trainingCompliant\n    trainingComplianceShare\n    trainingHoursRequired\n    averageTrainingHours\n    legalReviewers\n    legalReviewersRequired\n    legalReviewersSufficient\n    rules\n  }\n"): (typeof documents)["\n  fragment AgencyFiguresFields on AgencyFigures {\n    year\n    officers\n    withValidCertificate\n    validCertificateShare\n    suspendedNow\n    reviewOverdue\n    trainingCompliant\n    trainingComplianceShare\n    trainingHoursRequired\n    averageTrainingHours\n    legalReviewers\n    legalReviewersRequired\n    legalReviewersSufficient\n    rules\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {\n    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        name\n        level\n        region\n        parentId\n        qualificationConfirmed\n        publishedAt\n        officerCount\n        supervisionPhone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agencies($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {\n    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        name\n        level\n        region\n        parentId\n        qualificationConfirmed\n        publishedAt\n        officerCount\n        supervisionPhone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyRefs($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {\n    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        name\n        level\n        region\n        fields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyRefs($offset: Int!, $limit: Int!, $filter: AgencyFilter, $orderBy: AgencyOrder) {\n    agencies(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        name\n        level\n        region\n        fields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetail\n      children(limit: 200) {\n        total\n        items {\n          id\n          name\n          level\n          region\n          qualificationConfirmed\n          officerCount\n        }\n      }\n      figures {\n        ...AgencyFiguresFields\n      }\n      policies {\n        key\n        label\n        value\n        unit\n        source\n        setAt\n        defaultValue\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetail\n      children(limit: 200) {\n        total\n        items {\n          id\n          name\n          level\n          region\n          qualificationConfirmed\n          officerCount\n        }\n      }\n      figures {\n        ...AgencyFiguresFields\n      }\n      policies {\n        key\n        label\n        value\n        unit\n        source\n        setAt\n        defaultValue\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyDetail on Agency {\n    id\n    name\n    unifiedCode\n    level\n    region\n    fields\n    parentId\n    parent {\n      id\n      name\n    }\n    enforcementUnit\n    supervisionUnit\n    supervisionPhone\n    qualificationConfirmed\n    qualificationConfirmedAt\n    qualificationConfirmedBy\n    publishedAt\n    officerCount\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment AgencyDetail on Agency {\n    id\n    name\n    unifiedCode\n    level\n    region\n    fields\n    parentId\n    parent {\n      id\n      name\n    }\n    enforcementUnit\n    supervisionUnit\n    supervisionPhone\n    qualificationConfirmed\n    qualificationConfirmedAt\n    qualificationConfirmedBy\n    publishedAt\n    officerCount\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($id: ID!, $input: AgencyInput!, $version: Int!) {\n    updateAgency(id: $id, input: $input, version: $version) {\n      ...AgencyDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($id: ID!, $input: AgencyInput!, $version: Int!) {\n    updateAgency(id: $id, input: $input, version: $version) {\n      ...AgencyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAgencyQualification($id: ID!, $version: Int!) {\n    confirmAgencyQualification(id: $id, version: $version) {\n      id\n      version\n      qualificationConfirmed\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmAgencyQualification($id: ID!, $version: Int!) {\n    confirmAgencyQualification(id: $id, version: $version) {\n      id\n      version\n      qualificationConfirmed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAgency($id: ID!, $version: Int!) {\n    publishAgency(id: $id, version: $version) {\n      id\n      version\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAgency($id: ID!, $version: Int!) {\n    publishAgency(id: $id, version: $version) {\n      id\n      version\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPolicy($agencyId: ID!, $key: PolicyKey!, $value: Float, $source: String, $version: Int) {\n    setPolicy(agencyId: $agencyId, key: $key, value: $value, source: $source, version: $version) {\n      key\n      value\n      source\n      setAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetPolicy($agencyId: ID!, $key: PolicyKey!, $value: Float, $source: String, $version: Int) {\n    setPolicy(agencyId: $agencyId, key: $key, value: $value, source: $source, version: $version) {\n      key\n      value\n      source\n      setAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyFigures($id: ID!, $year: Int) {\n    agency(id: $id) {\n      id\n      figures(year: $year) {\n        ...AgencyFiguresFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyFigures($id: ID!, $year: Int) {\n    agency(id: $id) {\n      id\n      figures(year: $year) {\n        ...AgencyFiguresFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarYearFields on CalendarYearInfo {\n    id\n    year\n    source\n    inForce\n    notice\n    holidays {\n      name\n      from\n      to\n    }\n    daysOff\n    makeUpDays\n    packageDaysOff\n    packageMakeUpDays\n    disagreements {\n      date\n      entered\n      package\n    }\n    enteredBy\n    enteredAt\n    version\n  }\n"): (typeof documents)["\n  fragment CalendarYearFields on CalendarYearInfo {\n    id\n    year\n    source\n    inForce\n    notice\n    holidays {\n      name\n      from\n      to\n    }\n    daysOff\n    makeUpDays\n    packageDaysOff\n    packageMakeUpDays\n    disagreements {\n      date\n      entered\n      package\n    }\n    enteredBy\n    enteredAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYears {\n    calendarYears {\n      packageLabel\n      coveredFrom\n      coveredTo\n      years {\n        ...CalendarYearFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarYears {\n    calendarYears {\n      packageLabel\n      coveredFrom\n      coveredTo\n      years {\n        ...CalendarYearFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n"): (typeof documents)["\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarYear($year: Int!, $input: CalendarYearInput!, $version: Int) {\n    setCalendarYear(year: $year, input: $input, version: $version) {\n      calendarYear {\n        ...CalendarYearFields\n      }\n      recomputed {\n        kind\n        recordId\n        before\n        after\n        provisional\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarYear($year: Int!, $input: CalendarYearInput!, $version: Int) {\n    setCalendarYear(year: $year, input: $input, version: $version) {\n      calendarYear {\n        ...CalendarYearFields\n      }\n      recomputed {\n        kind\n        recordId\n        before\n        after\n        provisional\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on EnforcementCase {\n    id\n    number\n    year\n    seq\n    cause\n    category\n    stage\n    major\n    matterId\n    agencyId\n    registeredOn\n    registeredAt\n    stageEnteredAt\n    reviewSubmittedAt\n    version\n    matter {\n      id\n      name\n    }\n    parties {\n      id\n      seq\n      name\n    }\n    handlers {\n      id\n      officerId\n      officerName\n      lead\n      releasedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CaseRow on EnforcementCase {\n    id\n    number\n    year\n    seq\n    cause\n    category\n    stage\n    major\n    matterId\n    agencyId\n    registeredOn\n    registeredAt\n    stageEnteredAt\n    reviewSubmittedAt\n    version\n    matter {\n      id\n      name\n    }\n    parties {\n      id\n      seq\n      name\n    }\n    handlers {\n      id\n      officerId\n      officerName\n      lead\n      releasedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRowDeadlines on EnforcementCase {\n    publication {\n      id\n      dueOn\n      dueState\n      late\n    }\n    filing {\n      id\n      dueOn\n      dueState\n      late\n    }\n  }\n"): (typeof documents)["\n  fragment CaseRowDeadlines on EnforcementCase {\n    publication {\n      id\n      dueOn\n      dueState\n      late\n    }\n    filing {\n      id\n      dueOn\n      dueState\n      late\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($offset: Int!, $limit: Int!, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...CaseRow\n        ...CaseRowDeadlines\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($offset: Int!, $limit: Int!, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...CaseRow\n        ...CaseRowDeadlines\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail on EnforcementCase {\n    ...CaseRow\n    path\n    nextStage\n    availableActions\n    hearingHeld\n    majorGrounds\n    majorBasis\n    catalogueEntryId\n    field\n    proposedFineYuan\n    decisionKinds\n    decisionContent\n    fineYuan\n    decidedOn\n    decidedAt\n    servedOn\n    executedOn\n    closedAt\n    updatedAt\n    parties {\n      id\n      seq\n      kind\n      name\n      idNumber\n      address\n      phone\n    }\n    handlers {\n      id\n      officerId\n      officerName\n      lead\n      certificateNumber\n      assignedAt\n      releasedAt\n    }\n    transitions {\n      id\n      fromStage\n      toStage\n      at\n      actorName\n      note\n    }\n    legalReviews {\n      id\n      round\n      submittedAt\n      submittedBy\n      outcome\n      opinion\n      reviewerName\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetail on EnforcementCase {\n    ...CaseRow\n    path\n    nextStage\n    availableActions\n    hearingHeld\n    majorGrounds\n    majorBasis\n    catalogueEntryId\n    field\n    proposedFineYuan\n    decisionKinds\n    decisionContent\n    fineYuan\n    decidedOn\n    decidedAt\n    servedOn\n    executedOn\n    closedAt\n    updatedAt\n    parties {\n      id\n      seq\n      kind\n      name\n      idNumber\n      address\n      phone\n    }\n    handlers {\n      id\n      officerId\n      officerName\n      lead\n      certificateNumber\n      assignedAt\n      releasedAt\n    }\n    transitions {\n      id\n      fromStage\n      toStage\n      at\n      actorName\n      note\n    }\n    legalReviews {\n      id\n      round\n      submittedAt\n      submittedBy\n      outcome\n      opinion\n      reviewerName\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalReviewQueue($offset: Int!, $limit: Int!) {\n    legalReviewQueue(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...CaseRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query LegalReviewQueue($offset: Int!, $limit: Int!) {\n    legalReviewQueue(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...CaseRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    case(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    case(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceCase($id: ID!, $version: Int!, $to: CaseStage!, $note: String) {\n    advanceCase(id: $id, version: $version, to: $to, note: $note) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceCase($id: ID!, $version: Int!, $to: CaseStage!, $note: String) {\n    advanceCase(id: $id, version: $version, to: $to, note: $note) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProposedFine($id: ID!, $version: Int!, $fineYuan: Int!) {\n    setProposedFine(id: $id, version: $version, fineYuan: $fineYuan) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetProposedFine($id: ID!, $version: Int!, $fineYuan: Int!) {\n    setProposedFine(id: $id, version: $version, fineYuan: $fineYuan) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCaseMajor($id: ID!, $version: Int!, $grounds: [MajorGround!]!, $basis: String!) {\n    markCaseMajor(id: $id, version: $version, grounds: $grounds, basis: $basis) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCaseMajor($id: ID!, $version: Int!, $grounds: [MajorGround!]!, $basis: String!) {\n    markCaseMajor(id: $id, version: $version, grounds: $grounds, basis: $basis) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestHearing($id: ID!, $version: Int!, $note: String!) {\n    requestHearing(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RequestHearing($id: ID!, $version: Int!, $note: String!) {\n    requestHearing(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitForLegalReview($id: ID!, $version: Int!, $note: String) {\n    submitForLegalReview(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitForLegalReview($id: ID!, $version: Int!, $note: String) {\n    submitForLegalReview(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCase($id: ID!, $version: Int!, $outcome: LegalReviewOutcome!, $opinion: String) {\n    reviewCase(id: $id, version: $version, outcome: $outcome, opinion: $opinion) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewCase($id: ID!, $version: Int!, $outcome: LegalReviewOutcome!, $opinion: String) {\n    reviewCase(id: $id, version: $version, outcome: $outcome, opinion: $opinion) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCase($id: ID!, $version: Int!, $input: DecisionInput!) {\n    decideCase(id: $id, version: $version, input: $input) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation DecideCase($id: ID!, $version: Int!, $input: DecisionInput!) {\n    decideCase(id: $id, version: $version, input: $input) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServeDecision($id: ID!, $version: Int!, $servedOn: String!) {\n    serveDecision(id: $id, version: $version, servedOn: $servedOn) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ServeDecision($id: ID!, $version: Int!, $servedOn: String!) {\n    serveDecision(id: $id, version: $version, servedOn: $servedOn) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExecution($id: ID!, $version: Int!, $executedOn: String!, $note: String) {\n    recordExecution(id: $id, version: $version, executedOn: $executedOn, note: $note) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RecordExecution($id: ID!, $version: Int!, $executedOn: String!, $note: String) {\n    recordExecution(id: $id, version: $version, executedOn: $executedOn, note: $note) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($id: ID!, $version: Int!, $note: String) {\n    closeCase(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCase($id: ID!, $version: Int!, $note: String) {\n    closeCase(id: $id, version: $version, note: $note) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCaseHandlers($id: ID!, $version: Int!, $input: HandlersInput!) {\n    changeCaseHandlers(id: $id, version: $version, input: $input) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCaseHandlers($id: ID!, $version: Int!, $input: HandlersInput!) {\n    changeCaseHandlers(id: $id, version: $version, input: $input) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificateHistoryEntry on CertificateEvent {\n    id\n    kind\n    effectiveFrom\n    effectiveUntil\n    endsOn\n    ground\n    rule\n    provisional\n    reviewDueOn\n    validUntilAfter\n    recordedAt\n    actorName\n    reason\n    basis\n  }\n"): (typeof documents)["\n  fragment CertificateHistoryEntry on CertificateEvent {\n    id\n    kind\n    effectiveFrom\n    effectiveUntil\n    endsOn\n    ground\n    rule\n    provisional\n    reviewDueOn\n    validUntilAfter\n    recordedAt\n    actorName\n    reason\n    basis\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificateSummary on Certificate {\n    id\n    number\n    kind\n    officerId\n    fields\n    region\n    issuedOn\n    validUntil\n    status\n    review {\n      dueOn\n      state\n      provisional\n    }\n  }\n"): (typeof documents)["\n  fragment CertificateSummary on Certificate {\n    id\n    number\n    kind\n    officerId\n    fields\n    region\n    issuedOn\n    validUntil\n    status\n    review {\n      dueOn\n      state\n      provisional\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Certificates($offset: Int!, $limit: Int!, $filter: CertificateFilter, $orderBy: CertificateOrder) {\n    certificates(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...CertificateSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query Certificates($offset: Int!, $limit: Int!, $filter: CertificateFilter, $orderBy: CertificateOrder) {\n    certificates(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...CertificateSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Certificate($id: ID!) {\n    certificate(id: $id) {\n      ...CertificateSummary\n      allowedActions\n      activeSuspension {\n        id\n        effectiveFrom\n        endsOn\n        ground\n        provisional\n      }\n      createdAt\n      updatedAt\n      version\n      history(limit: 200) {\n        items {\n          ...CertificateHistoryEntry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Certificate($id: ID!) {\n    certificate(id: $id) {\n      ...CertificateSummary\n      allowedActions\n      activeSuspension {\n        id\n        effectiveFrom\n        endsOn\n        ground\n        provisional\n      }\n      createdAt\n      updatedAt\n      version\n      history(limit: 200) {\n        items {\n          ...CertificateHistoryEntry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      id\n      number\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      id\n      number\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCertificate($id: ID!, $note: String, $version: Int!) {\n    reviewCertificate(id: $id, note: $note, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewCertificate($id: ID!, $note: String, $version: Int!) {\n    reviewCertificate(id: $id, note: $note, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendCertificate($id: ID!, $input: SuspendCertificateInput!, $version: Int!) {\n    suspendCertificate(id: $id, input: $input, version: $version) {\n      id\n      version\n      status\n      activeSuspension {\n        endsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendCertificate($id: ID!, $input: SuspendCertificateInput!, $version: Int!) {\n    suspendCertificate(id: $id, input: $input, version: $version) {\n      id\n      version\n      status\n      activeSuspension {\n        endsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftCertificateSuspension($id: ID!, $reason: String!, $version: Int!) {\n    liftCertificateSuspension(id: $id, reason: $reason, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation LiftCertificateSuspension($id: ID!, $reason: String!, $version: Int!) {\n    liftCertificateSuspension(id: $id, reason: $reason, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewCertificate($id: ID!, $reason: String!, $newNumber: String, $version: Int!) {\n    renewCertificate(id: $id, reason: $reason, newNumber: $newNumber, version: $version) {\n      id\n      version\n      number\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RenewCertificate($id: ID!, $reason: String!, $newNumber: String, $version: Int!) {\n    renewCertificate(id: $id, reason: $reason, newNumber: $newNumber, version: $version) {\n      id\n      version\n      number\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($id: ID!, $reason: String!, $basis: String!, $version: Int!) {\n    revokeCertificate(id: $id, reason: $reason, basis: $basis, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCertificate($id: ID!, $reason: String!, $basis: String!, $version: Int!) {\n    revokeCertificate(id: $id, reason: $reason, basis: $basis, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCertificate($id: ID!, $reason: String!, $basis: String, $version: Int!) {\n    cancelCertificate(id: $id, reason: $reason, basis: $basis, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCertificate($id: ID!, $reason: String!, $basis: String, $version: Int!) {\n    cancelCertificate(id: $id, reason: $reason, basis: $basis, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecoverCertificate($id: ID!, $note: String, $recoveredOn: String, $version: Int!) {\n    recoverCertificate(id: $id, note: $note, recoveredOn: $recoveredOn, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecoverCertificate($id: ID!, $note: String, $recoveredOn: String, $version: Int!) {\n    recoverCertificate(id: $id, note: $note, recoveredOn: $recoveredOn, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuspensionPreview($id: ID!, $startsOn: String!) {\n    suspensionPreview(id: $id, startsOn: $startsOn) {\n      startsOn\n      endsOn\n      months\n      rule\n    }\n  }\n"): (typeof documents)["\n  query SuspensionPreview($id: ID!, $startsOn: String!) {\n    suspensionPreview(id: $id, startsOn: $startsOn) {\n      startsOn\n      endsOn\n      months\n      rule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Today {\n    today\n  }\n"): (typeof documents)["\n  query Today {\n    today\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseChallengeFields on CaseChallenge {\n    id\n    caseId\n    kind\n    body\n    filedOn\n    acceptedOn\n    outcome\n    outcomeOn\n    outcomeNote\n    corrected\n    pending\n    recordedBy\n    recordedAt\n    version\n  }\n"): (typeof documents)["\n  fragment CaseChallengeFields on CaseChallenge {\n    id\n    caseId\n    kind\n    body\n    filedOn\n    acceptedOn\n    outcome\n    outcomeOn\n    outcomeNote\n    corrected\n    pending\n    recordedBy\n    recordedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseChallenges($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      decidedOn\n      underChallenge\n      challenges {\n        ...CaseChallengeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseChallenges($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      decidedOn\n      underChallenge\n      challenges {\n        ...CaseChallengeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCaseChallenge($caseId: ID!, $input: ChallengeInput!) {\n    recordChallenge(caseId: $caseId, input: $input) {\n      ...CaseChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCaseChallenge($caseId: ID!, $input: ChallengeInput!) {\n    recordChallenge(caseId: $caseId, input: $input) {\n      ...CaseChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCaseChallengeOutcome($id: ID!, $version: Int!, $input: ChallengeOutcomeInput!) {\n    recordChallengeOutcome(id: $id, version: $version, input: $input) {\n      ...CaseChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCaseChallengeOutcome($id: ID!, $version: Int!, $input: ChallengeOutcomeInput!) {\n    recordChallengeOutcome(id: $id, version: $version, input: $input) {\n      ...CaseChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeLogFields on ChangeLogList {\n    total\n    items {\n      id\n      action\n      actorName\n      at\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChangeLogFields on ChangeLogList {\n    total\n    items {\n      id\n      action\n      actorName\n      at\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    agency(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    agency(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    officer(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    officer(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Complaints($offset: Int!, $limit: Int!, $filter: ComplaintFilter, $orderBy: ComplaintOrder) {\n    complaints(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        number\n        receivedAt\n        channel\n        anonymous\n        complainantName\n        agencyId\n        officerId\n        content\n        status\n        registeredBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query Complaints($offset: Int!, $limit: Int!, $filter: ComplaintFilter, $orderBy: ComplaintOrder) {\n    complaints(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        number\n        receivedAt\n        channel\n        anonymous\n        complainantName\n        agencyId\n        officerId\n        content\n        status\n        registeredBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintRecord on Complaint {\n    id\n    number\n    receivedAt\n    channel\n    anonymous\n    complainantName\n    complainantPhone\n    agencyId\n    officerId\n    content\n    status\n    registeredBy\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment ComplaintRecord on Complaint {\n    id\n    number\n    receivedAt\n    channel\n    anonymous\n    complainantName\n    complainantPhone\n    agencyId\n    officerId\n    content\n    status\n    registeredBy\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintRecord\n    }\n  }\n"): (typeof documents)["\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatterRow on EnforcementMatter {\n    id\n    listSeq\n    category\n    name\n    legalBasis\n    agencyId\n    field\n    unit\n    retired\n    version\n  }\n"): (typeof documents)["\n  fragment MatterRow on EnforcementMatter {\n    id\n    listSeq\n    category\n    name\n    legalBasis\n    agencyId\n    field\n    unit\n    retired\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matters($offset: Int!, $limit: Int!, $filter: MatterFilter, $orderBy: MatterOrder) {\n    matters(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...MatterRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Matters($offset: Int!, $limit: Int!, $filter: MatterFilter, $orderBy: MatterOrder) {\n    matters(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...MatterRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatterDetail on EnforcementMatter {\n    ...MatterRow\n    createdAt\n    updatedAt\n    retiredAt\n    retiredReason\n    retiredBy\n  }\n"): (typeof documents)["\n  fragment MatterDetail on EnforcementMatter {\n    ...MatterRow\n    createdAt\n    updatedAt\n    retiredAt\n    retiredReason\n    retiredBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matter($id: ID!) {\n    matter(id: $id) {\n      ...MatterDetail\n    }\n  }\n"): (typeof documents)["\n  query Matter($id: ID!) {\n    matter(id: $id) {\n      ...MatterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      ...MatterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      ...MatterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMatter($id: ID!, $version: Int!, $input: MatterInput!) {\n    updateMatter(id: $id, version: $version, input: $input) {\n      ...MatterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMatter($id: ID!, $version: Int!, $input: MatterInput!) {\n    updateMatter(id: $id, version: $version, input: $input) {\n      ...MatterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireMatter($id: ID!, $version: Int!, $reason: String!) {\n    retireMatter(id: $id, version: $version, reason: $reason) {\n      ...MatterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RetireMatter($id: ID!, $version: Int!, $reason: String!) {\n    retireMatter(id: $id, version: $version, reason: $reason) {\n      ...MatterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    matter(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatterChangeLog($id: ID!, $offset: Int!, $limit: Int!) {\n    matter(id: $id) {\n      id\n      changeLog(offset: $offset, limit: $limit) {\n        ...ChangeLogFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MajorReviewCatalogue($agencyId: ID!) {\n    majorReviewCatalogue(agencyId: $agencyId) {\n      id\n      kind\n      matterId\n      minimumYuan\n      sourceText\n      version\n    }\n  }\n"): (typeof documents)["\n  query MajorReviewCatalogue($agencyId: ID!) {\n    majorReviewCatalogue(agencyId: $agencyId) {\n      id\n      kind\n      matterId\n      minimumYuan\n      sourceText\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMajorReviewEntry($input: MajorReviewEntryInput!) {\n    addMajorReviewEntry(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddMajorReviewEntry($input: MajorReviewEntryInput!) {\n    addMajorReviewEntry(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMajorReviewEntry($id: ID!, $version: Int!) {\n    removeMajorReviewEntry(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveMajorReviewEntry($id: ID!, $version: Int!) {\n    removeMajorReviewEntry(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Officers($offset: Int!, $limit: Int!, $filter: OfficerFilter, $orderBy: OfficerOrder) {\n    officers(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        listSeq\n        name\n        agencyId\n        post\n        region\n        fields\n        duties\n        employmentStatus\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Officers($offset: Int!, $limit: Int!, $filter: OfficerFilter, $orderBy: OfficerOrder) {\n    officers(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        id\n        listSeq\n        name\n        agencyId\n        post\n        region\n        fields\n        duties\n        employmentStatus\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Officer($id: ID!) {\n    officer(id: $id) {\n      id\n      listSeq\n      name\n      idNumberMasked\n      agencyId\n      post\n      region\n      fields\n      duties\n      employmentStatus\n      legalProfessionQualification\n      createdAt\n      updatedAt\n      version\n      certificate {\n        id\n        number\n        kind\n        fields\n        region\n        issuedOn\n        validUntil\n        status\n        review {\n          dueOn\n          state\n          provisional\n        }\n        history(limit: 200) {\n          items {\n            ...CertificateHistoryEntry\n          }\n        }\n      }\n      certificates {\n        id\n        number\n        kind\n        status\n        issuedOn\n        validUntil\n      }\n      employmentChanges {\n        id\n        fromStatus\n        toStatus\n        effectiveOn\n        reportedOn\n        reportDueOn\n        late\n        provisional\n        rule\n        reason\n        recordedBy\n        recordedAt\n      }\n      trainings {\n        id\n        type\n        title\n        trainedOn\n        hours\n        provider\n        recordedBy\n      }\n      trainingHours\n      exams {\n        id\n        examName\n        examOn\n        passed\n        score\n        recordedBy\n      }\n      idNumberViews(limit: 50) {\n        total\n        items {\n          id\n          field\n          viewerName\n          viewedAt\n          reason\n        }\n      }\n      agency {\n        id\n        policies {\n          key\n          value\n          unit\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Officer($id: ID!) {\n    officer(id: $id) {\n      id\n      listSeq\n      name\n      idNumberMasked\n      agencyId\n      post\n      region\n      fields\n      duties\n      employmentStatus\n      legalProfessionQualification\n      createdAt\n      updatedAt\n      version\n      certificate {\n        id\n        number\n        kind\n        fields\n        region\n        issuedOn\n        validUntil\n        status\n        review {\n          dueOn\n          state\n          provisional\n        }\n        history(limit: 200) {\n          items {\n            ...CertificateHistoryEntry\n          }\n        }\n      }\n      certificates {\n        id\n        number\n        kind\n        status\n        issuedOn\n        validUntil\n      }\n      employmentChanges {\n        id\n        fromStatus\n        toStatus\n        effectiveOn\n        reportedOn\n        reportDueOn\n        late\n        provisional\n        rule\n        reason\n        recordedBy\n        recordedAt\n      }\n      trainings {\n        id\n        type\n        title\n        trainedOn\n        hours\n        provider\n        recordedBy\n      }\n      trainingHours\n      exams {\n        id\n        examName\n        examOn\n        passed\n        score\n        recordedBy\n      }\n      idNumberViews(limit: 50) {\n        total\n        items {\n          id\n          field\n          viewerName\n          viewedAt\n          reason\n        }\n      }\n      agency {\n        id\n        policies {\n          key\n          value\n          unit\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfficer($input: OfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      name\n      agencyId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOfficer($input: OfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      name\n      agencyId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfficer($id: ID!, $input: OfficerInput!, $version: Int!) {\n    updateOfficer(id: $id, input: $input, version: $version) {\n      id\n      name\n      agencyId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOfficer($id: ID!, $input: OfficerInput!, $version: Int!) {\n    updateOfficer(id: $id, input: $input, version: $version) {\n      id\n      name\n      agencyId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEmploymentChange($officerId: ID!, $input: EmploymentChangeInput!, $version: Int!) {\n    recordEmploymentChange(officerId: $officerId, input: $input, version: $version) {\n      change {\n        id\n        toStatus\n        effectiveOn\n        reportedOn\n        reportDueOn\n        late\n        provisional\n        rule\n      }\n      officer {\n        id\n        version\n        employmentStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEmploymentChange($officerId: ID!, $input: EmploymentChangeInput!, $version: Int!) {\n    recordEmploymentChange(officerId: $officerId, input: $input, version: $version) {\n      change {\n        id\n        toStatus\n        effectiveOn\n        reportedOn\n        reportDueOn\n        late\n        provisional\n        rule\n      }\n      officer {\n        id\n        version\n        employmentStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTraining($input: TrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      hours\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTraining($input: TrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExam($input: ExamInput!) {\n    recordExam(input: $input) {\n      id\n      passed\n    }\n  }\n"): (typeof documents)["\n  mutation RecordExam($input: ExamInput!) {\n    recordExam(input: $input) {\n      id\n      passed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealIdNumber($officerId: ID!, $reason: String!) {\n    revealIdNumber(officerId: $officerId, reason: $reason) {\n      idNumber\n      view {\n        id\n        viewedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevealIdNumber($officerId: ID!, $reason: String!) {\n    revealIdNumber(officerId: $officerId, reason: $reason) {\n      idNumber\n      view {\n        id\n        viewedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOfficers($csv: String!, $dryRun: Boolean!) {\n    importOfficers(csv: $csv, dryRun: $dryRun) {\n      rows\n      imported\n      dryRun\n      problems {\n        row\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportOfficers($csv: String!, $dryRun: Boolean!) {\n    importOfficers(csv: $csv, dryRun: $dryRun) {\n      rows\n      imported\n      dryRun\n      problems {\n        row\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficersCsv($filter: OfficerFilter) {\n    officersCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query OfficersCsv($filter: OfficerFilter) {\n    officersCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicCertificateFields on PublicCertificate {\n    number\n    holderName\n    agencyName\n    fields\n    region\n    status\n    validUntil\n  }\n"): (typeof documents)["\n  fragment PublicCertificateFields on PublicCertificate {\n    number\n    holderName\n    agencyName\n    fields\n    region\n    status\n    validUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCertificatesByHolder($name: String!, $agencyName: String!) {\n    publicCertificatesByHolder(name: $name, agencyName: $agencyName) {\n      ...PublicCertificateFields\n    }\n  }\n"): (typeof documents)["\n  query PublicCertificatesByHolder($name: String!, $agencyName: String!) {\n    publicCertificatesByHolder(name: $name, agencyName: $agencyName) {\n      ...PublicCertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCertificate($number: String!) {\n    publicCertificate(number: $number) {\n      ...PublicCertificateFields\n    }\n  }\n"): (typeof documents)["\n  query PublicCertificate($number: String!) {\n    publicCertificate(number: $number) {\n      ...PublicCertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicationRow on CasePublication {\n    id\n    caseId\n    caseNumber\n    agencyId\n    agencyName\n    matterName\n    category\n    decisionKinds\n    decidedOn\n    dueOn\n    provisional\n    rule\n    calendarBasis\n    dueState\n    late\n    status\n    publishedOn\n    publishedAt\n    publishedBy\n    publishedText\n    editedByClerk\n    redactions {\n      kind\n      original\n      replacement\n      start\n      end\n    }\n    withdrawnAt\n    withdrawnBy\n    withdrawnReason\n    withdrawnBasis\n    version\n  }\n"): (typeof documents)["\n  fragment PublicationRow on CasePublication {\n    id\n    caseId\n    caseNumber\n    agencyId\n    agencyName\n    matterName\n    category\n    decisionKinds\n    decidedOn\n    dueOn\n    provisional\n    rule\n    calendarBasis\n    dueState\n    late\n    status\n    publishedOn\n    publishedAt\n    publishedBy\n    publishedText\n    editedByClerk\n    redactions {\n      kind\n      original\n      replacement\n      start\n      end\n    }\n    withdrawnAt\n    withdrawnBy\n    withdrawnReason\n    withdrawnBasis\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilingRow on CaseFiling {\n    id\n    caseId\n    caseNumber\n    agencyId\n    decidedOn\n    dueOn\n    provisional\n    rule\n    periodSource\n    recipient\n    calendarBasis\n    dueState\n    late\n    filedOn\n    filedAt\n    filedBy\n    version\n  }\n"): (typeof documents)["\n  fragment FilingRow on CaseFiling {\n    id\n    caseId\n    caseNumber\n    agencyId\n    decidedOn\n    dueOn\n    provisional\n    rule\n    periodSource\n    recipient\n    calendarBasis\n    dueState\n    late\n    filedOn\n    filedAt\n    filedBy\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Publications($offset: Int!, $limit: Int!, $filter: PublicationFilter, $orderBy: PublicityOrder) {\n    publications(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...PublicationRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Publications($offset: Int!, $limit: Int!, $filter: PublicationFilter, $orderBy: PublicityOrder) {\n    publications(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...PublicationRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Filings($offset: Int!, $limit: Int!, $filter: FilingFilter, $orderBy: PublicityOrder) {\n    filings(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...FilingRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Filings($offset: Int!, $limit: Int!, $filter: FilingFilter, $orderBy: PublicityOrder) {\n    filings(offset: $offset, limit: $limit, filter: $filter, orderBy: $orderBy) {\n      total\n      items {\n        ...FilingRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePublicity($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      stage\n      publication {\n        ...PublicationRow\n      }\n      filing {\n        ...FilingRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePublicity($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      stage\n      publication {\n        ...PublicationRow\n      }\n      filing {\n        ...FilingRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPublication($caseId: ID!, $text: String) {\n    previewPublication(caseId: $caseId, text: $text) {\n      text\n      redactions {\n        kind\n        original\n        replacement\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewPublication($caseId: ID!, $text: String) {\n    previewPublication(caseId: $caseId, text: $text) {\n      text\n      redactions {\n        kind\n        original\n        replacement\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishDecision($caseId: ID!, $version: Int!, $text: String) {\n    publishDecision(caseId: $caseId, version: $version, text: $text) {\n      ...PublicationRow\n    }\n  }\n"): (typeof documents)["\n  mutation PublishDecision($caseId: ID!, $version: Int!, $text: String) {\n    publishDecision(caseId: $caseId, version: $version, text: $text) {\n      ...PublicationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPublication($caseId: ID!, $version: Int!, $reason: String!, $basis: String) {\n    withdrawPublication(caseId: $caseId, version: $version, reason: $reason, basis: $basis) {\n      ...PublicationRow\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawPublication($caseId: ID!, $version: Int!, $reason: String!, $basis: String) {\n    withdrawPublication(caseId: $caseId, version: $version, reason: $reason, basis: $basis) {\n      ...PublicationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFiling($caseId: ID!, $version: Int!, $filedOn: String!) {\n    recordFiling(caseId: $caseId, version: $version, filedOn: $filedOn) {\n      ...FilingRow\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFiling($caseId: ID!, $version: Int!, $filedOn: String!) {\n    recordFiling(caseId: $caseId, version: $version, filedOn: $filedOn) {\n      ...FilingRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilingPolicy($agencyId: ID!) {\n    filingPolicy(agencyId: $agencyId) {\n      agencyId\n      isDefault\n      rule\n      setAt\n      sourceText\n      unit\n      value\n      version\n    }\n  }\n"): (typeof documents)["\n  query FilingPolicy($agencyId: ID!) {\n    filingPolicy(agencyId: $agencyId) {\n      agencyId\n      isDefault\n      rule\n      setAt\n      sourceText\n      unit\n      value\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFilingPolicy($agencyId: ID!, $input: FilingPolicyInput, $version: Int) {\n    setFilingPolicy(agencyId: $agencyId, input: $input, version: $version) {\n      agencyId\n      isDefault\n      rule\n      setAt\n      sourceText\n      unit\n      value\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetFilingPolicy($agencyId: ID!, $input: FilingPolicyInput, $version: Int) {\n    setFilingPolicy(agencyId: $agencyId, input: $input, version: $version) {\n      agencyId\n      isDefault\n      rule\n      setAt\n      sourceText\n      unit\n      value\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedDecisionFields on PublishedDecision {\n    id\n    agencyId\n    agencyName\n    caseNumber\n    matterName\n    category\n    decisionKinds\n    decidedOn\n    publishedOn\n    text\n  }\n"): (typeof documents)["\n  fragment PublishedDecisionFields on PublishedDecision {\n    id\n    agencyId\n    agencyName\n    caseNumber\n    matterName\n    category\n    decisionKinds\n    decidedOn\n    publishedOn\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedDecisions($offset: Int!, $limit: Int!, $filter: PublishedDecisionFilter) {\n    publishedDecisions(offset: $offset, limit: $limit, filter: $filter) {\n      total\n      items {\n        ...PublishedDecisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedDecisions($offset: Int!, $limit: Int!, $filter: PublishedDecisionFilter) {\n    publishedDecisions(offset: $offset, limit: $limit, filter: $filter) {\n      total\n      items {\n        ...PublishedDecisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedDecision($id: ID!) {\n    publishedDecision(id: $id) {\n      ...PublishedDecisionFields\n    }\n  }\n"): (typeof documents)["\n  query PublishedDecision($id: ID!) {\n    publishedDecision(id: $id) {\n      ...PublishedDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordEntryFields on CaseRecordEntry {\n    id\n    seq\n    stage\n    kind\n    description\n    actorName\n    officerId\n    recordedAt\n    fileName\n    fileSha256\n    fileSize\n    mediaType\n    fileUrl\n    hash\n    prevHash\n  }\n"): (typeof documents)["\n  fragment RecordEntryFields on CaseRecordEntry {\n    id\n    seq\n    stage\n    kind\n    description\n    actorName\n    officerId\n    recordedAt\n    fileName\n    fileSha256\n    fileSize\n    mediaType\n    fileUrl\n    hash\n    prevHash\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRecord($id: ID!, $offset: Int!, $limit: Int!) {\n    case(id: $id) {\n      id\n      number\n      stage\n      record(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...RecordEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseRecord($id: ID!, $offset: Int!, $limit: Int!) {\n    case(id: $id) {\n      id\n      number\n      stage\n      record(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...RecordEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecordEntry($caseId: ID!, $input: RecordEntryInput!) {\n    addRecordEntry(caseId: $caseId, input: $input) {\n      ...RecordEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecordEntry($caseId: ID!, $input: RecordEntryInput!) {\n    addRecordEntry(caseId: $caseId, input: $input) {\n      ...RecordEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyRecord($caseId: ID!) {\n    verifyRecord(caseId: $caseId) {\n      ok\n      entries\n      firstBrokenSeq\n      firstBrokenId\n      reason\n      headHash\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  query VerifyRecord($caseId: ID!) {\n    verifyRecord(caseId: $caseId) {\n      ok\n      entries\n      firstBrokenSeq\n      firstBrokenId\n      reason\n      headHash\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStatistics($agencyId: ID!, $year: Int!, $includeSubtree: Boolean!) {\n    caseStatistics(agencyId: $agencyId, year: $year, includeSubtree: $includeSubtree) {\n      agencyId\n      year\n      includesSubtree\n      asOf\n      dueOn\n      registered\n      decided\n      closed\n      majorDecided\n      majorDecidedWithoutReview\n      byCategory {\n        category\n        registered\n        decided\n        closed\n      }\n      byOutcome {\n        category\n        decisionKind\n        count\n      }\n      legalReviewRounds\n      legalReviewsPassed\n      legalReviewsReturned\n      publicationsDue\n      publicationsPublished\n      publicationsOnTime\n      publicationsOverdue\n      publicationsWithdrawn\n      filingsDue\n      filingsFiled\n      filingsOnTime\n      challengesFiled\n      reconsiderationsFiled\n      litigationsFiled\n      challengesPending\n      challengesConcluded\n      challengesCorrected\n    }\n  }\n"): (typeof documents)["\n  query CaseStatistics($agencyId: ID!, $year: Int!, $includeSubtree: Boolean!) {\n    caseStatistics(agencyId: $agencyId, year: $year, includeSubtree: $includeSubtree) {\n      agencyId\n      year\n      includesSubtree\n      asOf\n      dueOn\n      registered\n      decided\n      closed\n      majorDecided\n      majorDecidedWithoutReview\n      byCategory {\n        category\n        registered\n        decided\n        closed\n      }\n      byOutcome {\n        category\n        decisionKind\n        count\n      }\n      legalReviewRounds\n      legalReviewsPassed\n      legalReviewsReturned\n      publicationsDue\n      publicationsPublished\n      publicationsOnTime\n      publicationsOverdue\n      publicationsWithdrawn\n      filingsDue\n      filingsFiled\n      filingsOnTime\n      challengesFiled\n      reconsiderationsFiled\n      litigationsFiled\n      challengesPending\n      challengesConcluded\n      challengesCorrected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListRow on EnforcementCase {\n    id\n    number\n    cause\n    stage\n    category\n    registeredOn\n    underChallenge\n    handlers {\n      officerId\n      officerName\n      lead\n      releasedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListRow on EnforcementCase {\n    id\n    number\n    cause\n    stage\n    category\n    registeredOn\n    underChallenge\n    handlers {\n      officerId\n      officerName\n      lead\n      releasedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerCases($id: ID!, $offset: Int!, $limit: Int!, $filter: OfficerCaseFilter) {\n    officer(id: $id) {\n      id\n      cases(offset: $offset, limit: $limit, filter: $filter) {\n        total\n        items {\n          ...CaseListRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerCases($id: ID!, $offset: Int!, $limit: Int!, $filter: OfficerCaseFilter) {\n    officer(id: $id) {\n      id\n      cases(offset: $offset, limit: $limit, filter: $filter) {\n        total\n        items {\n          ...CaseListRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerCaseCount($id: ID!) {\n    officer(id: $id) {\n      id\n      caseCount\n    }\n  }\n"): (typeof documents)["\n  query OfficerCaseCount($id: ID!) {\n    officer(id: $id) {\n      id\n      caseCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyCases($id: ID!, $offset: Int!, $limit: Int!, $filter: AgencyCaseFilter) {\n    agency(id: $id) {\n      id\n      cases(offset: $offset, limit: $limit, filter: $filter) {\n        total\n        items {\n          ...CaseListRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyCases($id: ID!, $offset: Int!, $limit: Int!, $filter: AgencyCaseFilter) {\n    agency(id: $id) {\n      id\n      cases(offset: $offset, limit: $limit, filter: $filter) {\n        total\n        items {\n          ...CaseListRow\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;