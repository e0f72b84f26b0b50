import { ArrayType, DeferMode, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** 004 第九条 行政执法监督主要包括以下内容 (一)–(九): what an on-site supervision looks at. */
export enum SupervisionContent {
  LAW_IMPLEMENTATION = 'LAW_IMPLEMENTATION',
  QUALIFICATION = 'QUALIFICATION',
  LEGALITY_AND_DISCRETION = 'LEGALITY_AND_DISCRETION',
  PUBLICITY = 'PUBLICITY',
  FULL_PROCESS_RECORD = 'FULL_PROCESS_RECORD',
  LEGAL_REVIEW = 'LEGAL_REVIEW',
  COMPLAINT_HANDLING = 'COMPLAINT_HANDLING',
  JUDICIAL_SUGGESTIONS = 'JUDICIAL_SUGGESTIONS',
  OTHER = 'OTHER',
}
registerEnumType(SupervisionContent, {
  name: 'SupervisionContent',
  description: '行政执法监督内容 (what is supervised, 004 第九条 (一)–(九))',
  valuesConfig: {
    LAW_IMPLEMENTATION: { description: '(一) 贯彻法律、法规、规章的情况' },
    QUALIFICATION: { description: '(二) 执法主体资格、行政执法人员资格管理、行政执法证件使用管理情况' },
    LEGALITY_AND_DISCRETION: { description: '(三) 行政执法行为的合法性和执行行政裁量权基准的情况' },
    PUBLICITY: { description: '(四) 行政执法公示制度实施情况' },
    FULL_PROCESS_RECORD: { description: '(五) 行政执法全过程记录工作实施情况' },
    LEGAL_REVIEW: { description: '(六) 重大行政执法决定法制审核情况' },
    COMPLAINT_HANDLING: { description: '(七) 行政执法举报、投诉案件的处理情况' },
    JUDICIAL_SUGGESTIONS: { description: '(八) 落实人民法院司法建议的情况' },
    OTHER: { description: '(九) 依法应当监督的其他事项' },
  },
});

export enum InspectionStatus {
  PLANNED = 'PLANNED',
  CARRIED_OUT = 'CARRIED_OUT',
  CONCLUDED = 'CONCLUDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InspectionStatus, {
  name: 'InspectionStatus',
  description: '现场监督状态 (status of an on-site supervision)',
  valuesConfig: {
    PLANNED: { description: '已计划 (planned)' },
    CARRIED_OUT: { description: '已实施 (carried out: the supervisors were on site)' },
    CONCLUDED: { description: '已办结 (concluded: findings and conclusion recorded)' },
    CANCELLED: { description: '已取消 (cancelled, with a reason)' },
  },
});

/** One 执法监督人员 of an inspection and the 执法监督证 he showed (004 第二十二条 出示行政执法监督检查证件), as personnel answered. */
@ObjectType({ description: '参加现场监督的执法监督人员 (a supervisor on an on-site supervision and the 执法监督证 checked for him, 004 第二十二条)' })
export class InspectionSupervisor {
  @Field(() => ID, { description: '执法监督人员 (officer id)' })
  officerId!: string;

  @Field(() => String, { nullable: true, description: '姓名 (name, as personnel answered at the check)' })
  officerName!: string | null;

  @Field(() => String, { nullable: true, description: '执法监督证号 (number of the 执法监督证 valid at the check)' })
  certificateNumber!: string | null;

  @Field(() => Date, { description: '核验时间 (when personnel confirmed it)' })
  checkedAt!: Date;

  /** Not stored: whether a 回避 from this inspection is in effect now (filled by the resolver). */
  @Field({ description: '已回避 (a 回避 from this inspection is in effect, 004 第二十一条): he must be replaced before it is carried out' })
  recused?: boolean;
}

/** An attachment of a process-record entry: its name and SHA-256 (the file itself is kept in the 监督机关's archive). */
@ObjectType({ description: '附件 (an attachment of a process-record entry: name and SHA-256 digest; the file is archived by the 监督机关)' })
export class InspectionAttachment {
  @Field({ description: '文件名 (file name)' })
  name!: string;

  @Field({ description: 'SHA-256 摘要 (hex digest of the file, to verify the archived copy)' })
  sha256!: string;

  @Field(() => Int, { nullable: true, description: '大小（字节）(size in bytes)' })
  size!: number | null;
}

/**
 * 现场行政执法监督 (004 第二十二条): planned by a supervisor of the supervised agency's subtree, carried out by at
 * least two 执法监督人员 each holding a 执法监督证 valid then, recorded throughout (全过程记录), concluded with
 * findings. 004 第二十八条 lists what they may do there (询问, 查阅, 实地调查…).
 */
@ObjectType({ description: '现场监督 (an on-site supervision activity, 004 第二十二条)' })
@Entity({ tableName: 'inspection' })
@Index({ name: 'inspection_supervisor_ids_index', properties: ['supervisorIds'], expression: 'create index "inspection_supervisor_ids_index" on "supervision"."inspection" using gin ("supervisor_ids")' })
export class Inspection {
  [OptionalProps]?: 'version' | 'startTime' | 'endTime' | 'contents' | 'caseIds' | 'complaintIds' | 'findings' | 'conclusion' | 'carriedOutAt' | 'carriedOutBy' | 'concludedAt' | 'cancelledReason' | 'updatedAt';

