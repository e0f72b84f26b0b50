import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CasesContext } from '../context.js';
import { AgencyStub } from './agency.stub.js';
import { EnforcementMatter } from '../matters/matter.entity.js';

@Resolver(() => AgencyStub)
export class AgencyMattersResolver {
  @FieldResolver(() => [EnforcementMatter], { description: '执法事项清单 (the agency\'s published enforcement matters), in list order' })
  matters(@Root() agency: AgencyStub, @Ctx() ctx: CasesContext): Promise<EnforcementMatter[]> {
    return ctx.loaders.mattersByAgency.load(agency.id);
  }
}
