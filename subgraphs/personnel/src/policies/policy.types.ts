import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { POLICY_DEFAULTS, PolicyKey } from './policy.rules.js';

registerEnumType(PolicyKey, {
  name: 'PolicyKey',
  description: '政策参数 (policy value: a period, threshold or ratio set per jurisdiction)',
  valuesConfig: Object.fromEntries(Object.values(POLICY_DEFAULTS).map((d) => [d.key, { description: `${d.label}（${d.unit}）` }])),
});

@ObjectType({ description: '生效的政策参数 (a policy value in force for an agency) with its source' })
export class Policy {
  @Field(() => PolicyKey, { description: '参数 (which policy)' })
  key!: PolicyKey;

  @Field({ description: '名称 (label)' })
  label!: string;

  @Field(() => Float, { description: '取值 (value)' })
  value!: number;

  @Field({ description: '单位 (unit)' })
  unit!: string;

  @Field({ description: '依据 (source: document and article)' })
  source!: string;

  @Field(() => ID, { nullable: true, description: '设定于哪个执法主体 (agency whose override applies); empty for the default' })
  setAt!: string | null;

  @Field(() => Float, { description: '默认值 (the seeds\' default)' })
  defaultValue!: number;

  @Field(() => Int, {
    nullable: true,
    description: '本级覆盖值的版本 (version of this agency\'s own override, to send back to setPolicy); empty when this agency sets none',
  })
  version!: number | null;
}

export function toPolicy(p: { key: PolicyKey; value: number; source: string; setAt: string | null; version?: number | null }): Policy {
  const d = POLICY_DEFAULTS[p.key];
  return { key: p.key, label: d.label, value: p.value, unit: d.unit, source: p.source, setAt: p.setAt, defaultValue: d.value, version: p.version ?? null };
}
