import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MajorReviewKind } from './major-review.entity.js';
import { ListFilter, OrderBy, Paged } from '@jiandu/kit';
import { EnforcementMatter, MatterCategory } from './matter.entity.js';

@InputType({ description: '执法事项筛选条件 (matter filter)' })
export class MatterFilter extends ListFilter('名称或依据包含 (name or legal basis contains)') {
  @Field(() => MatterCategory, { nullable: true, description: '执法类别 (category)' })
  category?: MatterCategory | null;

  @Field(() => ID, { nullable: true, description: '实施主体 (agency)' })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '包括已停用的事项 (include retired matters); default false' })
  includeRetired?: boolean | null;
}

@InputType({ description: '执法事项内容 (a matter as published, 004 第三条)' })
export class MatterInput {
  @Field({ description: '事项名称 (name)' })
  name!: string;

  @Field(() => MatterCategory, { description: '执法类别 (category, 004 第三条)' })
  category!: MatterCategory;

  @Field(() => String, { nullable: true, description: '承办机构 (internal unit)' })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: '执法领域 (field)' })
  field?: string | null;

  @Field({ description: '法律依据 (legal basis)' })
  legalBasis!: string;

  @Field(() => Int, { nullable: true, description: '清单序号 (position in the list)' })
  listSeq?: number | null;
}

@InputType({ description: '新建执法事项 (a new matter of an agency\'s list)' })
export class CreateMatterInput extends MatterInput {
  @Field(() => ID, { description: '实施主体 (agency; its 主体资格 must be confirmed, 004 第十条)' })
  agencyId!: string;
}

@InputType({ description: '重大执法决定法制审核目录条目 (a catalogue entry, 004 第十六条)' })
export class MajorReviewEntryInput {
  @Field(() => ID, { description: '执法主体 (agency whose catalogue it is)' })
  agencyId!: string;

  @Field(() => MajorReviewKind, { description: '条目类型 (kind)' })
  kind!: MajorReviewKind;

  @Field(() => ID, { nullable: true, description: '执法事项 (for MATTER: a current matter of the same agency)' })
  matterId?: string | null;

  @Field(() => Int, { nullable: true, description: '最低罚款数额，元 (for FINE_AMOUNT)' })
  minimumYuan?: number | null;

  @Field({ description: '目录原文 (the catalogue\'s wording)' })
  sourceText!: string;
}

export enum MatterOrderField {
  LIST_SEQ = 'LIST_SEQ',
  NAME = 'NAME',
  CATEGORY = 'CATEGORY',
}
registerEnumType(MatterOrderField, {
  name: 'MatterOrderField',
  description: '执法事项排序字段 (matter sort field)',
  valuesConfig: { LIST_SEQ: { description: '清单序号 (list position)' }, NAME: { description: '名称 (name)' }, CATEGORY: { description: '类别 (category)' } },
});

@InputType({ description: '执法事项排序 (matter order)' })
export class MatterOrder extends OrderBy(MatterOrderField) {}

@ObjectType({ description: '执法事项列表的一页 (a page of matters)' })
export class MatterList extends Paged(EnforcementMatter, { zh: '执法事项', en: 'matters' }) {}
