import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, env, pagedGroupedLoader, type Clock, type Identity, type Page, type PageArgs } from '@jiandu/kit';
import { Complaint } from './complaints/complaint.entity.js';
import { complaintVisibility } from './complaints/complaint.scope.js';
import { personnelDirectory } from './complaints/complaint.personnel.js';
import { casesDirectory } from './external/cases.client.js';
import { complaintDetailLoaders } from './complaints/complaint.loaders.js';
import { sanctionLoaders } from './sanctions/sanction.loaders.js';
import { noticeLoaders } from './notices/notice.loaders.js';
import { onsiteLoaders } from './onsite/onsite.loaders.js';
import { reviewLoaders } from './reviews/review.loaders.js';
import { opinionLoaders } from './opinions/opinion.loaders.js';

/** Batched per request: N officers' complaints are one query, filtered to what the caller may see. */
export function createLoaders(em: EntityManager, identity: Identity, clock?: Clock, authorization: string | null = null) {
  return loadersFor(env().subgraphUrls.personnel, env().subgraphUrls.cases)(em, identity, clock, authorization);
}

/** The loaders of a supervision that asks personnel at `personnelUrl` and cases at `casesUrl` (tests pass their own). */
export const loadersFor = (personnelUrl: string, casesUrl = env().subgraphUrls.cases) => (em: EntityManager, identity: Identity, _clock?: Clock, authorization: string | null = null) => {
  const visible = complaintVisibility(identity);
  const none = <T>(empty: T) => new DataLoader<string, T>(async (ids) => ids.map(() => empty));
  const nonePaged = { load: async (_k: string, _p: PageArgs): Promise<Page<Complaint>> => ({ items: [], total: 0 }) };
  return {
    /** A page of each officer's (agency's) complaints, newest first: one query for all officers of a page. */
    complaintsByOfficer: visible ? pagedGroupedLoader(em, Complaint, 'officerId', [['receivedAt', 'desc'], ['id', 'asc']], visible) : nonePaged,
    complaintsByAgency: visible ? pagedGroupedLoader(em, Complaint, 'agencyId', [['receivedAt', 'desc'], ['id', 'asc']], visible) : nonePaged,
    complaintById: visible ? byIdLoader(em, Complaint, visible) : none<Complaint | null>(null),
    /** Personnel, asked on the caller's behalf (his token forwarded). */
    personnel: personnelDirectory(personnelUrl, authorization),
    /** Cases, asked on the caller's behalf (his token forwarded): a case's facts, pending 复议/诉讼. */
    cases: casesDirectory(casesUrl, authorization),
    /** The complaint workflow: steps, change log, EnforcementCase.complaints, who reads the complainant, repeat counts. */
    complaintDetails: complaintDetailLoaders(em, identity),
    /** Sanctions on officers (004 第三十三条): by id, by officer, their change log; personnel asked about the officer. */
    sanctions: sanctionLoaders(em, identity, personnelUrl, authorization),
    /** Notices and decisions (004 第二十三条 – 第二十五条), under the same read rule. */
    ...noticeLoaders(em, identity),
    /** 现场监督, 回避 and 移送 (004 第二十一条, 第二十二条, 第三十一条). */
    onsite: onsiteLoaders(em, identity, personnelUrl, authorization),
    /** 案卷评查: batches, reviewed cases, sheets, criteria; cases and personnel asked on the caller's behalf. */
    reviews: reviewLoaders(em, identity, { cases: casesUrl, personnel: personnelUrl }, authorization),
    /** 监督意见书 of a batch. */
    opinions: opinionLoaders(em, identity),
  };
};
export type Loaders = ReturnType<typeof createLoaders>;
