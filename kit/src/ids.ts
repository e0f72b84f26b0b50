import { createHash, randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from './errors.js';

/**
 * A UUID derived from a name (RFC 4122 version 5 layout over SHA-1). Seed data of different subgraphs
 * must agree on the id of the same agency without reading each other's tables, so seeded ids are
 * derived from stable natural keys (e.g. the agency's name).
 */
export function stableId(namespace: string, key: string): string {
  const h = createHash('sha1').update(`jiandu:${namespace}:${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

export const newId = (): string => randomUUID();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);

/** Validates an id argument before it reaches PostgreSQL (a malformed uuid is the caller's mistake, not a crash). */
export function checkId(id: string, what = '记录'): string {
  if (!isUuid(id)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${what}编号格式不正确：${id}`, { field: 'id' });
  return id;
}
