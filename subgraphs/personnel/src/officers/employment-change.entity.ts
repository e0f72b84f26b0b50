import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Enum, Index } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { EmploymentStatus } from './officer.entity.js';
import type { StoredPeriod } from '../certificates/certificate-event.entity.js';

/**
 * A dated change of an officer's employment (调离, 离职, 回到岗位). 004 第十一条: a change must be reported
 * within 10 days; the record keeps the deadline and the rule that set it, and flags a late report.
 */
@ObjectType({ description: '人员变动 (employment change), dated, with the report deadline of 004 第十一条' })
@Entity({ tableName: 'employment_change' })
export class EmploymentChange {
  [OptionalProps]?: 'reason' | 'provisional' | 'period';

  @Field(() => ID, { description: '变动记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '执法人员编号 (officer id)' })
  @Property({ type: 'uuid' })
  @Index()
  officerId!: string;

  @Field(() => EmploymentStatus, { description: '变动前 (status before)' })
  @Enum({ items: () => EmploymentStatus })
  fromStatus!: EmploymentStatus;

  @Field(() => EmploymentStatus, { description: '变动后 (status after)' })
  @Enum({ items: () => EmploymentStatus })
  toStatus!: EmploymentStatus;

  @Field({ description: '变动发生日 (the day it happened)' })
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Field({ description: '报送截止日 (report due by, 004 第十一条)' })
  @Property({ type: 'date' })
  reportDueOn!: string;

  @Field({ description: '截止日是否为暂定 (provisional: beyond the official holiday calendar)' })
  @Property()
  provisional: boolean = false;

  @Field({ description: '设定截止日的规则 (the policy value and source that set the deadline)' })
  @Property({ type: 'text' })
  rule!: string;

  /** How the deadline was counted (start, amount, unit), to recount it when the calendar is entered. */
  @Property({ type: 'json', nullable: true })
  period: StoredPeriod | null = null;

  @Field({ description: '报送（登记）日 (reported on: the day it was entered)' })
  @Property({ type: 'date' })
  reportedOn!: string;

  @Field({ description: '是否逾期报送 (reported late: entered after the deadline)' })
  @Property()
  late!: boolean;

  @Field(() => String, { nullable: true, description: '说明 (reason)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: '登记人 (recorded by)' })
  @Property({ type: 'string', nullable: true })
  recordedBy!: string | null;

  @Field(() => Date, { description: '登记时间 (recorded at)' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;
}
