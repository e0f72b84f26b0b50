import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, PageArgs, requireLogin } from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { EnforcementMatter } from './matter.entity.js';
import { MajorReviewEntry } from './major-review.entity.js';
import { CreateMatterInput, MajorReviewEntryInput, MatterFilter, MatterInput, MatterList, MatterOrder } from './matter.inputs.js';
import {
  addMajorReviewEntry, createMatter, getMatter, listMatters, majorReviewCatalogue, mayReadMatterLog, removeMajorReviewEntry, retireMatter, updateMatter,
} from './matter.service.js';

@Resolver(() => EnforcementMatter)
export class MatterResolver {
  @Query(() => MatterList, { description: '执法事项清单 (enforcement matters), public; current ones unless filter.includeRetired' })
  matters(
    @Ctx() ctx: CasesContext,
    @Args() page: PageArgs,
    @Arg('filter', () => MatterFilter, { nullable: true, description: '筛选 (filter)' }) filter?: MatterFilter | null,
    @Arg('orderBy', () => MatterOrder, { nullable: true, description: '排序 (order)' }) orderBy?: MatterOrder | null,
  ): Promise<MatterList> {
    return listMatters(ctx.em, filter, orderBy, page);
  }

  @Query(() => EnforcementMatter, { description: '一个执法事项 (one matter by id, current or retired), public' })
  matter(@Ctx() ctx: CasesContext, @Arg('id', () => ID, { description: '执法事项编号 (matter id)' }) id: string): Promise<EnforcementMatter> {
    return getMatter(ctx.em, id);
  }

  @Mutation(() => EnforcementMatter, { description: '新建执法事项 (add a matter to a confirmed agency\'s list, 004 第三条、第十条); agency administrators for their subtree, certificate and system administrators' })
  createMatter(@Ctx() ctx: CasesContext, @Arg('input', () => CreateMatterInput, { description: '执法事项 (the matter)' }) input: CreateMatterInput): Promise<EnforcementMatter> {
    return createMatter(ctx.em, ctx.identity, ctx.clock, input);
  }

  @Mutation(() => EnforcementMatter, { description: '修改执法事项 (edit a current matter); the keepers of its agency\'s list' })
  updateMatter(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, { description: '执法事项编号 (matter id)' }) id: string,
    @Arg('version', () => Int, { description: '修改前的版本号 (the version the edit is based on)' }) version: number,
    @Arg('input', () => MatterInput, { description: '执法事项 (the matter)' }) input: MatterInput,
  ): Promise<EnforcementMatter> {
    return updateMatter(ctx.em, ctx.identity, ctx.clock, id, version, input);
  }

  @Mutation(() => EnforcementMatter, { description: '停用执法事项 (retire a matter: off the published list, kept readable and flagged, never deleted)' })
  retireMatter(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, { description: '执法事项编号 (matter id)' }) id: string,
    @Arg('version', () => Int, { description: '停用前的版本号 (the version the act is based on)' }) version: number,
    @Arg('reason', { description: '停用原因 (reason, at least 4 characters)' }) reason: string,
  ): Promise<EnforcementMatter> {
    return retireMatter(ctx.em, ctx.identity, ctx.clock, id, version, reason);
  }

  @Query(() => [MajorReviewEntry], { description: '重大执法决定法制审核目录 (an agency\'s catalogue of major decisions needing legal review, 004 第十六条); staff of its subtree' })
  majorReviewCatalogue(@Ctx() ctx: CasesContext, @Arg('agencyId', () => ID, { description: '执法主体编号 (agency id)' }) agencyId: string): Promise<MajorReviewEntry[]> {
    return majorReviewCatalogue(ctx.em, ctx.identity, agencyId);
  }

  @Mutation(() => MajorReviewEntry, { description: '列入重大执法决定法制审核目录 (add a matter or a fine amount to an agency\'s catalogue); the keepers of its list' })
  addMajorReviewEntry(@Ctx() ctx: CasesContext, @Arg('input', () => MajorReviewEntryInput, { description: '目录条目 (the entry)' }) input: MajorReviewEntryInput): Promise<MajorReviewEntry> {
    return addMajorReviewEntry(ctx.em, ctx.identity, ctx.clock, input);
  }

  @Mutation(() => Boolean, { description: '移出重大执法决定法制审核目录 (remove an entry; the change log keeps it)' })
  removeMajorReviewEntry(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, { description: '条目编号 (entry id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
  ): Promise<boolean> {
    return removeMajorReviewEntry(ctx.em, ctx.identity, ctx.clock, id, version);
  }

  @FieldResolver(() => Boolean, { description: '已停用 (retired: off the published list)' })
  retired(@Root() m: EnforcementMatter): boolean {
    return m.retiredAt !== null;
  }

  @FieldResolver(() => ChangeLogList, { nullable: true, description: '修改记录，最新的在前 (who changed this matter, when, which fields; newest first), paged; staff of its agency\'s subtree, null for other staff' })
  async changeLog(@Root() m: EnforcementMatter, @Ctx() ctx: CasesContext, @Args() page: PageArgs): Promise<ChangeLogList | null> {
    requireLogin(ctx.identity);
    if (!(await mayReadMatterLog(ctx.em, ctx.identity, m))) return null;
    return ctx.loaders.changeLogByRecord.load(m.id, page);
  }
}
