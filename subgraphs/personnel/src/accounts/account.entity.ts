import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Enum } from '@mikro-orm/decorators/legacy';
import { ROLES, type Role } from '@jiandu/kit';

/** A login of the console. Personnel owns accounts (issue: "personnel owns accounts"). */
@Entity({ tableName: 'user_account' })
export class UserAccount {
  [OptionalProps]?: 'roles' | 'agencyId' | 'officerId' | 'active' | 'lastLoginAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ unique: true })
  username!: string;

  /** bcrypt hash; the password itself is never stored. */
  @Property({ type: 'string', hidden: true })
  passwordHash!: string;

  @Property()
  displayName!: string;

  @Enum({ items: () => [...ROLES], array: true })
  roles: Role[] = [];

  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  officerId: string | null = null;

  @Property()
  active: boolean = true;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;
}
