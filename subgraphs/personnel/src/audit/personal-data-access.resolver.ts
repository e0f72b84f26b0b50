import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, Paged } from '@jiandu/kit';
import type { PersonnelContext } from '../context.js';
import { Officer } from '../officers/officer.entity.js';
import { readableOfficer } from '../access/access.reference.js';
import { PersonalDataAccess } from './personal-data-access.entity.js';
import { revealIdNumber, viewsBy, viewsOfOfficer } from './personal-data-access.service.js';

@ObjectType({ description: '个人信息查看记录列表 (a page of personal-data views), newest first' })
export class PersonalDataViewList extends Paged(PersonalDataAccess, { zh: '查看记录', en: 'views' }) {}

@ObjectType({ description: '查看完整身份证号的结果 (a recorded reveal of one officer\'s full ID number)' })
export class IdNumberReveal {
  @Field(() => Officer, { description: '执法人员 (whose number)' })
  officer!: Officer;

  @Field(() => String, { nullable: true, description: '完整身份证号 (the full ID-card number); empty when none is stored' })
  idNumber!: string | null;

  @Field(() => PersonalDataAccess, { description: '本次查看的记录 (the record of this reveal: who, when, why)' })
  view!: PersonalDataAccess;
}

@Resolver(() => PersonalDataAccess)
export class PersonalDataViewResolver {
  @Mutation(() => IdNumberReveal, {
    description: '查看完整身份证号 (reveal one officer\'s full ID number): certificate and agency administrators, officers in their scope, with a reason; recorded (who, when, whose, why)',
  })
  async revealIdNumber(
    @Ctx() ctx: PersonnelContext,
    @Arg('officerId', () => ID, { description: '执法人员编号 (officer id)' }) officerId: string,
    @Arg('reason', { description: '查看事由，至少 4 个字 (why the full number is needed, at least 4 characters)' }) reason: string,
  ): Promise<IdNumberReveal> {
    const r = await revealIdNumber(ctx.em, ctx.identity, ctx.clock, officerId, reason);
    return { officer: r.officer, idNumber: r.idNumber, view: r.access };
  }

  @Query(() => PersonalDataViewList, { description: '某人查看个人信息的记录 (the personal-data views made by one user): system and certificate administrators, or the user himself' })
  personalDataViews(
    @Ctx() ctx: PersonnelContext,
    @Arg('viewerId', () => ID, { description: '查看人（用户）编号 (viewer user id)' }) viewerId: string,
    @Args() page: PageArgs,
  ): Promise<PersonalDataViewList> {
    return viewsBy(ctx.em, ctx.identity, viewerId, page);
  }

  @FieldResolver(() => Officer, { nullable: true, description: '被查看的执法人员 (whose data); empty when the caller may not see him' })
  officer(@Root() view: PersonalDataAccess, @Ctx() ctx: PersonnelContext): Promise<Officer | null> {
    return readableOfficer(ctx, view.officerId);
  }
}

@Resolver(() => Officer)
export class OfficerViewsResolver {
  @FieldResolver(() => PersonalDataViewList, {
    nullable: true,
    description: '完整身份证号的查看记录 (who revealed this officer\'s full ID number, when, why; newest first); administrators in scope, empty for other roles',
  })
  idNumberViews(@Root() officer: Officer, @Ctx() ctx: PersonnelContext, @Args() page: PageArgs): Promise<PersonalDataViewList | null> {
    return viewsOfOfficer(ctx, officer, page);
  }
}
