import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ComplaintStatus } from './complaint.entity.js';

/** The steps of handling a complaint (004 第八条; DESIGN "Supervision and complaints": each step dated). */
export enum ComplaintStepKind {
  REGISTERED = 'REGISTERED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  HANDLER_ASSIGNED = 'HANDLER_ASSIGNED',
  HANDLER_REASSIGNED = 'HANDLER_REASSIGNED',
  INVESTIGATION_STARTED = 'INVESTIGATION_STARTED',
  CONCLUDED = 'CONCLUDED',
  CASE_LINKED = 'CASE_LINKED',
  CASE_UNLINKED = 'CASE_UNLINKED',
}
registerEnumType(ComplaintStepKind, {
  name: 'ComplaintStepKind',
  description: '投诉举报办理步骤 (a step of handling a complaint)',
  valuesConfig: {
    REGISTERED: { description: '登记 (registered)' },
    ACCEPTED: { description: '受理 (accepted)' },
    REJECTED: { description: '不予受理 (not accepted, with the reason)' },
    HANDLER_ASSIGNED: { description: '指定承办人 (handler assigned)' },
    HANDLER_REASSIGNED: { description: '变更承办人 (handler changed)' },
    INVESTIGATION_STARTED: { description: '开始调查核实 (investigation started)' },
    CONCLUDED: { description: '办结并答复 (concluded and replied)' },
    CASE_LINKED: { description: '关联案件 (linked to an enforcement case)' },
    CASE_UNLINKED: { description: '取消关联案件 (case link removed)' },
  },
});

/**
 * 办理过程 (one dated step of a complaint): who did what, when — append-only, the complaint's timeline. Names are
 * those of the moment (the actor's token, personnel's answer about the handler, cases' answer about the case).
 */
@ObjectType({ description: '投诉举报办理过程中的一步 (a dated step of handling a complaint)' })
@Entity({ tableName: 'complaint_step' })
export class ComplaintStep {
  @Field(() => ID, { description: '记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  @Index()
  complaintId!: string;

  /** The complaint's version the step was taken on (0: registration): orders the steps of one instant (the clock may stand still in tests). */
  @Property({ type: 'integer' })
  complaintVersion!: number;

  @Field(() => ComplaintStepKind, { description: '步骤 (what was done)' })
  @Enum({ items: () => ComplaintStepKind })
  kind!: ComplaintStepKind;

  @Field(() => ComplaintStatus, { description: '步骤后的办理状态 (status after the step)' })
  @Enum({ items: () => ComplaintStatus })
  status!: ComplaintStatus;

  @Field(() => Date, { description: '时间 (when)' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '操作人 (who did it)' })
  @Property({ type: 'text', nullable: true })
  actorName!: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: '说明 (note: the reason of a rejection, the reply of a conclusion…)' })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: '承办人编号 (the handler assigned by this step)' })
  @Property({ type: 'uuid', nullable: true })
  handlerId!: string | null;

  @Field(() => String, { nullable: true, description: '承办人姓名 (the handler assigned, as personnel named him then)' })
  @Property({ type: 'text', nullable: true })
  handlerName!: string | null;

  @Field(() => String, { nullable: true, description: '承办人的行政执法监督证号 (his 执法监督证 valid at that instant, 004 第二十条)' })
  @Property({ type: 'text', nullable: true })
  handlerCertificateNumber!: string | null;

  @Field(() => ID, { nullable: true, description: '关联的案件编号 (the case linked by this step)' })
  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Field(() => String, { nullable: true, description: '案号 (the case number, as cases gave it then)' })
  @Property({ type: 'text', nullable: true })
  caseNumber!: string | null;
}
