/**
 * Loads personnel's part of seed 000 once, idempotently (rows that exist are left as they are): the
 * agency, its 15 officers and their certificates (000 附件2), and in development the demo accounts.
 *
 * The source lists names, region, field and certificate number but no dates: the demo takes the date of
 * the notice (2022-12-05) as issue date and a validity of 5 years — a policy value (DESIGN "Rules are data").
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD, DEMO_SUPERVISORS, DEMO_USERS, loadSeed000, seedIds, type Role } from '@jiandu/kit';
import { Agency, AgencyLevel } from '../agencies/agency.entity.js';
import { Officer, Duty } from '../officers/officer.entity.js';
import { Certificate, CertificateKind } from '../certificates/certificate.entity.js';
import { CertificateEvent, CertificateEventKind } from '../certificates/certificate-event.entity.js';
import { UserAccount } from '../accounts/account.entity.js';
import { hashPassword } from '../accounts/account.service.js';
import { publishAgencySnapshot } from '../agencies/agency.events.js';

const SEED_ISSUED_ON = '2022-12-05';
const SEED_VALID_UNTIL = '2027-12-04';
const LEVELS: Record<string, AgencyLevel> = { 自治区: AgencyLevel.REGION, 州: AgencyLevel.PREFECTURE, 市: AgencyLevel.PREFECTURE, 县: AgencyLevel.COUNTY, 乡镇: AgencyLevel.TOWNSHIP };

export interface SeedResult {
  agencies: number;
  officers: number;
  certificates: number;
  users: number;
}

/**
 * `demoSupervisors` (development only: SEED_DEMO and not NODE_ENV=test, whose tests count the seed's 15 officers) adds
 * the two demo 执法监督人员 of kit's DEMO_SUPERVISORS and links the accounts `supervisor`/`supervisor2` to them.
 */
