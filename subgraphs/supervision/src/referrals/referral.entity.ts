import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The two kinds of clue 004 第三十一条 sends out, one per paragraph. */
export enum ReferralClueKind {
  DUTY_OFFENCE = 'DUTY_OFFENCE',
  PUBLIC_INTEREST = 'PUBLIC_INTEREST',
}
registerEnumType(ReferralClueKind, {
  name: 'ReferralClueKind',
  description: '问题线索种类 (kind of clue referred, 004 第三十一条)',
  valuesConfig: {
    DUTY_OFFENCE: { description: '职务违法或职务犯罪线索 (第一款: 行政执法人员涉嫌贪污贿赂、失职渎职等) → 监察机关' },
    PUBLIC_INTEREST: { description: '公益损害案件线索 (第二款: 负有监督管理职责的行政执法部门违法行使职权或者不作为，致使国家利益或者社会公共利益受到侵害) → 检察机关' },
  },
});

/** 004 第三十一条 第一款: 涉嫌贪污贿赂、失职渎职等职务违法或者职务犯罪. */
export enum DutyOffence {
  CORRUPTION_BRIBERY = 'CORRUPTION_BRIBERY',
  DERELICTION = 'DERELICTION',
  OTHER = 'OTHER',
}
registerEnumType(DutyOffence, {
  name: 'DutyOffence',
  description: '涉嫌的职务违法或职务犯罪 (the suspected duty offence, 004 第三十一条 第一款)',
  valuesConfig: { CORRUPTION_BRIBERY: { description: '贪污贿赂' }, DERELICTION: { description: '失职渎职' }, OTHER: { description: '其他职务违法或职务犯罪' } },
});

/** 004 第三十一条 第二款: the fields it lists. */
export enum PublicInterestField {
  ECOLOGY_AND_RESOURCES = 'ECOLOGY_AND_RESOURCES',
  FOOD_AND_DRUG_SAFETY = 'FOOD_AND_DRUG_SAFETY',
  STATE_PROPERTY = 'STATE_PROPERTY',
  STATE_LAND_TRANSFER = 'STATE_LAND_TRANSFER',
}
registerEnumType(PublicInterestField, {
  name: 'PublicInterestField',
  description: '公益损害线索所在领域 (the field of a public-interest clue, 004 第三十一条 第二款)',
  valuesConfig: {
    ECOLOGY_AND_RESOURCES: { description: '生态环境和资源保护' },
    FOOD_AND_DRUG_SAFETY: { description: '食品药品安全' },
    STATE_PROPERTY: { description: '国有财产保护' },
    STATE_LAND_TRANSFER: { description: '国有土地使用权出让' },
  },
});

/** 004 第三十一条 第二款: 涉嫌违法行使职权或者不作为. */
export enum PublicInterestConduct {
  UNLAWFUL_EXERCISE = 'UNLAWFUL_EXERCISE',
  INACTION = 'INACTION',
}
registerEnumType(PublicInterestConduct, {
  name: 'PublicInterestConduct',
  description: '行政执法部门涉嫌的行为 (what the agency is suspected of, 004 第三十一条 第二款)',
  valuesConfig: { UNLAWFUL_EXERCISE: { description: '违法行使职权' }, INACTION: { description: '不作为' } },
});

/** Who receives each kind (004 第三十一条: 依法移送监察机关 / 检察机关处理). */
export enum ReferralRecipientKind {
  SUPERVISORY_COMMISSION = 'SUPERVISORY_COMMISSION',
  PROCURATORATE = 'PROCURATORATE',
}
registerEnumType(ReferralRecipientKind, {
  name: 'ReferralRecipientKind',
  description: '接收机关类别 (kind of receiving body, 004 第三十一条)',
  valuesConfig: { SUPERVISORY_COMMISSION: { description: '监察机关 (监察委员会)' }, PROCURATORATE: { description: '检察机关 (人民检察院)' } },
});

export enum ReferralStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  REPLIED = 'REPLIED',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: '移送状态 (status of a referral)',
  valuesConfig: {
    DRAFT: { description: '拟稿 (draft: no number yet)' },
    SENT: { description: '已移送 (sent, numbered)' },
    ACKNOWLEDGED: { description: '已回执 (the receiving body acknowledged receipt)' },
    REPLIED: { description: '已反馈 (the receiving body replied with its handling or result)' },
  },
});

/**
 * 移送 of a clue found in supervision (004 第三十一条): what (the clue, the officers, agency and cases concerned),
 * to whom (监察机关 for duty offences, 检察机关 for public-interest harm), when, under which number (问题线索移送函,
 * the issuing body's REFERRAL series), and the receiving body's 回执 and reply.
 */
