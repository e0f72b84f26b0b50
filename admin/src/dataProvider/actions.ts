/**
 * The domain actions (暂扣, 核发, 人员变动…) and the reads that are not a resource's getList/getOne (today's
 * date, the suspension preview, an agency's figures of a year…), as custom methods of the dataProvider,
 * react-admin's way (https://marmelab.com/react-admin/Actions.html#calling-custom-methods): components
 * call them through `useDataProvider()` with `useMutation` / `useQuery`, so a refused token still signs
 * the user out (react-admin's checkError) and every new action follows the same path.
 *
 * Each method sends one typed operation and resolves with its payload; a refusal rejects with the
 * `HttpError` of client.ts (the server's message, code and field errors).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from './client';
import {
  CancelCertificate,
  IssueCertificate,
  LiftCertificateSuspension,
  RecoverCertificate,
  RenewCertificate,
  ReviewCertificate,
  RevokeCertificate,
  SuspendCertificate,
  SuspensionPreviewQuery,
  TodayQuery,
} from './certificates';
import { AgencyFiguresQuery, ConfirmAgencyQualification, PublishAgency, SetPolicy } from './agencies';
import { ImportOfficers, OfficersCsvQuery, RevealIdNumber, RecordEmploymentChange, RecordExam, RecordTraining } from './officers';
import { CalendarYearsQuery } from './calendar';
import { AddMajorReviewEntry, MajorReviewCatalogueQuery, MatterChangeLogQuery, RemoveMajorReviewEntry, RetireMatter } from './matters';
import { AgencyChangeLogQuery, OfficerChangeLogQuery } from './changeLog';
import { PublicCertificateLookup, PublicCertificatesByHolderLookup } from './public';
import {
  AdvanceCase,
  CaseChangeLogQuery,
  ChangeCaseHandlers,
  CloseCase,
  DecideCase,
  LegalReviewQueueQuery,
  MarkCaseMajor,
  RecordExecution,
  RequestHearing,
  ReviewCase,
  ServeDecision,
  SetProposedFine,
  SubmitForLegalReview,
} from './cases';
import {
  CasePublicityQuery,
  FilingPolicyQuery,
  PreviewPublicationQuery,
  PublishDecision,
  PublishedDecisionQuery,
  PublishedDecisionsQuery,
  RecordFiling,
  SetFilingPolicy,
  WithdrawPublication,
} from './publicity';
import { AddRecordEntry, CaseRecordQuery, VerifyRecordQuery } from './record';
import { AgencyCasesQuery, CaseStatisticsQuery, fetchStatisticsExport, OfficerCaseCountQuery, OfficerCasesQuery } from './statistics';
import { CaseChallengesQuery, RecordCaseChallenge, RecordCaseChallengeOutcome } from './challenges';
import {
  AcceptComplaint,
  AssignComplaintHandler,
  CaseComplaintsQuery,
  ComplaintChangeLogQuery,
  ConcludeComplaint,
  RejectComplaint,
  SetComplaintCase,
  StartComplaintInvestigation,
} from './complaints';
import { IssueSanction, OfficerSanctionsQuery, RecordSanctionUnitDecision, SanctionChangeLogQuery, SanctionOfficerQuery } from './sanctions';
import {
  AnswerNoticeObjection, CaseNoticesQuery, CreateSupervisionDecision, NoticeChangeLogQuery, NoticeSourceCaseQuery, NoticeSourceComplaintQuery, NoticeSourceOpinionQuery, ObjectToNotice,
  RecordNoticeReceipt, ReportRectification, SupervisionDecisionChangeLogQuery, VerifyRectification,
} from './notices';
import { onsiteActions } from './onsite';
import { reviewActions } from './reviews';

/** A method that sends `document` with its params as variables and resolves with `pick(data)`. */
const method =
  <TResult, TVariables extends Record<string, unknown>, TOut>(
    document: TypedDocumentNode<TResult, TVariables>,
    pick: (data: TResult) => TOut,
    options: { authenticated?: boolean } = {},
  ) =>
  async (params: TVariables): Promise<TOut> =>
    pick(await request(document, params, options));

