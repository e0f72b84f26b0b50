/**
 * Personnel's agency events (DESIGN "Scope", "Events"): every change to the tree is published in the same
 * transaction as the change, so the subgraphs that scope by agency keep their projection in step. Each
 * carries the tree revision the change took (`nextTreeRevision`).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { eventEnvelope, publish, type AgencyChanged, type AgencyFacts, type AgencyMoved, type AgencySnapshot } from '@jiandu/kit';
import { Agency } from './agency.entity.js';
import { SCHEMA } from '../orm.js';

export function agencyFacts(a: Pick<Agency, 'id' | 'parentId' | 'path' | 'name' | 'publishedAt' | 'qualificationConfirmedAt'>): AgencyFacts {
  return { id: a.id, parentId: a.parentId, path: a.path, name: a.name, published: a.publishedAt !== null, confirmed: a.qualificationConfirmedAt !== null };
}

/**
 * Takes the next tree revision: the first statement of every transaction that changes the tree. The row lock
 * it takes is held to the commit, so changes to the tree run one after another (a move reads the paths its
 * predecessor committed) and revisions, gap-free, follow the commit order (a rolled-back change gives its
 * revision back).
 */
export async function nextTreeRevision(tx: EntityManager): Promise<number> {
  const [row] = await tx.getConnection().execute<{ rev: number }[]>(
    `insert into ${SCHEMA}.agency_tree_revision as r (id, rev) values (1, 1) on conflict (id) do update set rev = r.rev + 1 returning rev`,
    [],
    'all',
    tx.getTransactionContext(),
  );
  return Number(row!.rev);
}

export function publishAgencyChanged(tx: EntityManager, at: Date, rev: number, agency: Agency): Promise<void> {
  return publish<AgencyChanged>(tx, eventEnvelope('personnel', 'agency.changed', at, { ...agencyFacts(agency), rev }));
}

export function publishAgencyMoved(tx: EntityManager, at: Date, rev: number, agency: Agency, oldPath: string): Promise<void> {
  return publish<AgencyMoved>(tx, eventEnvelope('personnel', 'agency.moved', at, { ...agencyFacts(agency), rev, oldPath, newPath: agency.path }));
}

/** The whole tree as one event (a consumer rebuilds its projection from it). One query, one job per consumer. */
export async function publishAgencySnapshot(tx: EntityManager, at: Date): Promise<number> {
  const rev = await nextTreeRevision(tx);
  const agencies = await tx.find(Agency, {}, { fields: ['id', 'parentId', 'path', 'name', 'publishedAt', 'qualificationConfirmedAt'], orderBy: { path: 'asc' } });
  await publish<AgencySnapshot>(tx, eventEnvelope('personnel', 'agency.snapshot', at, { rev, agencies: agencies.map(agencyFacts) }));
  return agencies.length;
}
