import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { ComplaintList } from './complaint.inputs.js';
import { CaseStub } from '../external/case.stub.js';

/** Contributed to cases' EnforcementCase: the complaints that name it, batched per request (one query for a page of cases). */
@Resolver(() => CaseStub)
export class CaseComplaintsResolver {
  @FieldResolver(() => ComplaintList, { description: '关于该案件的投诉举报，caller 可见的部分 (complaints that name the case, that the caller may see), newest first, paged' })
  complaints(@Root() c: CaseStub, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ComplaintList> {
    return ctx.loaders.complaintDetails.complaintsByCase.load(c.id, page);
  }
}
