import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { PersonnelContext } from '../context.js';
import { Certificate } from './certificate.entity.js';
import { CertificateEvent } from './certificate-event.entity.js';
import { CertificateAction, IssueCertificateInput, SuspendCertificateInput, SuspensionPreview } from './certificate.actions.inputs.js';
import {
  endCertificate, issueCertificate, liftSuspension, previewSuspension, recoverCertificate, renewCertificate, reviewCertificate, suspendCertificate,
} from './certificate.actions.js';
import { activeSuspension, allowedActions, reviewState, ReviewState } from './certificate.rules.js';

@ObjectType({ description: '年审信息 (periodic review): due date and state' })
export class ReviewInfo {
  @Field(() => String, { nullable: true, description: '下次年审截止日 (next review due on)' })
  dueOn!: string | null;

  @Field(() => ReviewState, { description: '年审状态 (state)' })
  state!: ReviewState;

  @Field({ description: '截止日是否为暂定 (provisional: computed past the official holiday calendar, recomputed when a newer calendar is installed)' })
  provisional!: boolean;
}

const versionArg = { description: '您看到的版本号；与当前不符时拒绝 (the version you saw; refused when it changed)' };
const idArg = { description: '证件记录编号 (certificate record id)' };

@Resolver(() => Certificate)
export class CertificateActionsResolver {
  @Mutation(() => Certificate, { description: '核发 (issue a certificate); certificate administrators' })
  issueCertificate(@Ctx() ctx: PersonnelContext, @Arg('input', () => IssueCertificateInput, { description: '证件 (certificate)' }) input: IssueCertificateInput): Promise<Certificate> {
    return issueCertificate(ctx.em, ctx.identity, ctx.clock, input);
  }

  @Mutation(() => Certificate, { description: '换发 (renew: a new validity period from today, optionally a new number)' })
  renewCertificate(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('reason', { description: '换发事由 (reason)' }) reason: string,
    @Arg('newNumber', () => String, { nullable: true, description: '新证件号 (new number), if the card changes' }) newNumber: string | null | undefined,
    @Arg('version', () => Int, versionArg) version: number,
  ): Promise<Certificate> {
    return renewCertificate(ctx.em, ctx.identity, ctx.clock, id, version, newNumber, reason);
  }

  @Mutation(() => Certificate, { description: '年审 (record a passed periodic review; the next is due one cycle later)' })
  reviewCertificate(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('note', () => String, { nullable: true, description: '说明 (note)' }) note: string | null | undefined,
    @Arg('version', () => Int, versionArg) version: number,
  ): Promise<Certificate> {
    return reviewCertificate(ctx.em, ctx.identity, ctx.clock, id, version, note);
  }

  @Query(() => SuspensionPreview, { description: '暂扣期间预览 (the end a suspension starting on a day would have, under the policy in force); certificate administrators and supervisors, for a certificate they may read' })
  suspensionPreview(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('startsOn', { description: '起始日 (first day, YYYY-MM-DD)' }) startsOn: string,
  ): Promise<SuspensionPreview> {
    return previewSuspension(ctx.em, ctx.identity, id, startsOn);
  }

  @Mutation(() => Certificate, { description: '暂扣 (suspend for the policy length, default 3 months, 003 第4条); refused when it would overlap another' })
  suspendCertificate(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => SuspendCertificateInput, { description: '暂扣 (suspension)' }) input: SuspendCertificateInput,
    @Arg('version', () => Int, versionArg) version: number,
  ): Promise<Certificate> {
    return suspendCertificate(ctx.em, ctx.identity, ctx.clock, id, version, input);
  }

  @Mutation(() => Certificate, { description: '提前恢复 (lift the suspension in force early, with a reason)' })
  liftCertificateSuspension(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('reason', { description: '理由 (reason)' }) reason: string,
    @Arg('version', () => Int, versionArg) version: number,
  ): Promise<Certificate> {
    return liftSuspension(ctx.em, ctx.identity, ctx.clock, id, version, reason);
  }

  @Mutation(() => Certificate, { description: '吊销 (revoke, 004 第三十三条); final' })
  revokeCertificate(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('reason', { description: '事实与理由 (reason)' }) reason: string,
    @Arg('basis', { description: '依据 (basis), e.g. 004 第三十三条 or a decision number' }) basis: string,
    @Arg('version', () => Int, versionArg) version: number,
  ): Promise<Certificate> {
    return endCertificate(ctx.em, ctx.identity, ctx.clock, id, version, 'REVOKED', reason, basis);
  }

  @Mutation(() => Certificate, { description: '注销 (cancel, 003 第4条 / 004 第十一条); final' })
  cancelCertificate(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('reason', { description: '事由 (reason)' }) reason: string,
    @Arg('basis', () => String, { nullable: true, description: '依据 (basis)' }) basis: string | null | undefined,
    @Arg('version', () => Int, versionArg) version: number,
  ): Promise<Certificate> {
    return endCertificate(ctx.em, ctx.identity, ctx.clock, id, version, 'CANCELLED', reason, basis);
  }

  @Mutation(() => Certificate, { description: '收回 (record the physical recovery of a revoked or cancelled card)' })
  recoverCertificate(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('recoveredOn', () => String, { nullable: true, description: '收回日期，默认今天 (recovered on, default today)' }) recoveredOn: string | null | undefined,
    @Arg('note', () => String, { nullable: true, description: '说明 (note)' }) note: string | null | undefined,
    @Arg('version', () => Int, versionArg) version: number,
  ): Promise<Certificate> {
    return recoverCertificate(ctx.em, ctx.identity, ctx.clock, id, version, recoveredOn, note);
  }

  @FieldResolver(() => [CertificateAction], { description: '当前可做的操作 (actions the current state allows; the console shows exactly these)' })
  async allowedActions(@Root() cert: Certificate, @Ctx() ctx: PersonnelContext): Promise<CertificateAction[]> {
    return allowedActions(cert, await ctx.loaders.historyByCertificate.load(cert.id), ctx.clock.now()) as CertificateAction[];
  }

  @FieldResolver(() => ReviewInfo, { description: '年审 (periodic review due date and state)' })
  async review(@Root() cert: Certificate, @Ctx() ctx: PersonnelContext): Promise<ReviewInfo> {
    return reviewState(await ctx.loaders.historyByCertificate.load(cert.id), ctx.clock.now());
  }

  @FieldResolver(() => CertificateEvent, { nullable: true, description: '生效中的暂扣 (the suspension in force now, if any)' })
  async activeSuspension(@Root() cert: Certificate, @Ctx() ctx: PersonnelContext): Promise<CertificateEvent | null> {
    const history = await ctx.loaders.historyByCertificate.load(cert.id);
    const s = activeSuspension(history, ctx.clock.now());
    return (s as CertificateEvent | null) ?? null;
  }
}

