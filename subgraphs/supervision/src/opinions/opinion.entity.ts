import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { StoredPeriod } from '@jiandu/kit';

export enum OpinionStatus {
  ISSUED = 'ISSUED',
  REPORTED = 'REPORTED',
  MENDED = 'MENDED',
}
registerEnumType(OpinionStatus, {
  name: 'SupervisionOpinionStatus',
  description: '监督意见书状态 (status of a 监督意见书)',
  valuesConfig: {
    ISSUED: { description: '待整改 (issued; waiting for the rectification report — again after a report was not accepted)' },
    REPORTED: { description: '整改已报告 (a rectification report waits for the supervisor\'s verdict)' },
    MENDED: { description: '已整改 (the report was accepted)' },
  },
});

/** One finding as printed in the opinion: the case and what was wrong with it. */
export interface OpinionFindingRow {
  reviewId: string;
  caseId: string;
  caseNumber: string;
  result: number | null;
  reasons: string[];
}

/** One rectification report and the supervisor's verdict on it (newest last). */
export interface RectificationRow {
  reportedAt: string;
  reportedOn: string;
  reportedBy: string;
  text: string;
  accepted: boolean | null;
  decidedAt: string | null;
  decidedBy: string | null;
  note: string | null;
}

/**
 * 行政执法监督意见书 (003 第15条: 对发现…不合法的…制发《行政执法监督意见书》，督促执法单位整改; 004 第十八条 根据评查情况提出
 * 改进执法工作意见): issued to one agency for its findings in one concluded review batch, numbered in the issuing
 * body's OPINION series, with a rectification deadline stored with its rule; the agency reports, the supervisor
 * accepts (mended) or not; an opinion left unmended past its deadline may become a 监督通知书 (004 第二十三条).
 */
@ObjectType({ description: '行政执法监督意见书 (a supervision opinion from a case-file review, 003 第15条; 004 第十八条): findings, requirements, rectification deadline, reports' })
@Entity({ tableName: 'supervision_opinion' })
@Unique({ name: 'supervision_opinion_batch_agency_unique', properties: ['batchId', 'agencyId'] })
@Unique({ name: 'supervision_opinion_number_unique', properties: ['issuerId', 'year', 'seq'] })
@Index({ name: 'supervision_opinion_status_due_index', properties: ['status', 'dueOn'] })
export class SupervisionOpinion {
  [OptionalProps]?: 'version' | 'status' | 'reports' | 'escalatedToNoticeId' | 'escalatedNoticeNumber' | 'escalatedAt' | 'updatedAt';

  @Field(() => ID, { description: '意见书编号 (opinion id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '文号 (document number in the issuing body\'s series), e.g. 监意〔2026〕1号' })
  @Property({ type: 'text' })
  number!: string;

  @Field(() => Int, { description: '年度 (year of the number)' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: '序号 (sequence in the series)' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => ID, { description: '评查批次编号 (the review batch it comes from)' })
  @Property({ type: 'uuid' })
  @Index()
  batchId!: string;

  @Field(() => ID, { description: '被监督机关编号 (the supervised agency it is addressed to)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field({ description: '主送机关 (addressee: the agency\'s name at issue)' })
  @Property({ type: 'text' })
  agencyName!: string;

  @Field(() => ID, { description: '制发机关编号 (issuing body: the supervisor\'s agency)' })
  @Property({ type: 'uuid' })
  issuerId!: string;

  @Field({ description: '制发机关 (issuing body\'s name at issue)' })
  @Property({ type: 'text' })
  issuerName!: string;

  /** The findings as printed (SupervisionOpinionFinding). */
  @Property({ type: 'json' })
  findings!: OpinionFindingRow[];

  @Field({ description: '整改要求 (what the agency must do)' })
  @Property({ type: 'text' })
  requirements!: string;

  @Field({ description: '制发日期 (issued on, YYYY-MM-DD): the rectification period runs from it' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => Date, { description: '制发时间 (issued at)' })
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Field({ description: '制发人 (issued by)' })
  @Property({ type: 'text' })
  issuedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  /** The rectification deadline (kit statutoryDeadline): shown as `deadline`. */
  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'boolean' })
  provisional!: boolean;

  @Property({ type: 'text' })
  rule!: string;

  @Property({ type: 'text' })
  calendarBasis!: string;

  @Property({ type: 'json' })
  period!: StoredPeriod;

  @Field(() => OpinionStatus, { description: '状态 (status)' })
  @Enum({ items: () => OpinionStatus, default: OpinionStatus.ISSUED })
  status: OpinionStatus = OpinionStatus.ISSUED;

  /** Rectification reports and verdicts, oldest first (OpinionRectificationReport). */
  @Property({ type: 'json' })
  reports: RectificationRow[] = [];

  @Field(() => ID, { nullable: true, description: '转为的监督通知书 (the 监督通知书 it led to, once unmended past its deadline)' })
  @Property({ type: 'uuid', nullable: true })
  escalatedToNoticeId: string | null = null;

  @Field(() => String, { nullable: true, description: '监督通知书文号 (that notice\'s number)' })
  @Property({ type: 'text', nullable: true })
  escalatedNoticeNumber: string | null = null;

  @Field(() => Date, { nullable: true, description: '转为通知书的时间 (when it led to the notice)' })
  @Property({ type: 'datetime', nullable: true })
  escalatedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version, for concurrent edits)' })
  @Property({ version: true })
  version!: number;
}

export const opinionEntities = [SupervisionOpinion];
