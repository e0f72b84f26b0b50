import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { SupervisionContext } from '../context.js';
import { Complaint } from './complaint.entity.js';
import { ConcludeComplaintInput } from './complaint.inputs.js';
import { acceptComplaint, assignComplaintHandler, concludeComplaint, rejectComplaint, setComplaintCase, startComplaintInvestigation } from './complaint-workflow.service.js';

const idArg = { description: '投诉编号 (complaint id)' };
const versionArg = { description: '办理前的版本号 (the version the step is based on)' };
const noteArg = { nullable: true, description: '说明 (note), optional' };

/** The steps of handling a complaint (004 第八条): supervisors of the complained-of agency's subtree, each at a version. */
@Resolver(() => Complaint)
export class ComplaintWorkflowResolver {
  @Mutation(() => Complaint, { description: '受理投诉举报 (accept a received complaint, 004 第八条)' })
  acceptComplaint(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('note', () => String, noteArg) note?: string | null,
  ): Promise<Complaint> {
    return acceptComplaint(ctx, id, version, note);
  }

  @Mutation(() => Complaint, { description: '不予受理 (reject a received complaint, with the reason; its handling ends there — an accepted one cannot be rejected later)' })
  rejectComplaint(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('reason', { description: '不予受理理由 (the reason), at least 4 characters' }) reason: string,
  ): Promise<Complaint> {
    return rejectComplaint(ctx, id, version, reason);
  }

  @Mutation(() => Complaint, {
    description: '指定或变更承办人 (assign the handler of an accepted complaint, or change him until it is concluded): a 执法监督人员 with a 执法监督证 valid now (004 第二十条、第二十二条), asked of personnel',
  })
  assignComplaintHandler(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('officerId', () => ID, { description: '承办人的执法人员编号 (the handler\'s personnel officer id; duty SUPERVISION)' }) officerId: string,
    @Arg('note', () => String, noteArg) note?: string | null,
  ): Promise<Complaint> {
    return assignComplaintHandler(ctx, id, version, officerId, note);
  }

  @Mutation(() => Complaint, { description: '开始调查核实 (start investigating an accepted complaint; its handler must be assigned)' })
  startComplaintInvestigation(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('note', () => String, noteArg) note?: string | null,
  ): Promise<Complaint> {
    return startComplaintInvestigation(ctx, id, version, note);
  }

  @Mutation(() => Complaint, { description: '办结 (conclude an investigated complaint with the finding and the reply: how and when the complainant was answered)' })
  concludeComplaint(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('input', () => ConcludeComplaintInput, { description: '办结情况 (the conclusion)' }) input: ConcludeComplaintInput,
  ): Promise<Complaint> {
    return concludeComplaint(ctx, id, version, input);
  }

  @Mutation(() => Complaint, { description: '关联案件 (set, change or — with null — remove the case a complaint concerns, while it is handled): a case of the agency complained of or its sub-units, asked of cases' })
  setComplaintCase(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('caseId', () => ID, { nullable: true, description: '案件编号 (case id); null removes the link' }) caseId?: string | null,
  ): Promise<Complaint> {
    return setComplaintCase(ctx, id, version, caseId ?? null);
  }
}
