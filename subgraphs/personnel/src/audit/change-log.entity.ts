import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Index } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '字段变更 (one field changed by an edit)' })
export class FieldChange {
  @Field({ description: '字段 (field)' })
  field!: string;

  @Field(() => String, { nullable: true, description: '修改前 (before); personal data masked' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: '修改后 (after); personal data masked' })
  after!: string | null;
}

/** Who changed what in a record, when (DESIGN "Beyond the minimum": an audit trail queryable per record). */
@ObjectType({ description: '修改记录 (an edit of a record): who, when, which fields' })
@Entity({ tableName: 'change_log' })
@Index({ properties: ['entity', 'entityId'] })
export class ChangeLog {
  [OptionalProps]?: 'id';

  /** A sequence, so entries made within the same instant keep their order. */
  @Field(() => ID, { description: '记录编号 (entry id, increasing)' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field({ description: '对象类型 (kind of record), e.g. Officer' })
  @Property()
  entity!: string;

  @Field(() => ID, { description: '对象编号 (record id)' })
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field({ description: '操作 (action), e.g. 新建, 修改' })
  @Property()
  action!: string;

  @Field(() => [FieldChange], { description: '变更的字段 (fields changed)' })
  @Property({ type: 'json' })
  changes!: FieldChange[];

  @Field(() => String, { nullable: true, description: '操作人 (actor)' })
  @Property({ type: 'string', nullable: true })
  actorName!: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field(() => Date, { description: '时间 (at)' })
  @Property({ type: 'datetime' })
  at!: Date;
}
