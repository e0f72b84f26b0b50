import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Enum, Index } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The categories of enforcement acts (004 第三条). */
export enum MatterCategory {
  PUNISHMENT = 'PUNISHMENT',
  LICENSING = 'LICENSING',
  COERCION = 'COERCION',
  INSPECTION = 'INSPECTION',
  EXPROPRIATION = 'EXPROPRIATION',
  PAYMENT = 'PAYMENT',
  CHARGE = 'CHARGE',
  CONFIRMATION = 'CONFIRMATION',
  REGISTRATION = 'REGISTRATION',
  ADJUDICATION = 'ADJUDICATION',
  REWARD = 'REWARD',
}

export const MATTER_CATEGORY_LABEL: Record<MatterCategory, string> = {
  PUNISHMENT: '行政处罚',
  LICENSING: '行政许可',
  COERCION: '行政强制',
  INSPECTION: '行政检查',
  EXPROPRIATION: '行政征收征用',
  PAYMENT: '行政给付',
  CHARGE: '行政收费',
  CONFIRMATION: '行政确认',
  REGISTRATION: '行政登记',
  ADJUDICATION: '行政裁决',
  REWARD: '行政奖励',
};

registerEnumType(MatterCategory, {
  name: 'MatterCategory',
  description: '执法类别 (category of enforcement act, 004 第三条)',
  valuesConfig: Object.fromEntries(Object.entries(MATTER_CATEGORY_LABEL).map(([k, v]) => [k, { description: v }])),
});

/** The category of a Chinese label from a published list, e.g. 行政处罚 → PUNISHMENT. */
export function categoryOfLabel(label: string): MatterCategory | undefined {
  return (Object.entries(MATTER_CATEGORY_LABEL) as [MatterCategory, string][]).find(([, v]) => v === label.trim())?.[0];
}

@Directive('@key(fields: "id")')
@ObjectType({ description: '执法事项 (enforcement matter): an entry of the agency\'s published list of enforcement powers (执法事项清单)' })
@Entity({ tableName: 'enforcement_matter' })
// One current matter of a name per agency; a retired one frees its name (the index is partial).
@Index({ name: 'enforcement_matter_agency_name_unique', properties: ['agencyId', 'name'], expression: 'create unique index "enforcement_matter_agency_name_unique" on "cases"."enforcement_matter" ("agency_id", "name") where "retired_at" is null' })
export class EnforcementMatter {
  [OptionalProps]?: 'version' | 'unit' | 'field' | 'listSeq' | 'retiredAt' | 'retiredReason' | 'retiredBy' | 'updatedAt';

  @Field(() => ID, { description: '执法事项编号 (matter id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '事项名称 (name of the matter, as published)' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => MatterCategory, { description: '执法类别 (category, 004 第三条)' })
  @Enum({ items: () => MatterCategory })
  category!: MatterCategory;

  @Field(() => ID, { description: '实施主体编号 (agency id)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => String, { nullable: true, description: '承办机构 (internal unit that carries it out), e.g. 公共机构节能管理处' })
  @Property({ type: 'string', nullable: true })
  unit: string | null = null;

  @Field(() => String, { nullable: true, description: '执法领域 (enforcement field)' })
  @Property({ type: 'string', nullable: true })
  field: string | null = null;

  @Field({ description: '法律依据 (legal basis text)' })
  @Property({ type: 'text' })
  legalBasis!: string;

  @Field(() => Int, { nullable: true, description: '清单序号 (position in the published list)' })
  @Property({ type: 'integer', nullable: true })
  listSeq: number | null = null;

  @Field(() => Date, { description: '创建时间 (created at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '更新时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '停用时间 (retired at); a retired matter stays readable, never deleted' })
  @Property({ type: 'datetime', nullable: true })
  retiredAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '停用原因 (why it was retired)' })
  @Property({ type: 'text', nullable: true })
  retiredReason: string | null = null;

  @Field(() => String, { nullable: true, description: '停用人 (who retired it)' })
  @Property({ type: 'text', nullable: true })
  retiredBy: string | null = null;

  @Field({ description: '版本号 (version)' })
  @Property({ version: true })
  version!: number;
}