export async function seedPersonnel(em: EntityManager, now: Date, opts: { demoUsers: boolean; demoSupervisors?: boolean }): Promise<SeedResult> {
  const seed = loadSeed000();
  const created: SeedResult = { agencies: 0, officers: 0, certificates: 0, users: 0 };
  await em.transactional(async (tx) => {
    const agencyId = seedIds.agency(seed.agency.name);
    if (!(await tx.findOne(Agency, { id: agencyId }))) {
      tx.create(Agency, {
        id: agencyId,
        name: seed.agency.name,
        level: LEVELS[seed.agency.level] ?? AgencyLevel.REGION,
        parentId: null,
        path: `/${agencyId}/`,
        region: '全疆',
        fields: [...new Set(seed.officers.map((o) => o.field))],
        enforcementUnit: seed.agency.enforcementUnit,
        supervisionUnit: seed.agency.supervisionUnit,
        supervisionPhone: seed.agency.supervisionPhone,
        qualificationConfirmedAt: new Date(`${SEED_ISSUED_ON}T00:00:00+08:00`),
        qualificationConfirmedBy: '000 通知：附件1 执法事项清单、附件2 执法人员清单（2022-12-05 公布）',
        publishedAt: new Date(`${SEED_ISSUED_ON}T00:00:00+08:00`),
        createdAt: now,
        updatedAt: now,
      });
      created.agencies++;
    }
    const existingOfficers = new Set((await tx.find(Officer, { agencyId }, { fields: ['id'] })).map((o) => o.id));
    const existingCerts = new Set((await tx.find(Certificate, { number: { $in: seed.officers.map((o) => o.certificateNumber) } }, { fields: ['number'] })).map((c) => c.number));
    for (const o of seed.officers) {
      const officerId = seedIds.officer(o.certificateNumber);
      if (!existingOfficers.has(officerId)) {
        tx.create(Officer, {
          id: officerId,
          name: o.name,
          agencyId,
          listSeq: o.seq,
          region: o.region,
          fields: [o.field],
          duties: [Duty.ENFORCEMENT],
          createdAt: now,
          updatedAt: now,
        });
        created.officers++;
      }
      if (!existingCerts.has(o.certificateNumber)) {
        const certificateId = seedIds.certificate(o.certificateNumber);
        tx.create(Certificate, {
          id: certificateId,
          number: o.certificateNumber,
          kind: CertificateKind.ENFORCEMENT,
          officerId,
          fields: [o.field],
          region: o.region,
          issuedOn: SEED_ISSUED_ON,
          validUntil: SEED_VALID_UNTIL,
          createdAt: now,
          updatedAt: now,
        });
        tx.create(CertificateEvent, {
          id: seedIds.certificate(`${o.certificateNumber}#issued`),
          certificateId,
          kind: CertificateEventKind.ISSUED,
          effectiveFrom: new Date(`${SEED_ISSUED_ON}T00:00:00+08:00`),
          validUntilAfter: SEED_VALID_UNTIL,
          // The source records no review history, so no 年审 is scheduled until one is recorded.
          reviewDueOn: null,
          reason: '公示名单载明的行政执法证',
          basis: '000 附件2（执法人员清单，2022-12-05 公布）',
          actorName: '数据导入',
          recordedAt: now,
        });
        created.certificates++;
      }
    }
    if (opts.demoSupervisors) {
      for (const d of DEMO_SUPERVISORS) {
        const officerId = seedIds.officer(d.certificateNumber);
        if (!(await tx.findOne(Officer, { id: officerId }))) {
          tx.create(Officer, {
            id: officerId, name: d.name, agencyId, post: seed.agency.supervisionUnit, region: '全疆', fields: ['执法监督'], duties: [Duty.SUPERVISION], createdAt: now, updatedAt: now,
          });
          created.officers++;
        }
        const certificateId = seedIds.certificate(d.certificateNumber);
        if (!(await tx.findOne(Certificate, { id: certificateId }))) {
          tx.create(Certificate, {
            id: certificateId, number: d.certificateNumber, kind: CertificateKind.SUPERVISION, officerId, fields: ['执法监督'], region: '全疆',
            issuedOn: SEED_ISSUED_ON, validUntil: SEED_VALID_UNTIL, createdAt: now, updatedAt: now,
          });
          tx.create(CertificateEvent, {
            id: seedIds.certificate(`${d.certificateNumber}#issued`), certificateId, kind: CertificateEventKind.ISSUED, effectiveFrom: new Date(`${SEED_ISSUED_ON}T00:00:00+08:00`),
            validUntilAfter: SEED_VALID_UNTIL, reviewDueOn: null, reason: '演示数据：行政执法监督证（004 第二十条）', basis: '演示数据（开发环境）', actorName: '数据导入', recordedAt: now,
          });
          created.certificates++;
        }
      }
    }
    if (opts.demoUsers) {
      const hash = await hashPassword(DEMO_PASSWORD);
      for (const u of DEMO_USERS) {
        const id = seedIds.user(u.username);
        const supervisorSeq = 'supervisorSeq' in u ? u.supervisorSeq : null;
        const supervisor = opts.demoSupervisors && supervisorSeq ? DEMO_SUPERVISORS.find((d) => d.seq === supervisorSeq) : undefined;
        const existing = await tx.findOne(UserAccount, { id });
        if (existing) {
          // an account seeded before the demo supervisors existed is linked to his officer record once
          if (supervisor && !existing.officerId) existing.officerId = seedIds.officer(supervisor.certificateNumber);
          continue;
        }
        const officer = u.officerSeq ? seed.officers.find((o) => o.seq === u.officerSeq) : undefined;
        tx.create(UserAccount, {
          id,
          username: u.username,
          passwordHash: hash,
          displayName: u.displayName,
          roles: [...u.roles] as Role[],
          agencyId: u.scoped ? agencyId : null,
          officerId: officer ? seedIds.officer(officer.certificateNumber) : supervisor ? seedIds.officer(supervisor.certificateNumber) : null,
          createdAt: now,
        });
        created.users++;
      }
    }
    // The subgraphs that scope by agency build their projection from personnel's events, not from a copied list.
    if (created.agencies > 0) {
      await tx.flush();
      await publishAgencySnapshot(tx, now);
    }
  });
  return created;
}
