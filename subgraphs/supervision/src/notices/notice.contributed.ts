/**
 * The notices supervision contributes to other subgraphs' types (DESIGN "Ownership of types"): `Agency.notices` and
 * `EnforcementCase.notices`, paged, filtered by supervision's one read rule, and batched — one statement for all the
 * agencies of a page; two (the links, then the notices) for all the cases of a page.
 */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { AgencyStub } from '../external/agency.stub.js';
import { CaseStub } from '../external/case.stub.js';
import { SupervisionNotice } from './notice.entity.js';
import { NoticeList } from './notice.inputs.js';

@Resolver(() => AgencyStub)
export class AgencyNoticesResolver {
  @FieldResolver(() => NoticeList, { description: '下发给该执法主体的监督通知书，caller 可见的部分 (supervision notices addressed to the agency that the caller may see), newest first, paged' })
  notices(@Root() agency: AgencyStub, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<NoticeList> {
    return ctx.loaders.noticesByAgency.load(agency.id, page);
  }
}

@Resolver(() => CaseStub)
export class CaseNoticesResolver {
  @FieldResolver(() => NoticeList, { description: '涉及该案件的监督通知书，caller 可见的部分 (supervision notices concerning the case that the caller may see), newest first, paged' })
  async notices(@Root() c: CaseStub, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<NoticeList> {
    const links = await ctx.loaders.noticeLinksByCase.load(c.id, page);
    const notices = await ctx.loaders.noticeById.loadMany(links.items.map((l) => l.noticeId));
    return { items: notices.filter((n): n is SupervisionNotice => n instanceof Object && !(n instanceof Error)), total: links.total };
  }
}
