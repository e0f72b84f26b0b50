import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@jiandu/kit';
import { ChangeLog, type FieldChange } from './change-log.entity.js';

const show = (v: unknown): string | null => (v === null || v === undefined ? null : Array.isArray(v) ? v.join('、') : v instanceof Date ? v.toISOString() : String(v));

/** The fields whose value differs between two snapshots; `mask` hides personal data in the log itself. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>, mask: Record<string, (v: unknown) => string | null> = {}): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after)) {
    const a = show(before[field]);
    const b = show(after[field]);
    if (a !== b) changes.push({ field, before: mask[field] ? mask[field]!(before[field]) : a, after: mask[field] ? mask[field]!(after[field]) : b });
  }
  return changes;
}

/** Appends an entry to the change log inside the caller's transaction (nothing when nothing changed). */
export function logChange(tx: EntityManager, identity: Identity, at: Date, entity: string, entityId: string, action: string, changes: FieldChange[]): void {
  if (!changes.length && action === '修改') return;
  tx.create(ChangeLog, { entity, entityId, action, changes, actorName: identity.displayName ?? identity.username, actorId: identity.userId, at });
}
