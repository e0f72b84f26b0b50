/**
 * Personnel's agency events (DESIGN "Scope", "Events"): every change to the tree is published in the same
 * transaction as the change, so the subgraphs that scope by agency keep their projection in step.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { eventEnvelope, publish, type AgencyChanged, type AgencyFacts, type AgencyMoved, type AgencySnapshot } from '@jiandu/kit';
import { Agency } from './agency.entity.js';

export function agencyFacts(a: Pick<Agency, 'id' | 'parentId' | 'path' | 'name' | 'publishedAt'>): AgencyFacts {
  return { id: a.id, parentId: a.parentId, path: a.path, name: a.name, published: a.publishedAt !== null };
}

export function publishAgencyChanged(tx: EntityManager, at: Date, agency: Agency): Promise<void> {
  return publish<AgencyChanged>(tx, eventEnvelope('personnel', 'agency.changed', at, agencyFacts(agency)));
}

export function publishAgencyMoved(tx: EntityManager, at: Date, moved: AgencyMoved): Promise<void> {
  return publish<AgencyMoved>(tx, eventEnvelope('personnel', 'agency.moved', at, moved));
}

/** The whole tree as one event (a consumer rebuilds its projection from it). One query, one job per consumer. */
export async function publishAgencySnapshot(tx: EntityManager, at: Date): Promise<number> {
  const agencies = await tx.find(Agency, {}, { fields: ['id', 'parentId', 'path', 'name', 'publishedAt'], orderBy: { path: 'asc' } });
  await publish<AgencySnapshot>(tx, eventEnvelope('personnel', 'agency.snapshot', at, { agencies: agencies.map(agencyFacts) }));
  return agencies.length;
}
