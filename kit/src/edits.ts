/**
 * Lock-and-version, one way for every command that edits a record: the row is locked for the rest of the
 * transaction (`select … for update`, so concurrent commands on one record take turns and a rule checked
 * after the lock still holds at commit), and the version the clerk saw must be the version stored (so an
 * edit based on a stale screen is refused, not silently applied over someone else's).
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, notFound } from './errors.js';
import { checkId } from './ids.js';
import { toLocalDate } from './calendar/index.js';
import { ChangeLog } from './change-log.js';

/** 2026-11-30T02:05:00Z → 2026-11-30 10:05 (China time), for a message. */
const chinaTime = (d: Date) => `${toLocalDate(d)} ${new Date(d.getTime() + 8 * 3600_000).toISOString().slice(11, 16)}`;

type Ctor<T> = new (...args: never[]) => T;

export interface LockOptions<T> {
  /** What the record is, in the clerk's words: 执法人员, 证件 … */
  what: string;
  /** Whether the caller may see the record; one he may not see is NOT_FOUND, like one that does not exist. */
  visible?: (row: T) => boolean | Promise<boolean>;
  /** A name for the record in the message (e.g. the officer's name or the certificate number). */
  label?: (row: T) => string;
  /**
   * The record's kind in the change log (`logChange(…, 'Officer', …)`), when the subgraph keeps one: a stale
   * edit is then told who made the change it missed, and what it was.
   */
  logAs?: string;
}

/** Who made the newest change, and what it was, for the message (e.g. `被管理局管理员修改`). */
export interface LastChange {
  actorName: string | null;
  action: string;
}

/** The refusal of an edit based on version `expected` when the record is at `actual`. */
export function staleVersion(what: string, expected: number, actual: number, label?: string, changedAt?: Date, last?: LastChange | null): DomainError {
  const name = label ? `${what}“${label}”` : `该${what}`;
  const when = changedAt ? `于 ${chinaTime(changedAt)} ` : '';
  const how = last ? `被${last.actorName ?? '他人'}${last.action}` : '被他人修改';
  return new DomainError(
    ErrorCode.CONCURRENT_MODIFICATION,
    `${name}已${when}${how}（您看到的是第 ${expected} 版，现为第 ${actual} 版），请刷新后重新操作`,
    { expectedVersion: expected, actualVersion: actual },
  );
}

/**
 * Locks record `id` of `entity` inside transaction `tx` and checks that it is still at `version`.
 * NOT_FOUND when it does not exist or the caller may not see it; CONCURRENT_MODIFICATION when it changed.
 */
export async function lockForEdit<T extends { id: string; version: number }>(
  tx: EntityManager,
  entity: Ctor<T>,
  id: string,
  version: number,
  o: LockOptions<T>,
): Promise<T> {
  checkId(id, o.what);
  const row = (await tx.findOne(entity as never, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE } as never)) as T | null;
  if (!row || (o.visible && !(await o.visible(row)))) throw notFound(o.what, id);
  if (row.version !== version) {
    const changedAt = (row as { updatedAt?: unknown }).updatedAt;
    const last = o.logAs ? await tx.findOne(ChangeLog, { entity: o.logAs, entityId: id }, { orderBy: { id: 'desc' } }) : null;
    throw staleVersion(o.what, version, row.version, o.label?.(row), changedAt instanceof Date ? changedAt : undefined, last);
  }
  return row;
}
