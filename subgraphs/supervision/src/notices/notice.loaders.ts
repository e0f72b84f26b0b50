/**
 * The loaders of notices and decisions, batched per request and filtered by supervision's one read rule: N
 * notices' links, N cases' notices, N agencies' notices are one statement each, whatever N.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, ChangeLog, groupedLoader, pagedGroupedLoader, type Identity, type Page, type PageArgs } from '@jiandu/kit';
import { supervisionVisibility } from '../access/supervision.access.js';
import { NoticeCase, NoticeComplaint, SupervisionNotice } from './notice.entity.js';
import { SupervisionDecision } from '../decisions/decision.entity.js';

const nonePaged = <T>() => ({ load: async (_k: string, _p: PageArgs): Promise<Page<T>> => ({ items: [], total: 0 }) });
const none = <T>(empty: T) => new DataLoader<string, T>(async (ids) => ids.map(() => empty));

export function noticeLoaders(em: EntityManager, identity: Identity) {
  const notices = supervisionVisibility<SupervisionNotice>(identity);
  const links = supervisionVisibility<NoticeCase>(identity);
  const decisions = supervisionVisibility<SupervisionDecision>(identity);
  return {
    noticeById: notices ? byIdLoader(em, SupervisionNotice, notices) : none<SupervisionNotice | null>(null),
    /** Agency.notices: newest first, one statement for all the agencies of a page. */
    noticesByAgency: notices ? pagedGroupedLoader(em, SupervisionNotice, 'agencyId', [['issuedAt', 'desc'], ['id', 'asc']], notices) : nonePaged<SupervisionNotice>(),
    /** EnforcementCase.notices: the links (carrying the notice's agency, so the read rule applies to them), newest first. */
    noticeLinksByCase: links ? pagedGroupedLoader(em, NoticeCase, 'caseId', [['issuedAt', 'desc'], ['id', 'asc']], links) : nonePaged<NoticeCase>(),
    /** A notice's cases and complaints, in the order given (the notice is readable: its links are). */
    casesOfNotice: groupedLoader(em, NoticeCase, 'noticeId', [{ seq: 'asc' }, { id: 'asc' }]),
    complaintsOfNotice: groupedLoader(em, NoticeComplaint, 'noticeId', [{ seq: 'asc' }, { id: 'asc' }]),
    decisionById: decisions ? byIdLoader(em, SupervisionDecision, decisions) : none<SupervisionDecision | null>(null),
    /** A notice's decisions, oldest first. */
    decisionsOfNotice: groupedLoader(em, SupervisionDecision, 'noticeId', [{ issuedAt: 'asc' }, { id: 'asc' }]),
    /** The change log of notices and decisions, newest first. */
    noticeDecisionChangeLog: pagedGroupedLoader(em, ChangeLog, 'entityId', [['id', 'desc']]),
  };
}
