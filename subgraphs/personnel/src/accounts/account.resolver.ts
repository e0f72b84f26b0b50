import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { toLocalDate, type TokenIssuer } from '@jiandu/kit';
import type { PersonnelContext } from '../context.js';
import { UserAccount } from './account.entity.js';
import { CurrentUser, LoginResult } from './account.types.js';
import { login, toCurrentUser } from './account.service.js';

let issuer: TokenIssuer | undefined;
/** Set at boot: only the personnel process holds the signing key. */
export function useTokenIssuer(i: TokenIssuer): void {
  issuer = i;
}

@Resolver()
export class AccountResolver {
  @Mutation(() => LoginResult, { description: '登录 (log in): returns a signed token to send as `Authorization: Bearer <token>`' })
  login(
    @Ctx() ctx: PersonnelContext,
    @Arg('username', { description: '登录名 (username)' }) username: string,
    @Arg('password', { description: '密码 (password)' }) password: string,
  ): Promise<LoginResult> {
    if (!issuer) throw new Error('token issuer not configured');
    return login(ctx.em, issuer, ctx.clock, username, password);
  }

  @Query(() => String, { description: '今天（中国时间，法定日历所用的日期）(today in China, the date the statutory rules use), YYYY-MM-DD' })
  today(@Ctx() ctx: PersonnelContext): string {
    return toLocalDate(ctx.clock.now());
  }

  @Query(() => CurrentUser, { nullable: true, description: '当前用户 (the signed-in user); null when anonymous' })
  async me(@Ctx() ctx: PersonnelContext): Promise<CurrentUser | null> {
    if (ctx.identity.anonymous || !ctx.identity.userId) return null;
    const account = await ctx.em.findOne(UserAccount, { id: ctx.identity.userId, active: true });
    return account ? toCurrentUser(account) : null;
  }
}
