import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { PersonnelContext } from '../context.js';
import { enforcementEntitlements, entitlementsAt, MAX_ENTITLEMENT_CHECKS, MAX_ENTITLEMENT_IDS, supervisorCredentials } from './entitlement.service.js';
import { SupervisorCredential } from './supervisor.types.js';
import { Entitlement, EntitlementCheckInput } from './entitlement.types.js';

@Resolver(() => Entitlement)
export class EntitlementResolver {
  @Query(() => [Entitlement], {
    description: `执法资格核验 (entitlement check, 004 第十一条 持证上岗; 003 第4条): for each officer asked, in the same order, whether he holds a 行政执法证 valid at \`at\` that covers the field and the region of the agency (its own or an ancestor's). Public — it answers only 亮证 data; at most ${MAX_ENTITLEMENT_IDS} officers. An unknown officer answers NO_CERTIFICATE; an unknown agency is NOT_FOUND.`,
  })
  enforcementEntitlements(
    @Ctx() ctx: PersonnelContext,
    @Arg('agencyId', () => ID, { description: '执法主体编号 (agency whose region the act is in)' }) agencyId: string,
    @Arg('officerIds', () => [ID], { description: `执法人员编号 (officer ids), at most ${MAX_ENTITLEMENT_IDS}` }) officerIds: string[],
    @Arg('field', () => String, { nullable: true, description: '执法领域 (field of the matter), e.g. 机关事务管理; empty: any field' }) field?: string | null,
    @Arg('at', () => Date, { nullable: true, description: '核验时刻 (instant, ISO 8601); empty: now' }) at?: Date | null,
  ): Promise<Entitlement[]> {
    return enforcementEntitlements(ctx.em, ctx.clock, { agencyId, field, officerIds, at });
  }

  @Query(() => [SupervisorCredential], {
    description: `执法监督资格核验 (004 第二十条, 第二十二条): for each person asked, in the same order, whether he may act as a 执法监督人员 at \`at\` — supervision duty, on duty, a 执法监督证 valid then. Public — it answers only what a supervisor shows on site; at most ${MAX_ENTITLEMENT_IDS} people. An unknown id answers UNKNOWN_OFFICER.`,
  })
  supervisorCredentials(
    @Ctx() ctx: PersonnelContext,
    @Arg('officerIds', () => [ID], { description: `人员编号 (officer ids), at most ${MAX_ENTITLEMENT_IDS}` }) officerIds: string[],
    @Arg('at', () => Date, { nullable: true, description: '核验时刻 (instant, ISO 8601); empty: now' }) at?: Date | null,
  ): Promise<SupervisorCredential[]> {
    return supervisorCredentials(ctx.em, ctx.clock, officerIds, at);
  }

  @Query(() => [Entitlement], {
    description: `执法资格核验（历史时刻）(entitlement at past instants, 004 第十一条 持证上岗; 003 第4条; asked by 案卷评查, 003 第15条): for each check, in the same order, whether the officer held a 行政执法证 valid at that instant covering the field and the agency's region — the same rule as \`enforcementEntitlements\`, a fixed number of statements however many checks. Public — it answers only 亮证 data; at most ${MAX_ENTITLEMENT_CHECKS} checks. An unknown agency is NOT_FOUND.`,
  })
  entitlementsAt(
    @Ctx() ctx: PersonnelContext,
    @Arg('checks', () => [EntitlementCheckInput], { description: `核验项 (checks), at most ${MAX_ENTITLEMENT_CHECKS}` }) checks: EntitlementCheckInput[],
  ): Promise<Entitlement[]> {
    return entitlementsAt(ctx.em, checks);
  }
}
