/**
 * The request context: one EntityManager fork per request (the global one must never be used —
 * MikroORM throws), request-scoped DataLoaders, the caller's identity and the clock.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Identity } from './identity.js';
import type { Clock } from './calendar/index.js';

export interface Context<L = unknown> {
  requestId: string;
  em: EntityManager;
  identity: Identity;
  clock: Clock;
  loaders: L;
  /** The caller's raw `Authorization` header, to forward when this subgraph asks another (subgraph-client.ts). */
  authorization: string | null;
}

export function makeContext<L>(orm: MikroORM, identity: Identity, clock: Clock, createLoaders: (em: EntityManager) => L, authorization: string | null = null): Context<L> {
  const em = orm.em.fork();
  return { requestId: randomUUID(), em, identity, clock, loaders: createLoaders(em), authorization };
}
