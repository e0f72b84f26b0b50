import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DueState, ListFilter, OrderBy, Paged, SortDirection } from '@jiandu/kit';
import { SupervisionNotice } from './notice.entity.js';
import { NoticeGround, NoticeStatus } from './notice.enums.js';

@InputType({ description: '下发行政执法监督通知书 (issue a supervision notice, 004 第二十三条)' })
export class CreateNoticeInput {
  @Field(() => ID, { description: '被监督机关 (the supervised agency, of the supervisor\'s subtree)' })
  agencyId!: string;

  @Field(() => [NoticeGround], { description: '情形 (one or more of the seven grounds of 004 第二十三条)' })
  grounds!: NoticeGround[];

  @Field({ description: '查明的事实 (facts found), 4–10000 characters' })
  facts!: string;

  @Field({ description: '整改要求 (what must be corrected), 4–5000 characters' })
  requirement!: string;

  @Field(() => [ID], { nullable: true, description: '关联案件 (cases of the supervised agency\'s subtree it concerns), at most 50' })
  caseIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '关联投诉举报 (complaints about the supervised agency\'s subtree it follows up), at most 50' })
  complaintIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: '来源监督意见书 (the 监督意见书 this notice escalates, 003 第15条); stored as `sourceOpinionId`' })
  opinionId?: string | null;
}

@InputType({ description: '监督通知书筛选条件 (notice filter)' })
export class NoticeFilter extends ListFilter('文号、事实或整改要求包含 (number, facts or requirement contains)') {
  @Field(() => NoticeStatus, { nullable: true, description: '状态 (status)' })
  status?: NoticeStatus | null;

  @Field(() => ID, { nullable: true, description: '被监督机关 (supervised agency)' })
  agencyId?: string | null;

  @Field(() => NoticeGround, { nullable: true, description: '情形 (has this ground)' })
  ground?: NoticeGround | null;

  @Field(() => Boolean, { nullable: true, description: '已逾期 (true: the rectification report or the answer to an objection is overdue today; false: neither)' })
  overdue?: boolean | null;

  @Field(() => DueState, { nullable: true, description: '整改期限状态 (state of the rectification deadline today; DONE: reported or revoked)' })
  rectificationDueState?: DueState | null;

  @Field(() => ID, { nullable: true, description: '关联案件 (concerns this case)' })
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: '关联投诉举报 (follows up this complaint)' })
  complaintId?: string | null;

  @Field(() => String, { nullable: true, description: '下发日期起 (issued on or after, YYYY-MM-DD)' })
  issuedFrom?: string | null;

  @Field(() => String, { nullable: true, description: '下发日期止 (issued on or before, YYYY-MM-DD)' })
  issuedTo?: string | null;
}

export enum NoticeOrderField {
  ISSUED_AT = 'ISSUED_AT',
  NUMBER = 'NUMBER',
  STATUS = 'STATUS',
  RECTIFICATION_DUE_ON = 'RECTIFICATION_DUE_ON',
}
registerEnumType(NoticeOrderField, {
  name: 'NoticeOrderField',
  description: '监督通知书排序字段 (notice sort field)',
  valuesConfig: {
    ISSUED_AT: { description: '下发时间 (issued at)' },
    NUMBER: { description: '文号 (number: year, then sequence)' },
    STATUS: { description: '状态 (status)' },
    RECTIFICATION_DUE_ON: { description: '整改期限 (rectification due on; not yet received last)' },
  },
});

@InputType({ description: '监督通知书排序 (notice order)' })
export class NoticeOrder extends OrderBy(NoticeOrderField, SortDirection.DESC) {}

@ObjectType({ description: '监督通知书列表的一页 (a page of supervision notices)' })
export class NoticeList extends Paged(SupervisionNotice, { zh: '监督通知书', en: 'notices' }) {}
