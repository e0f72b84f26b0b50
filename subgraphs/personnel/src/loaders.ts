/**
 * Request-scoped DataLoaders: a list of N officers costs one query for their certificates, one for the
 * certificates' histories and one for their agencies — never one per row (N+1).
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHEMA } from './orm.js';
import { Agency } from './agencies/agency.entity.js';
import { Officer } from './officers/officer.entity.js';
import { Certificate } from './certificates/certificate.entity.js';
import { CertificateEvent } from './certificates/certificate-event.entity.js';
import { EmploymentChange } from './officers/employment-change.entity.js';
import { ChangeLog } from './audit/change-log.entity.js';
import { QualificationExam, TrainingRecord } from './training/training.entity.js';

function byId<T extends { id: string }>(em: EntityManager, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity as never, { id: { $in: [...ids] } } as never);
    const map = new Map((rows as T[]).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function groupBy<T, K extends keyof T>(em: EntityManager, entity: new () => T, key: K, orderBy: Record<string, 'asc' | 'desc'>) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = (await em.find(entity as never, { [key]: { $in: [...keys] } } as never, { orderBy } as never)) as T[];
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const k = String(r[key]);
      map.set(k, [...(map.get(k) ?? []), r]);
    }
    return keys.map((k) => map.get(k) ?? []);
  });
}

export function createLoaders(em: EntityManager) {
  return {
    agencyById: byId(em, Agency),
    officerById: byId(em, Officer),
    certificateById: byId(em, Certificate),
    certificatesByOfficer: groupBy(em, Certificate, 'officerId', { issuedOn: 'desc' }),
    historyByCertificate: groupBy(em, CertificateEvent, 'certificateId', { effectiveFrom: 'asc', recordedAt: 'asc' }),
    childrenByAgency: groupBy(em, Agency, 'parentId', { name: 'asc' }),
    changesByOfficer: groupBy(em, EmploymentChange, 'officerId', { recordedAt: 'desc' }),
    trainingsByOfficer: groupBy(em, TrainingRecord, 'officerId', { trainedOn: 'desc' }),
    examsByOfficer: groupBy(em, QualificationExam, 'officerId', { examOn: 'desc' }),
    changeLogByRecord: groupBy(em, ChangeLog, 'entityId', { id: 'desc' }),
    officerCountByAgency: new DataLoader<string, number>(async (ids) => {
      const rows: { agency_id: string; n: string }[] = await em
        .getConnection()
        .execute(`select agency_id, count(*) as n from ${SCHEMA}.officer where agency_id in (${ids.map(() => '?').join(', ')}) group by agency_id`, [...ids]);
      const map = new Map(rows.map((r) => [r.agency_id, Number(r.n)]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
