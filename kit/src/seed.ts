/**
 * The demo data published in seed 000 (附件1: the matters; 附件2: the officers), copied into the repo at
 * `data/seed-000.json` so no process reads ../shared at run time. Each subgraph loads its own part.
 */
import fs from 'node:fs';
import { stableId } from './ids.js';

export interface Seed000 {
  source: string;
  agency: { name: string; level: string; enforcementUnit: string; supervisionUnit: string; supervisionPhone: string };
  officers: { seq: number; name: string; region: string; field: string; certificateNumber: string }[];
  matters: { seq: number; category: string; unit: string; name: string; legalBasis: string }[];
}

export function loadSeed000(): Seed000 {
  // kit/src/seed.ts and kit/dist/seed.js both sit two levels below the repository root.
  return JSON.parse(fs.readFileSync(new URL('../../data/seed-000.json', import.meta.url), 'utf8')) as Seed000;
}

/** Ids every subgraph derives alike for the seeded agency, officers and certificates. */
export const seedIds = {
  agency: (name: string) => stableId('agency', name),
  officer: (certificateNumber: string) => stableId('officer', certificateNumber),
  certificate: (number: string) => stableId('certificate', number),
  matter: (agencyName: string, seq: number) => stableId('matter', `${agencyName}#${seq}`),
  user: (username: string) => stableId('user', username),
};

/** The demo accounts (development only, SEED_DEMO): one per role of DESIGN "Who uses it". */
export const DEMO_PASSWORD = 'Jiandu@2026';
export const DEMO_USERS = [
  { username: 'sysadmin', displayName: '系统管理员', roles: ['SYSTEM_ADMIN'], scoped: false, officerSeq: null },
  { username: 'certadmin', displayName: '司法局证件管理员', roles: ['CERT_ADMIN'], scoped: false, officerSeq: null },
  { username: 'agencyadmin', displayName: '机关事务管理局执法部门管理员', roles: ['AGENCY_ADMIN'], scoped: true, officerSeq: null },
  { username: 'supervisor', displayName: '执法监督人员', roles: ['SUPERVISOR'], scoped: true, officerSeq: null, supervisorSeq: 1 },
  { username: 'reviewer', displayName: '法制审核人员', roles: ['LEGAL_REVIEWER'], scoped: true, officerSeq: null },
  { username: 'officer', displayName: '潘铤', roles: ['OFFICER'], scoped: true, officerSeq: 1 },
  // A case needs two handlers (001): the second officer's account.
  { username: 'officer2', displayName: '姚建军', roles: ['OFFICER'], scoped: true, officerSeq: 2 },
  // On-site supervision needs two 执法监督人员 (004 第二十二条): the second supervisor's account.
  { username: 'supervisor2', displayName: '执法监督人员（二）', roles: ['SUPERVISOR'], scoped: true, officerSeq: null, supervisorSeq: 2 },
] as const;

/**
 * The demo 执法监督人员 (development only, SEED_DEMO and not NODE_ENV=test): officer records of the seed agency with
 * duty SUPERVISION in its 政策法规处 (seed 000's supervisionUnit), each holding a 行政执法监督证 valid through the
 * seed's validity; the accounts `supervisor` and `supervisor2` are linked to them (`supervisorSeq`).
 */
export const DEMO_SUPERVISORS = [
  { seq: 1, name: '马文华', certificateNumber: 'JD6523000001' },
  { seq: 2, name: '李建新', certificateNumber: 'JD6523000002' },
] as const;
