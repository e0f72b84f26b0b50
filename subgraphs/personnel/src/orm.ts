import { createOrm, type MikroORM } from '@jiandu/kit';
import { Agency } from './agencies/agency.entity.js';
import { AgencyTreeRevision } from './agencies/agency-revision.entity.js';
import { Officer } from './officers/officer.entity.js';
import { Certificate } from './certificates/certificate.entity.js';
import { CertificateEvent } from './certificates/certificate-event.entity.js';
import { UserAccount } from './accounts/account.entity.js';
import { EmploymentChange } from './officers/employment-change.entity.js';
import { QualificationExam, TrainingRecord } from './training/training.entity.js';
import { PersonalDataAccess } from './audit/personal-data-access.entity.js';
import { PolicyOverride } from './policies/policy.entity.js';
import { ChangeLog, ProcessedEvent } from '@jiandu/kit';
import { CalendarYear } from './calendar/calendar-year.entity.js';
import { CalendarPackage } from './calendar/calendar-package.entity.js';
import { migrations } from './migrations/index.js';

/** The PostgreSQL schema personnel owns; no other subgraph reads it. */
export const SCHEMA = 'personnel';
export const entities = [Agency, AgencyTreeRevision, Officer, Certificate, CertificateEvent, UserAccount, EmploymentChange, TrainingRecord, QualificationExam, PersonalDataAccess, PolicyOverride, ChangeLog, CalendarYear, CalendarPackage, ProcessedEvent];

export function createPersonnelOrm(databaseUrl: string): Promise<MikroORM> {
  return createOrm({ schema: SCHEMA, databaseUrl, entities, migrations });
}
