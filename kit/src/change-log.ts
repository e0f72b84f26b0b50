/**
 * The change log, one way for every subgraph (DESIGN "Beyond the minimum": an audit trail queryable per
 * record): who changed which fields of a record, when. A subgraph mounts it by listing `ChangeLog` among
 * its entities (a `change_log` table in its own schema, created by its migration) and calls `logChange`
 * inside the transaction of each command; `diff` says which fields changed, masking personal data.
 */
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Index } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { Identity } from './identity.js';
import type { FieldMasks } from './masking.js';
import { Paged } from './lists.js';

// Shareable: every subgraph that keeps a change log (personnel, cases) resolves these types the same way.
@Directive('@shareable')
@ObjectType({ description: '字段变更 (one field changed by an edit)' })
export class FieldChange {
  @Field({ description: '字段 (field)' })
  field!: string;

  @Field(() => String, { nullable: true, description: '修改前 (before); personal data masked' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: '修改后 (after); personal data masked' })
  after!: string | null;
}

/** Who changed what in a record, when (DESIGN "Beyond the minimum": an audit trail queryable per record). */
@Directive('@shareable')
@ObjectType({ description: '修改记录 (an edit of a record): who, when, which fields' })
@Entity({ tableName: 'change_log' })
@Index({ properties: ['entity', 'entityId'] })
export class ChangeLog {
  [OptionalProps]?: 'id';

  /** A sequence, so entries made within the same instant keep their order. */
  @Field(() => ID, { description: '记录编号 (entry id, increasing)' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field({ description: '对象类型 (kind of record), e.g. Officer' })
  @Property()
  entity!: string;

  @Field(() => ID, { description: '对象编号 (record id)' })
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field({ description: '操作 (action), e.g. 新建, 修改' })
  @Property()
  action!: string;

  @Field(() => [FieldChange], { description: '变更的字段 (fields changed)' })
  @Property({ type: 'json' })
  changes!: FieldChange[];

  @Field(() => String, { nullable: true, description: '操作人 (actor)' })
  @Property({ type: 'string', nullable: true })
  actorName!: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field(() => Date, { description: '时间 (at)' })
  @Property({ type: 'datetime' })
  at!: Date;
}

@Directive('@shareable')
@ObjectType({ description: '修改记录的一页 (a page of change-log entries), newest first' })
export class ChangeLogList extends Paged(ChangeLog, { zh: '修改记录', en: 'entries' }) {}

const show = (v: unknown): string | null => (v === null || v === undefined ? null : Array.isArray(v) ? v.join('、') : v instanceof Date ? v.toISOString() : String(v));

/** The fields whose value differs between two snapshots; `mask` hides personal data in the log itself. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>, mask: FieldMasks = {}): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after)) {
    const a = show(before[field]);
    const b = show(after[field]);
    if (a !== b) changes.push({ field, before: mask[field] ? mask[field]!(before[field]) : a, after: mask[field] ? mask[field]!(after[field]) : b });
  }
  return changes;
}

/** Appends an entry to the change log inside the caller's transaction (nothing when an edit changed nothing). */
export function logChange(tx: EntityManager, identity: Identity, at: Date, entity: string, entityId: string, action: string, changes: FieldChange[]): void {
  if (!changes.length && action === '修改') return;
  tx.create(ChangeLog, { entity, entityId, action, changes, actorName: identity.displayName ?? identity.username, actorId: identity.userId, at });
}
