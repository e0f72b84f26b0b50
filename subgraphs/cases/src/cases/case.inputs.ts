import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DueState, ListFilter, OrderBy, Paged } from '@jiandu/kit';
import { MatterCategory } from '../matters/matter.entity.js';
import { EnforcementCase } from './case.entity.js';
import { CaseStage, DecisionKind, MajorGround, PartyKind } from './case.enums.js';

@InputType({ description: '当事人 (a party as entered at registration)' })
export class PartyInput {
  @Field(() => PartyKind, { description: '当事人类型 (person or organisation)' })
  kind!: PartyKind;

  @Field({ description: '姓名或名称 (name)' })
  name!: string;

  @Field(() => String, { nullable: true, description: '身份证号（自然人）或统一社会信用代码（组织） (ID number or credit code)' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '住所或地址 (address)' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 (phone)' })
  phone?: string | null;
}

@InputType({ description: '立案登记 (registration of a case)' })
export class RegisterCaseInput {
  @Field(() => ID, { description: '执法事项 (a current matter of a confirmed agency\'s list): the case belongs to its agency' })
  matterId!: string;

  @Field({ description: '案由 (what the case is about)' })
  cause!: string;

  @Field(() => [PartyInput], { description: '当事人 (parties, at least one)' })
  parties!: PartyInput[];

  @Field(() => [ID], { description: '承办人 (handlers: at least two officers entitled for the matter\'s field and region, 001; 003 第4条)' })
  handlerIds!: string[];

  @Field(() => ID, { description: '主办人 (the lead handler, one of handlerIds, 001)' })
  leadOfficerId!: string;

  @Field(() => [MajorGround], { nullable: true, description: '重大情形 (grounds of 004 第十六条 that hold already at registration)' })
  majorGrounds?: MajorGround[] | null;

  @Field(() => String, { nullable: true, description: '重大情形的事实说明 (the facts behind the grounds; required with grounds)' })
  majorBasis?: string | null;
}

@InputType({ description: '变更承办人 (new set of handlers of a case)' })
export class HandlersInput {
  @Field(() => [ID], { description: '承办人 (at least two)' })
  handlerIds!: string[];

  @Field(() => ID, { description: '主办人 (the lead, one of them)' })
  leadOfficerId!: string;
}

@InputType({ description: '决定 (the decision, 000 二(四))' })
export class DecisionInput {
  @Field(() => [DecisionKind], { description: '决定种类 (what it orders)' })
  kinds!: DecisionKind[];

  @Field({ description: '决定内容 (the decision\'s text)' })
  content!: string;

  @Field(() => Int, { nullable: true, description: '罚款数额，元 (fine, yuan; with 罚款 only)' })
  fineYuan?: number | null;

  @Field({ description: '决定日期 (YYYY-MM-DD; not after today)' })
  decidedOn!: string;
}

@InputType({ description: '案件筛选条件 (case filter)' })
export class CaseFilter extends ListFilter('案号、案由或当事人包含 (number, cause or party name contains)') {
  @Field(() => ID, { nullable: true, description: '执法主体 (agency and its subtree)' })
  agencyId?: string | null;

  @Field(() => CaseStage, { nullable: true, description: '当前环节 (stage)' })
  stage?: CaseStage | null;

  @Field(() => Boolean, { nullable: true, description: '重大执法决定 (major only / not major)' })
  major?: boolean | null;

  @Field(() => ID, { nullable: true, description: '承办人 (cases an officer handles or handled)' })
  handlerId?: string | null;

  @Field(() => MatterCategory, { nullable: true, description: '执法类别 (category)' })
  category?: MatterCategory | null;

  @Field(() => Int, { nullable: true, description: '立案年度 (year of registration)' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '决定日期起 (decided on or after, YYYY-MM-DD): e.g. the first day of a quarter for 案卷评查 (003 第15条)' })
  decidedFrom?: string | null;

  @Field(() => String, { nullable: true, description: '决定日期止 (decided on or before, YYYY-MM-DD)' })
  decidedTo?: string | null;
  @Field(() => DueState, { nullable: true, description: '公示期限状态 (cases whose decision\'s publication stands so today, 002 （二）3 事后公开: DUE_SOON yellow, OVERDUE red, DONE published or withdrawn); cases not decided have none' })
  publicityDue?: DueState | null;

  @Field(() => DueState, { nullable: true, description: '备案期限状态 (major cases whose filing stands so today, 004 第十九条: DUE_SOON yellow, OVERDUE red, DONE filed)' })
  filingDue?: DueState | null;
}

export enum CaseOrderField {
  REGISTERED_AT = 'REGISTERED_AT',
  NUMBER = 'NUMBER',
  STAGE_ENTERED_AT = 'STAGE_ENTERED_AT',
}
registerEnumType(CaseOrderField, {
  name: 'CaseOrderField',
  description: '案件排序字段 (case sort field)',
  valuesConfig: {
    REGISTERED_AT: { description: '立案时间 (registered at)' },
    NUMBER: { description: '案号 (year, then number)' },
    STAGE_ENTERED_AT: { description: '进入当前环节的时间 (entered its stage at)' },
  },
});

@InputType({ description: '案件排序 (case order)' })
export class CaseOrder extends OrderBy(CaseOrderField) {}

@ObjectType({ description: '案件列表的一页 (a page of cases)' })
export class CaseList extends Paged(EnforcementCase, { zh: '案件', en: 'cases' }) {}

/** What the caller may do with a case now (the console offers exactly these). */
export enum CaseAction {
  ADVANCE = 'ADVANCE',
  SET_PROPOSED_FINE = 'SET_PROPOSED_FINE',
  MARK_MAJOR = 'MARK_MAJOR',
  REQUEST_HEARING = 'REQUEST_HEARING',
  SUBMIT_FOR_REVIEW = 'SUBMIT_FOR_REVIEW',
  REVIEW = 'REVIEW',
  DECIDE = 'DECIDE',
  SERVE = 'SERVE',
  EXECUTE = 'EXECUTE',
  CLOSE = 'CLOSE',
  CHANGE_HANDLERS = 'CHANGE_HANDLERS',
  RECORD = 'RECORD',
}
registerEnumType(CaseAction, {
  name: 'CaseAction',
  description: '可办理的操作 (an action the caller may take on the case now)',
  valuesConfig: {
    ADVANCE: { description: '进入下一环节 (advance to the next stage: nextStage)' },
    SET_PROPOSED_FINE: { description: '填写拟罚款数额 (enter the fine proposed in the 告知)' },
    MARK_MAJOR: { description: '认定为重大执法决定 (record a ground of 004 第十六条)' },
    REQUEST_HEARING: { description: '当事人申请听证 (the party asked for a hearing)' },
    SUBMIT_FOR_REVIEW: { description: '提交法制审核 (submit for legal review)' },
    REVIEW: { description: '出具法制审核意见 (return a legal review opinion)' },
    DECIDE: { description: '作出决定 (record the decision)' },
    SERVE: { description: '送达 (record service)' },
    EXECUTE: { description: '执行 (record execution)' },
    CLOSE: { description: '结案归档 (close and archive)' },
    CHANGE_HANDLERS: { description: '变更承办人 (change the handlers)' },
    RECORD: { description: '全过程记录 (add a record entry)' },
  },
});
