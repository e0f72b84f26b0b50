import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES } from '@jiandu/kit';

/** The roles of DESIGN "Who uses it", as a GraphQL enum owned by personnel (which owns accounts). */
export const Role = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in (typeof ROLES)[number]]: K };
registerEnumType(Role, {
  name: 'Role',
  description: '角色 (role of a user)',
  valuesConfig: {
    CERT_ADMIN: { description: '司法局证件管理员 (certificate administrator)' },
    AGENCY_ADMIN: { description: '执法部门管理员 (agency administrator)' },
    OFFICER: { description: '执法人员 (enforcement officer)' },
    LEGAL_REVIEWER: { description: '法制审核人员 (legal reviewer)' },
    SUPERVISOR: { description: '执法监督人员 (supervisor)' },
    SYSTEM_ADMIN: { description: '系统管理员 (system administrator)' },
  },
});

@ObjectType({ description: '当前用户 (the signed-in user)' })
export class CurrentUser {
  @Field(() => ID, { description: '用户编号 (user id)' })
  id!: string;

  @Field({ description: '登录名 (username)' })
  username!: string;

  @Field({ description: '显示名称 (display name)' })
  displayName!: string;

  @Field(() => [Role], { description: '角色 (roles)' })
  roles!: string[];

  @Field(() => ID, { nullable: true, description: '所属执法主体编号 (agency the user belongs to; scoped roles see it and its sub-units)' })
  agencyId!: string | null;

  @Field(() => ID, { nullable: true, description: '对应的执法人员编号 (officer record of the user, if any)' })
  officerId!: string | null;
}

@ObjectType({ description: '登录结果 (result of a login): a signed token and the user' })
export class LoginResult {
  @Field({ description: '访问令牌 (signed JWT); send it as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => Date, { description: '令牌过期时间 (token expires at)' })
  expiresAt!: Date;

  @Field(() => CurrentUser, { description: '登录用户 (the user)' })
  user!: CurrentUser;
}
