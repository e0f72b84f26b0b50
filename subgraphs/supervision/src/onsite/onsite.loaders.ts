/**
 * The request's loaders of 现场监督, 回避 and 移送 (`ctx.loaders.onsite`): every list on these records is one
 * statement for all parents of a page, filtered to what the caller may see.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ChangeLog, groupedLoader, pagedGroupedLoader, type Identity, type Page, type PageArgs } from '@jiandu/kit';
import { InspectionEntry } from '../inspections/inspection.entity.js';
import { Recusal, RecusalStatus, RecusalSubjectType } from '../recusals/recusal.entity.js';
import { recusalVisibility } from '../recusals/recusal.service.js';
import { referralDirectory } from '../referrals/referral.personnel.js';

export function onsiteLoaders(em: EntityManager, identity: Identity, personnelUrl: string, authorization: string | null) {
  const visible = recusalVisibility(identity);
  const nonePaged = { load: async (_k: string, _p: PageArgs): Promise<Page<Recusal>> => ({ items: [], total: 0 }) };
  const recusedRows = groupedLoader(em, Recusal, 'subjectId', { id: 'asc' }, { subjectType: RecusalSubjectType.INSPECTION, status: RecusalStatus.IN_EFFECT });
  return {
    /** The change log of an inspection, recusal or referral, newest first (reached only through a record the caller reads). */
    changeLog: pagedGroupedLoader(em, ChangeLog, 'entityId', [['id', 'desc']]),
    /** A page of each inspection's 全过程记录, oldest first (reached only through an inspection the caller reads). */
    entriesByInspection: pagedGroupedLoader(em, InspectionEntry, 'inspectionId', [['seq', 'asc'], ['id', 'asc']]),
    /** A page of each matter's 回避 records the caller may see, newest first. */
    recusalsBySubject: visible ? pagedGroupedLoader(em, Recusal, 'subjectId', [['recordedAt', 'desc'], ['id', 'asc']], visible) : nonePaged,
    /** The supervisors with a 回避 in effect, per inspection. */
    recusedBySubject: {
      load: async (inspectionId: string): Promise<Set<string>> => new Set((await recusedRows.load(inspectionId)).map((r) => r.officerId)),
    },
    /** personnel, asked on the caller's behalf about a referral's agency and officers. */
    referralDirectory: referralDirectory(personnelUrl, authorization),
  };
}
export type OnsiteLoaders = ReturnType<typeof onsiteLoaders>;
