/**
 * The custom dataProvider methods of 现场监督, 回避 and 移送 (004 第二十二条, 第二十一条, 第三十一条), spread into
 * actions.ts: every domain action and every read that is not a resource's getList/getOne.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from './client';
import {
  AddInspectionEntry, CancelInspection, CarryOutInspection, ConcludeInspection, InspectionChangeLogQuery, InspectionEntriesQuery, SupervisorChoicesQuery,
  SupervisorCredentialsAtQuery,
} from './inspections';
import { ApplyForRecusal, DecideRecusal, DeclareRecusal, OrderRecusal, SubjectRecusalsQuery } from './recusals';
import { RecordReferralReceipt, RecordReferralReply, ReferralChangeLogQuery, ReferralLetterQuery, SendReferral } from './referrals';

const method =
  <TResult, TVariables extends Record<string, unknown>, TOut>(document: TypedDocumentNode<TResult, TVariables>, pick: (data: TResult) => TOut) =>
  async (params: TVariables): Promise<TOut> =>
    pick(await request(document, params));

export const onsiteActions = {
  // 现场监督 (004 第二十二条): each step sends the version the clerk saw
  carryOutInspection: method(CarryOutInspection, (d) => d.carryOutInspection),
  concludeInspection: method(ConcludeInspection, (d) => d.concludeInspection),
  cancelInspection: method(CancelInspection, (d) => d.cancelInspection),
  addInspectionEntry: method(AddInspectionEntry, (d) => d.addInspectionEntry),
  /** The 全过程记录 of an inspection, oldest first. */
  inspectionEntries: method(InspectionEntriesQuery, (d) => d.inspection.entries),
  inspectionChangeLog: method(InspectionChangeLogQuery, (d) => d.inspection.changeLog),
  /** 执法监督资格 of the chosen people at the start and the end of the activity (personnel, public). */
  supervisorCredentialsAt: method(SupervisorCredentialsAtQuery, (d) => d),
  /** People of the caller's scope on duty with the 执法监督 duty, for the supervisors picker. */
  supervisorChoices: method(SupervisorChoicesQuery, (d) => d.officers.items.filter((o) => o.duties.includes('SUPERVISION'))),

  // 回避 (004 第二十一条)
  subjectRecusals: method(SubjectRecusalsQuery, (d) => d.recusals),
  declareRecusal: method(DeclareRecusal, (d) => d.declareRecusal),
  applyForRecusal: method(ApplyForRecusal, (d) => d.applyForRecusal),
  decideRecusal: method(DecideRecusal, (d) => d.decideRecusal),
  orderRecusal: method(OrderRecusal, (d) => d.orderRecusal),

  // 移送 (004 第三十一条)
  sendReferral: method(SendReferral, (d) => d.sendReferral),
  recordReferralReceipt: method(RecordReferralReceipt, (d) => d.recordReferralReceipt),
  recordReferralReply: method(RecordReferralReply, (d) => d.recordReferralReply),
  referralLetter: method(ReferralLetterQuery, (d) => d.referral),
  referralChangeLog: method(ReferralChangeLogQuery, (d) => d.referral.changeLog),
};
