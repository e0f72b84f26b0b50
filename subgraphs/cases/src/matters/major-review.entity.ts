import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * What an entry of an agency's 重大执法决定法制审核目录 names (004 第十六条 last paragraph: drawn up by 类别、
 * 执法层级、所属领域、涉案金额): a matter of its list (which carries category and field), or a fine amount from
 * which a decision is major. The case-level grounds of 第十六条 (一)–(五) — 涉及公共利益或者行政相对人重大权益,
 * 可能在社会造成重大影响, 需经听证程序, 案件情况复杂, 法律法规规章规定 — are judged per case at registration,
 * not catalogued.
 */
export enum MajorReviewKind {
  MATTER = 'MATTER',
  FINE_AMOUNT = 'FINE_AMOUNT',
}
registerEnumType(MajorReviewKind, {
  name: 'MajorReviewKind',
  description: '重大执法决定法制审核目录条目类型 (kind of catalogue entry, 004 第十六条)',
  valuesConfig: {
    MATTER: { description: '列明的执法事项 (a matter of the list)' },
    FINE_AMOUNT: { description: '罚款数额标准 (a fine of at least the minimum, in yuan)' },
  },
});

@ObjectType({ description: '重大执法决定法制审核目录条目 (an entry of the agency\'s catalogue of major enforcement decisions needing legal review, 004 第十六条); staff in scope only' })
@Entity({ tableName: 'major_review_entry' })
export class MajorReviewEntry {
  [OptionalProps]?: 'version' | 'matterId' | 'minimumYuan' | 'updatedAt';

  @Field(() => ID, { description: '条目编号 (entry id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '执法主体编号 (agency whose catalogue it is)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => MajorReviewKind, { description: '条目类型 (kind)' })
  @Enum({ items: () => MajorReviewKind })
  kind!: MajorReviewKind;

  @Field(() => ID, { nullable: true, description: '执法事项编号 (the matter, for kind MATTER)' })
  @Property({ type: 'uuid', nullable: true })
  matterId: string | null = null;

  @Field(() => Int, { nullable: true, description: '最低数额，元 (minimum in yuan, for kind FINE_AMOUNT; the amount itself included — 以上 includes 本数)' })
  @Property({ type: 'integer', nullable: true })
  minimumYuan: number | null = null;

  @Field({ description: '目录原文 (the catalogue\'s own wording)' })
  @Property({ type: 'text' })
  sourceText!: string;

  @Field(() => Date, { description: '创建时间 (created at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '更新时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version)' })
  @Property({ version: true })
  version!: number;
}
