import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged, SortDirection } from '@jiandu/kit';
import { Inspection, InspectionEntry, InspectionStatus, SupervisionContent } from './inspection.entity.js';

/** What can change while an inspection is only planned (the supervised agency is fixed at planning). */
@InputType({ description: '现场监督安排 (the arrangements of an on-site supervision)' })
export class InspectionArrangementInput {
  @Field({ description: '名称 (title), 1–200 characters' })
  title!: string;

  @Field({ description: '日期 (date, YYYY-MM-DD)' })
  date!: string;

  @Field(() => String, { nullable: true, description: '开始时间 (HH:MM, China time); none = the whole day' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: '结束时间 (HH:MM, China time), after the start' })
  endTime?: string | null;

  @Field({ description: '地点 (place)' })
  place!: string;

  @Field({ description: '监督事项 (what is supervised, in words)' })
  subject!: string;

  @Field(() => [SupervisionContent], { nullable: true, description: '监督内容 (items of 004 第九条), optional' })
  contents?: SupervisionContent[] | null;

  @Field(() => [ID], { nullable: true, description: '相关案件 (related case ids, each readable by the caller; checked with cases)' })
  caseIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '相关投诉举报 (related complaint ids, each readable by the caller)' })
  complaintIds?: string[] | null;

  @Field(() => [ID], { description: '执法监督人员 (officer ids): at least two, each with a 执法监督证 valid on that date (004 第二十二条), none recused (004 第二十一条)' })
  supervisorIds!: string[];
}

@InputType({ description: '计划现场监督 (plan an on-site supervision, 004 第二十二条)' })
export class PlanInspectionInput extends InspectionArrangementInput {
  @Field(() => ID, { description: '被监督机关 (supervised agency): one of the caller\'s subtree' })
  agencyId!: string;
}

@InputType({ description: '登记现场监督已实施 (record that the supervision took place); what is left empty stays as planned' })
export class CarryOutInspectionInput {
  @Field(() => String, { nullable: true, description: '实际日期 (date it took place, YYYY-MM-DD); default the planned date' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: '实际开始时间 (HH:MM)' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: '实际结束时间 (HH:MM)' })
  endTime?: string | null;

  @Field(() => [ID], { nullable: true, description: '实际参加的执法监督人员 (officer ids); default the planned ones — checked again (004 第二十二条)' })
  supervisorIds?: string[] | null;
}

@InputType({ description: '附件 (an attachment: its name and SHA-256, computed where the file is)' })
export class InspectionAttachmentInput {
  @Field({ description: '文件名 (file name)' })
  name!: string;

  @Field({ description: 'SHA-256 摘要 (64 hex digits)' })
  sha256!: string;

  @Field(() => Int, { nullable: true, description: '大小（字节）(size in bytes)' })
  size?: number | null;
}

@InputType({ description: '全过程记录的一条 (one entry of the record, 004 第二十二条)' })
export class InspectionEntryInput {
  @Field(() => Date, { description: '发生时间 (when it happened): on or after the inspection\'s date, not in the future' })
  at!: Date;

  @Field({ description: '记录内容 (what happened)' })
  text!: string;

  @Field(() => [InspectionAttachmentInput], { nullable: true, description: '附件 (attachments by name and SHA-256), at most 20' })
  attachments?: InspectionAttachmentInput[] | null;
}

@InputType({ description: '办结现场监督 (conclude: findings and conclusion)' })
export class ConcludeInspectionInput {
  @Field({ description: '发现的问题 (findings; 未发现问题 when none)' })
  findings!: string;

  @Field({ description: '监督结论 (conclusion)' })
  conclusion!: string;
}

@InputType({ description: '现场监督筛选条件 (inspection filter)' })
export class InspectionFilter extends ListFilter('名称、监督事项或地点包含 (title, subject or place contains)') {
  @Field(() => ID, { nullable: true, description: '被监督机关 (agency)' })
  agencyId?: string | null;

  @Field(() => InspectionStatus, { nullable: true, description: '状态 (status)' })
  status?: InspectionStatus | null;

  @Field(() => ID, { nullable: true, description: '执法监督人员 (one supervisor\'s inspections)' })
  supervisorId?: string | null;

  @Field(() => String, { nullable: true, description: '日期起 (on or after, YYYY-MM-DD)' })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: '日期止 (on or before, YYYY-MM-DD)' })
  dateTo?: string | null;
}

export enum InspectionOrderField {
  DATE = 'DATE',
  CREATED_AT = 'CREATED_AT',
  STATUS = 'STATUS',
}
registerEnumType(InspectionOrderField, {
  name: 'InspectionOrderField',
  description: '现场监督排序字段 (inspection sort field)',
  valuesConfig: { DATE: { description: '日期 (date)' }, CREATED_AT: { description: '创建时间 (created at)' }, STATUS: { description: '状态 (status)' } },
});

@InputType({ description: '现场监督排序 (inspection order)' })
export class InspectionOrder extends OrderBy(InspectionOrderField, SortDirection.DESC) {}

@ObjectType({ description: '现场监督列表的一页 (a page of inspections)' })
export class InspectionList extends Paged(Inspection, { zh: '现场监督', en: 'inspections' }) {}

@ObjectType({ description: '全过程记录的一页 (a page of record entries), oldest first' })
export class InspectionEntryList extends Paged(InspectionEntry, { zh: '记录', en: 'entries' }) {}
