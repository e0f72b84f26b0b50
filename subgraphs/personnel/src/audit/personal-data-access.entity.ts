import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Index } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Each reveal of protected personal data: who, when, whose, why (DESIGN "Personnel and credentials";
 * "Beyond the minimum": who viewed protected personal data, queryable per record).
 */
@ObjectType({ description: '个人信息查看记录 (a reveal of unmasked personal data): who saw whose, when, why' })
@Entity({ tableName: 'personal_data_access' })
export class PersonalDataAccess {
  [OptionalProps]?: 'reason';

  @Field(() => ID, { description: '记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '被查看的执法人员 (whose data)' })
  @Property({ type: 'uuid' })
  @Index()
  officerId!: string;

  @Field({ description: '查看的字段 (which data), e.g. idNumber' })
  @Property()
  field!: string;

  @Field(() => ID, { nullable: true, description: '查看人编号 (viewer user id)' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  viewerId!: string | null;

  @Field({ description: '查看人 (viewer)' })
  @Property()
  viewerName!: string;

  @Field(() => Date, { description: '查看时间 (viewed at)' })
  @Property({ type: 'datetime' })
  viewedAt!: Date;

  /** Required for every reveal since it was introduced; views recorded before have none. */
  @Field(() => String, { nullable: true, description: '查看事由 (why the full data was needed); empty only for views recorded before reasons were required' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
