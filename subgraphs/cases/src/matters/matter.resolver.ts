import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PageArgs } from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { EnforcementMatter } from './matter.entity.js';
import { MatterFilter, MatterList, MatterOrder } from './matter.inputs.js';
import { getMatter, listMatters } from './matter.service.js';

@Resolver(() => EnforcementMatter)
export class MatterResolver {
  @Query(() => MatterList, { description: '执法事项清单 (enforcement matters), public' })
  matters(
    @Ctx() ctx: CasesContext,
    @Args() page: PageArgs,
    @Arg('filter', () => MatterFilter, { nullable: true, description: '筛选 (filter)' }) filter?: MatterFilter | null,
    @Arg('orderBy', () => MatterOrder, { nullable: true, description: '排序 (order)' }) orderBy?: MatterOrder | null,
  ): Promise<MatterList> {
    return listMatters(ctx.em, filter, orderBy, page);
  }

  @Query(() => EnforcementMatter, { description: '一个执法事项 (one matter by id), public' })
  matter(@Ctx() ctx: CasesContext, @Arg('id', () => ID, { description: '执法事项编号 (matter id)' }) id: string): Promise<EnforcementMatter> {
    return getMatter(ctx.em, id);
  }
}