  @Field(() => ID, { description: '现场监督编号 (inspection id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '名称 (title), e.g. 2026年第四季度行政执法证件使用管理现场监督' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => ID, { description: '被监督机关 (supervised agency)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => ID, { description: '监督机关 (the planning supervisor\'s agency)' })
  @Property({ type: 'uuid' })
  supervisingAgencyId!: string;

  @Field({ description: '日期 (date of the activity, YYYY-MM-DD)' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => String, { nullable: true, description: '开始时间 (start time, HH:MM, China time); none = the whole day' })
  @Property({ type: 'text', nullable: true })
  startTime: string | null = null;

  @Field(() => String, { nullable: true, description: '结束时间 (end time, HH:MM, China time)' })
  @Property({ type: 'text', nullable: true })
  endTime: string | null = null;

  @Field({ description: '地点 (place)' })
  @Property({ type: 'text' })
  place!: string;

  @Field({ description: '监督事项 (what is supervised, in words)' })
  @Property({ type: 'text' })
  subject!: string;

  @Field(() => [SupervisionContent], { description: '监督内容 (the items of 004 第九条 it covers; may be empty)' })
  @Enum({ items: () => SupervisionContent, array: true, default: [] })
  contents: SupervisionContent[] = [];

  @Field(() => [ID], { description: '相关案件 (related case ids)' })
  @Property({ type: ArrayType, default: [] })
  caseIds: string[] = [];

  @Field(() => [ID], { description: '相关投诉举报 (related complaint ids)' })
  @Property({ type: ArrayType, default: [] })
  complaintIds: string[] = [];

  @Field(() => [ID], { description: '执法监督人员 (officer ids of the supervisors, at least two, 004 第二十二条)' })
  @Property({ type: ArrayType })
  supervisorIds!: string[];

  /** The 执法监督证 personnel confirmed for each, at the last check (plan, change or carrying out). */
  @Property({ type: 'json' })
  supervisorChecks!: InspectionSupervisor[];

  @Field(() => InspectionStatus, { description: '状态 (status)' })
  @Enum({ items: () => InspectionStatus })
  status!: InspectionStatus;

  @Field(() => String, { nullable: true, description: '发现的问题 (findings)' })
  @Property({ type: 'text', nullable: true })
  findings: string | null = null;

  @Field(() => String, { nullable: true, description: '监督结论 (conclusion)' })
  @Property({ type: 'text', nullable: true })
  conclusion: string | null = null;

  @Field(() => Date, { nullable: true, description: '登记实施时间 (when it was recorded as carried out)' })
  @Property({ type: 'datetime', nullable: true })
  carriedOutAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '登记实施人 (who recorded it as carried out)' })
  @Property({ type: 'text', nullable: true })
  carriedOutBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '办结时间 (concluded at)' })
  @Property({ type: 'datetime', nullable: true })
  concludedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '取消原因 (why it was cancelled)' })
  @Property({ type: 'text', nullable: true })
  cancelledReason: string | null = null;

  @Field({ description: '计划人 (who planned it)' })
  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Field(() => Date, { description: '创建时间 (created at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version, for concurrent edits)' })
  @Property({ version: true })
  version!: number;
}

/**
 * One dated entry of an inspection's 全过程记录 (004 第二十二条 对监督活动进行全过程记录): what happened, when, who
 * recorded it, and the attachments by name and SHA-256. Append-only: entries are never edited or removed.
 */
/** What the append-only trigger says to anyone who tries to change or remove an entry. */
const APPEND_ONLY_BODY = `raise exception '现场监督全过程记录只能追加，不能修改或删除 (inspection_entry is append-only, 004 第二十二条)' using errcode = 'insufficient_privilege'`;

@ObjectType({ description: '现场监督全过程记录的一条 (one dated entry of the record of an on-site supervision, 004 第二十二条)' })
@Entity({
  tableName: 'inspection_entry',
  // Append-only in the database too; the migration adds a TRUNCATE trigger calling the same function.
  triggers: [{ name: 'append_only', timing: 'before', events: ['update', 'delete'], forEach: 'row', body: APPEND_ONLY_BODY }],
})
@Unique({ properties: ['inspectionId', 'seq'] })
export class InspectionEntry {
  [OptionalProps]?: 'attachments';

  @Field(() => ID, { description: '记录编号 (entry id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '现场监督编号 (inspection id)' })
  @ManyToOne(() => Inspection, { mapToPk: true, fieldName: 'inspection_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  inspectionId!: string;

  @Field(() => Int, { description: '序号 (1, 2, 3 … in the order recorded)' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => Date, { description: '发生时间 (when it happened)' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field({ description: '记录内容 (what happened: 出示证件, 询问, 查阅案卷, 实地查看…)' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => [InspectionAttachment], { description: '附件 (attachments: name and SHA-256)' })
  @Property({ type: 'json', default: '[]' })
  attachments: InspectionAttachment[] = [];

  @Field({ description: '记录人 (who recorded it)' })
  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @Field(() => Date, { description: '记录时间 (recorded at)' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;
}
