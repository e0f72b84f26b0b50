import { Entity, PrimaryKey, Property, Index } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/** Each unmasked view of protected personal data: who, when, whose (DESIGN "Beyond the minimum": audit trail). */
@ObjectType({ description: '个人信息查看记录 (a view of unmasked personal data): who saw whose, when' })
@Entity({ tableName: 'personal_data_access' })
export class PersonalDataAccess {
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
  viewerId!: string | null;

  @Field({ description: '查看人 (viewer)' })
  @Property()
  viewerName!: string;

  @Field(() => Date, { description: '查看时间 (viewed at)' })
  @Property({ type: 'datetime' })
  viewedAt!: Date;
}