export const actions = {
  // 行政执法证 (003 第4条; 004 第三十三条)
  issueCertificate: method(IssueCertificate, (d) => d.issueCertificate),
  reviewCertificate: method(ReviewCertificate, (d) => d.reviewCertificate),
  suspendCertificate: method(SuspendCertificate, (d) => d.suspendCertificate),
  liftCertificateSuspension: method(LiftCertificateSuspension, (d) => d.liftCertificateSuspension),
  renewCertificate: method(RenewCertificate, (d) => d.renewCertificate),
  revokeCertificate: method(RevokeCertificate, (d) => d.revokeCertificate),
  cancelCertificate: method(CancelCertificate, (d) => d.cancelCertificate),
  recoverCertificate: method(RecoverCertificate, (d) => d.recoverCertificate),
  suspensionPreview: method(SuspensionPreviewQuery, (d) => d.suspensionPreview),
  /** Today (YYYY-MM-DD) by the server's statutory clock, not the browser's. */
  today: method(TodayQuery, (d) => d.today),

  // 执法人员
  recordEmploymentChange: method(RecordEmploymentChange, (d) => d.recordEmploymentChange),
  recordTraining: method(RecordTraining, (d) => d.recordTraining),
  recordExam: method(RecordExam, (d) => d.recordExam),
  /** The full ID number, with the reason; the server records who viewed it, when and why (an action, never a cached read). */
  revealIdNumber: method(RevealIdNumber, (d) => d.revealIdNumber.idNumber ?? null),
  importOfficers: method(ImportOfficers, (d) => d.importOfficers),
  exportOfficersCsv: method(OfficersCsvQuery, (d) => d.officersCsv),
  /** 变更记录 of an officer profile, newest first, one page. */
  officerChangeLog: method(OfficerChangeLogQuery, (d) => d.officer.changeLog),

  // 执法主体
  confirmAgencyQualification: method(ConfirmAgencyQualification, (d) => d.confirmAgencyQualification),
  publishAgency: method(PublishAgency, (d) => d.publishAgency),
  setPolicy: method(SetPolicy, (d) => d.setPolicy),
  agencyFigures: method(AgencyFiguresQuery, (d) => d.agency.figures),
  /** 变更记录 of an agency, newest first, one page; staff in scope only (others are refused). */
  agencyChangeLog: method(AgencyChangeLogQuery, (d) => d.agency.changeLog),

  // 执法事项清单 and 重大执法决定法制审核目录 (004 第三条, 第十六条)
  retireMatter: method(RetireMatter, (d) => d.retireMatter),
  /** 变更记录 of a matter; null (shown as empty) for staff outside its agency's subtree. */
  matterChangeLog: method(MatterChangeLogQuery, (d) => d.matter.changeLog ?? { total: 0, items: [] }),
  majorReviewCatalogue: method(MajorReviewCatalogueQuery, (d) => d.majorReviewCatalogue),
  addMajorReviewEntry: method(AddMajorReviewEntry, (d) => d.addMajorReviewEntry),
  removeMajorReviewEntry: method(RemoveMajorReviewEntry, (d) => d.removeMajorReviewEntry),

  // 行政执法案件 (000 二(四); 004 第十六条): each step sends the version the clerk saw
  advanceCase: method(AdvanceCase, (d) => d.advanceCase),
  setProposedFine: method(SetProposedFine, (d) => d.setProposedFine),
  markCaseMajor: method(MarkCaseMajor, (d) => d.markCaseMajor),
  requestHearing: method(RequestHearing, (d) => d.requestHearing),
  submitForLegalReview: method(SubmitForLegalReview, (d) => d.submitForLegalReview),
  reviewCase: method(ReviewCase, (d) => d.reviewCase),
  decideCase: method(DecideCase, (d) => d.decideCase),
  serveDecision: method(ServeDecision, (d) => d.serveDecision),
  recordExecution: method(RecordExecution, (d) => d.recordExecution),
  closeCase: method(CloseCase, (d) => d.closeCase),
  changeCaseHandlers: method(ChangeCaseHandlers, (d) => d.changeCaseHandlers),
  /** 法制审核待办: oldest submission first, one page. */
  legalReviewQueue: method(LegalReviewQueueQuery, (d) => d.legalReviewQueue),
  /** 变更记录 of a case, newest first, one page. */
  caseChangeLog: method(CaseChangeLogQuery, (d) => d.case.changeLog),
  // 行政执法统计年报 (000 二(六), 001 三(四), 002 事后公开 四) and the case lists of an officer and an agency
  caseStatistics: method(CaseStatisticsQuery, (d) => d.caseStatistics),
  /** The 年报 file (CSV or JSON) through the gateway with the token: a blob and the server's file name. */
  exportStatistics: fetchStatisticsExport,
  officerCases: method(OfficerCasesQuery, (d) => d.officer.cases),
  officerCaseCount: method(OfficerCaseCountQuery, (d) => d.officer.caseCount),
  agencyCases: method(AgencyCasesQuery, (d) => d.agency.cases),

  // 行政复议、行政诉讼 (003 第16条, 004 第二十五条)
  caseChallenges: method(CaseChallengesQuery, (d) => d.case),
  recordChallenge: method(RecordCaseChallenge, (d) => d.recordChallenge),
  recordChallengeOutcome: method(RecordCaseChallengeOutcome, (d) => d.recordChallengeOutcome),

  // 投诉举报 (004 第八条): each step sends the version the clerk saw
  acceptComplaint: method(AcceptComplaint, (d) => d.acceptComplaint),
  rejectComplaint: method(RejectComplaint, (d) => d.rejectComplaint),
  assignComplaintHandler: method(AssignComplaintHandler, (d) => d.assignComplaintHandler),
  startComplaintInvestigation: method(StartComplaintInvestigation, (d) => d.startComplaintInvestigation),
  concludeComplaint: method(ConcludeComplaint, (d) => d.concludeComplaint),
  setComplaintCase: method(SetComplaintCase, (d) => d.setComplaintCase),
  /** 变更记录 of a complaint, newest first, one page (the complainant masked). */
  complaintChangeLog: method(ComplaintChangeLogQuery, (d) => d.complaint.changeLog),
  /** The complaints about a case that the caller may see (`EnforcementCase.complaints`), one page. */
  caseComplaints: method(CaseComplaintsQuery, (d) => d.case.complaints),

  // 法定节假日安排
  calendarCoverage: method(CalendarYearsQuery, (d) => d.calendarYears),

  // 决定公示 and 重大执法决定备案 (002 （二）3 事后公开; 004 第十四条, 第十九条)
  /** A case's publication and filing (both null until decided). */
  casePublicity: method(CasePublicityQuery, (d) => d.case),
  /** The text as it would be published, redacted, with the marks of what was taken out; nothing is stored. */
  previewPublication: method(PreviewPublicationQuery, (d) => d.previewPublication),
  publishDecision: method(PublishDecision, (d) => d.publishDecision),
  withdrawPublication: method(WithdrawPublication, (d) => d.withdrawPublication),
  recordFiling: method(RecordFiling, (d) => d.recordFiling),
  filingPolicy: method(FilingPolicyQuery, (d) => d.filingPolicy),
  setFilingPolicy: method(SetFilingPolicy, (d) => d.setFilingPolicy),

  // 全过程记录 (004 第十五条); the files themselves go through record.ts (uploadFile, openRecordFile)
  caseRecord: method(CaseRecordQuery, (d) => d.case),
  addRecordEntry: method(AddRecordEntry, (d) => d.addRecordEntry),
  /** Re-computes the case's hash chain now: an action, never a cached read. */
  verifyRecord: method(VerifyRecordQuery, (d) => d.verifyRecord),

  // 亮证查询 and 已公示的行政执法决定, no session
  publishedDecisions: method(PublishedDecisionsQuery, (d) => d.publishedDecisions, { authenticated: false }),
  publishedDecision: method(PublishedDecisionQuery, (d) => d.publishedDecision ?? null, { authenticated: false }),
  publicCertificate: method(PublicCertificateLookup, (d) => d.publicCertificate ?? null, { authenticated: false }),
  publicCertificatesByHolder: method(PublicCertificatesByHolderLookup, (d) => d.publicCertificatesByHolder, { authenticated: false }),

  // 行政执法人员处理 (004 第三十三条)
  issueSanction: method(IssueSanction, (d) => d.issueSanction),
  recordSanctionUnitDecision: method(RecordSanctionUnitDecision, (d) => d.recordSanctionUnitDecision),
  officerSanctions: method(OfficerSanctionsQuery, (d) => d.officer.sanctions),
  sanctionChangeLog: method(SanctionChangeLogQuery, (d) => d.sanction.changeLog),
  sanctionOfficer: method(SanctionOfficerQuery, (d) => d.officer),
  // 行政执法监督通知书 and 监督决定书 (004 第二十三条 – 第二十五条): each step sends the version the clerk saw
  recordNoticeReceipt: method(RecordNoticeReceipt, (d) => d.recordNoticeReceipt),
  objectToNotice: method(ObjectToNotice, (d) => d.objectToNotice),
  answerNoticeObjection: method(AnswerNoticeObjection, (d) => d.answerNoticeObjection),
  reportRectification: method(ReportRectification, (d) => d.reportRectification),
  verifyRectification: method(VerifyRectification, (d) => d.verifyRectification),
  createSupervisionDecision: method(CreateSupervisionDecision, (d) => d.createSupervisionDecision),
  /** 变更记录 of a notice or a decision, newest first, one page. */
  noticeChangeLog: method(NoticeChangeLogQuery, (d) => d.notice.changeLog),
  supervisionDecisionChangeLog: method(SupervisionDecisionChangeLogQuery, (d) => d.supervisionDecision.changeLog),
  /** What 下发监督通知书 prefills from a complaint or a case. */
  noticeSourceComplaint: method(NoticeSourceComplaintQuery, (d) => d.complaint),
  noticeSourceCase: method(NoticeSourceCaseQuery, (d) => d.case),
  /** …or from an unmended 监督意见书 (003 第15条), which the notice escalates. */
  noticeSourceOpinion: method(NoticeSourceOpinionQuery, (d) => d.supervisionOpinion),
  /** A case's notices (paged) and the correction mark of its decision. */
  caseNotices: method(CaseNoticesQuery, (d) => d.case),
  // 现场监督, 回避, 移送 (004 第二十二条, 第二十一条, 第三十一条)
  ...onsiteActions,
  // 案卷评查 and 监督意见书 (003 第15条; 004 第十八条)
  ...reviewActions,
};

export type JianduActions = typeof actions;
