import { Entity, PrimaryKey, Property, Enum, Index } from '@mikro-orm/decorators/legacy';
import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** The levels of the agency tree (004 第五条: 自治区 → 州/市 → 县/市/区 → 乡镇/街道). */
export enum AgencyLevel {
  REGION = 'REGION',
  PREFECTURE = 'PREFECTURE',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}
registerEnumType(AgencyLevel, {
  name: 'AgencyLevel',
  description: '执法主体层级 (level in the agency tree, 004 第五条)',
  valuesConfig: {
    REGION: { description: '自治区级 (autonomous region)' },
    PREFECTURE: { description: '州/市级 (prefecture or city)' },
    COUNTY: { description: '县/市/区级 (county, county-level city or district)' },
    TOWNSHIP: { description: '乡镇/街道 (township or sub-district)' },
  },
});

export const AGENCY_LEVEL_LABEL: Record<AgencyLevel, string> = {
  REGION: '自治区',
  PREFECTURE: '州/市',
  COUNTY: '县/市/区',
  TOWNSHIP: '乡镇/街道',
};

@Directive('@key(fields: "id")')
@ObjectType({ description: '执法主体 (enforcement agency): an organ or body with the legal standing to enforce, a node of the agency tree' })
@Entity({ tableName: 'agency' })
export class Agency {
  [OptionalProps]?: 'version' | 'unifiedCode' | 'parentId' | 'fields' | 'enforcementUnit' | 'supervisionUnit' | 'supervisionPhone' | 'qualificationConfirmedAt' | 'qualificationConfirmedBy' | 'publishedAt';

  @Field(() => ID, { description: '执法主体编号 (agency id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '执法主体名称 (agency name), e.g. 新疆维吾尔自治区机关事务管理局' })
  @Property({ unique: true })
  name!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 (unified social credit code)' })
  @Property({ type: 'string', nullable: true, unique: true })
  unifiedCode: string | null = null;

  @Field(() => AgencyLevel, { description: '层级 (level in the tree)' })
  @Enum({ items: () => AgencyLevel })
  level!: AgencyLevel;

  @Field(() => ID, { nullable: true, description: '上级执法主体编号 (parent agency id); empty for a root' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  parentId: string | null = null;

  /** Materialised path of ids from the root, `/root/…/self/`, so a subtree is one `like` (scoping). */
  @Property({ type: 'text' })
  @Index()
  path!: string;

  @Field({ description: '管辖区域 (region of jurisdiction), e.g. 全疆' })
  @Property()
  region!: string;

  @Field(() => [String], { description: '执法领域 (enforcement fields), e.g. 机关事务管理' })
  @Property({ type: ArrayType })
  fields: string[] = [];

  @Field(() => String, { nullable: true, description: '执法单位 (internal unit that enforces), e.g. 公共机构节能管理处' })
  @Property({ type: 'string', nullable: true })
  enforcementUnit: string | null = null;

  @Field(() => String, { nullable: true, description: '监督单位 (internal unit that supervises), e.g. 政策法规处' })
  @Property({ type: 'string', nullable: true })
  supervisionUnit: string | null = null;

  @Field(() => String, { nullable: true, description: '监督投诉电话 (supervision and complaint phone, 003 第14条)' })
  @Property({ type: 'string', nullable: true })
  supervisionPhone: string | null = null;

  @Field(() => Date, { nullable: true, description: '主体资格确认时间 (when its legal standing was confirmed, 004 第十条)' })
  @Property({ type: 'datetime', nullable: true })
  qualificationConfirmedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '主体资格确认人 (who confirmed its legal standing)' })
  @Property({ type: 'string', nullable: true })
  qualificationConfirmedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '主体资格公告时间 (when its legal standing was published, 004 第十条)' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Date, { description: '创建时间 (created at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field({ description: '版本号 (version), sent back with an edit so that concurrent edits are detected' })
  @Property({ version: true })
  version!: number;
}