@ObjectType({ description: '问题线索移送 (a referral of a clue to a 监察机关 or 检察机关, 004 第三十一条)' })
@Entity({ tableName: 'referral' })
export class Referral {
  [OptionalProps]?: 'version' | 'number' | 'issuerId' | 'issuerName' | 'offence' | 'field' | 'conduct' | 'officerIds' | 'officerNames' | 'caseIds' | 'complaintIds' | 'inspectionId'
    | 'sentOn' | 'sentAt' | 'sentBy' | 'receivedOn' | 'receivedBy' | 'receiptNote' | 'repliedOn' | 'reply' | 'updatedAt';

  @Field(() => ID, { description: '移送编号 (referral id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { nullable: true, description: '文号 (document number of the 问题线索移送函, e.g. 监移〔2026〕1号); given when sent' })
  @Property({ type: 'text', nullable: true, unique: true })
  number: string | null = null;

  @Field(() => ID, { nullable: true, description: '移送机关 (the issuing body: the sending supervisor\'s agency)' })
  @Property({ type: 'uuid', nullable: true })
  issuerId: string | null = null;

  @Field(() => String, { nullable: true, description: '移送机关名称 (its name, as when sent)' })
  @Property({ type: 'text', nullable: true })
  issuerName: string | null = null;

  @Field(() => ReferralClueKind, { description: '线索种类 (kind of clue)' })
  @Enum({ items: () => ReferralClueKind })
  clueKind!: ReferralClueKind;

  @Field(() => DutyOffence, { nullable: true, description: '涉嫌的职务违法或职务犯罪 (duty offences only)' })
  @Enum({ items: () => DutyOffence, nullable: true })
  offence: DutyOffence | null = null;

  @Field(() => PublicInterestField, { nullable: true, description: '所在领域 (public-interest clues only)' })
  @Enum({ items: () => PublicInterestField, nullable: true })
  field: PublicInterestField | null = null;

  @Field(() => PublicInterestConduct, { nullable: true, description: '违法行使职权或者不作为 (public-interest clues only)' })
  @Enum({ items: () => PublicInterestConduct, nullable: true })
  conduct: PublicInterestConduct | null = null;

  @Field(() => ReferralRecipientKind, { description: '接收机关类别 (kind of receiving body): must fit the clue (004 第三十一条)' })
  @Enum({ items: () => ReferralRecipientKind })
  recipientKind!: ReferralRecipientKind;

  @Field({ description: '接收机关 (the receiving body\'s name), e.g. 昌吉州监察委员会' })
  @Property({ type: 'text' })
  recipientName!: string;

  @Field(() => ID, { description: '所涉执法主体 (agency concerned)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => [ID], { description: '所涉行政执法人员 (officers concerned; at least one for a duty offence)' })
  @Property({ type: ArrayType, default: [] })
  officerIds: string[] = [];

  @Field(() => [String], { description: '所涉人员姓名 (their names, as personnel answered when last checked; printed in the letter)' })
  @Property({ type: ArrayType, default: [] })
  officerNames: string[] = [];

  @Field(() => [ID], { description: '相关案件 (related case ids)' })
  @Property({ type: ArrayType, default: [] })
  caseIds: string[] = [];

  @Field(() => [ID], { description: '相关投诉举报 (related complaint ids)' })
  @Property({ type: ArrayType, default: [] })
  complaintIds: string[] = [];

  @Field(() => ID, { nullable: true, description: '发现线索的现场监督 (the inspection it was found in, if any)' })
  @Property({ type: 'uuid', nullable: true })
  inspectionId: string | null = null;

  @Field({ description: '线索摘要 (summary of the clue: facts, how it was found)' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => ReferralStatus, { description: '状态 (status)' })
  @Enum({ items: () => ReferralStatus })
  status!: ReferralStatus;

  @Field(() => String, { nullable: true, description: '移送日期 (sent on, YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  sentOn: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '移送人 (who sent it)' })
  @Property({ type: 'text', nullable: true })
  sentBy: string | null = null;

  @Field(() => String, { nullable: true, description: '回执：接收日期 (acknowledged: received on, YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  receivedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '回执：接收人 (who received it at the receiving body)' })
  @Property({ type: 'text', nullable: true })
  receivedBy: string | null = null;

  @Field(() => String, { nullable: true, description: '回执说明 (note on the acknowledgement)' })
  @Property({ type: 'text', nullable: true })
  receiptNote: string | null = null;

  @Field(() => String, { nullable: true, description: '反馈日期 (replied on, YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  repliedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '处理情况或结果 (the receiving body\'s reply: its handling or result)' })
  @Property({ type: 'text', nullable: true })
  reply: string | null = null;

  @Field({ description: '拟稿人 (who drafted it)' })
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
