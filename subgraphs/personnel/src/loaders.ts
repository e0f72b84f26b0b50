/**
 * Request-scoped DataLoaders: a list of N officers costs one query for their certificates, one for the
 * certificates' histories and one for their agencies — never one per row (N+1).
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupedLoader, pagedGroupedLoader, type Clock, type Identity } from '@jiandu/kit';
import { SCHEMA } from './orm.js';
import { readableAgencyWhere } from './access/access.rules.js';
import { Agency } from './agencies/agency.entity.js';
import { Officer } from './officers/officer.entity.js';
import { Certificate } from './certificates/certificate.entity.js';
import { CertificateEvent } from './certificates/certificate-event.entity.js';
import { EmploymentChange } from './officers/employment-change.entity.js';
import { ChangeLog } from '@jiandu/kit';
import { QualificationExam, TrainingRecord } from './training/training.entity.js';
import { PersonalDataAccess } from './audit/personal-data-access.entity.js';

export function createLoaders(em: EntityManager, identity: Identity, _clock: Clock) {
  return {
    agencyById: byIdLoader(em, Agency),
    officerById: byIdLoader(em, Officer),
    certificateById: byIdLoader(em, Certificate),
    certificatesByOfficer: groupedLoader(em, Certificate, 'officerId', { issuedOn: 'desc' }),
    historyByCertificate: groupedLoader(em, CertificateEvent, 'certificateId', { effectiveFrom: 'asc', recordedAt: 'asc', seq: 'asc' }),
    /** Contributed lists are paged: a page per parent, one query for all parents (window function). */
    historyPageByCertificate: pagedGroupedLoader(em, CertificateEvent, 'certificateId', [['effectiveFrom', 'asc'], ['recordedAt', 'asc'], ['seq', 'asc']]),
    childrenByAgency: pagedGroupedLoader(em, Agency, 'parentId', [['name', 'asc'], ['id', 'asc']], readableAgencyWhere(identity) as never),
    changesByOfficer: groupedLoader(em, EmploymentChange, 'officerId', { recordedAt: 'desc' }),
    trainingsByOfficer: groupedLoader(em, TrainingRecord, 'officerId', { trainedOn: 'desc' }),
    examsByOfficer: groupedLoader(em, QualificationExam, 'officerId', { examOn: 'desc' }),
    changeLogByRecord: pagedGroupedLoader(em, ChangeLog, 'entityId', [['id', 'desc']]),
    idNumberViewsByOfficer: pagedGroupedLoader(em, PersonalDataAccess, 'officerId', [['viewedAt', 'desc'], ['id', 'asc']]),
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
