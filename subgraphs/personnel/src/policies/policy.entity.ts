import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Enum, Unique } from '@mikro-orm/decorators/legacy';
import { PolicyKey } from './policy.rules.js';

/** A jurisdiction's override of a policy default, for an agency and everything below it. */
@Entity({ tableName: 'policy_override' })
@Unique({ properties: ['key', 'agencyId'] })
export class PolicyOverride {
  [OptionalProps]?: 'version';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => PolicyKey })
  key!: PolicyKey;

  @Property({ type: 'uuid' })
  agencyId!: string;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'string' })
  setBy!: string;

  @Property({ type: 'datetime' })
  setAt!: Date;

  @Property({ version: true })
  version!: number;
}
