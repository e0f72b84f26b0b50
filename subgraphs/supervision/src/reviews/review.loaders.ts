/**
 * The per-request loaders of 案卷评查: every contributed list and nested field is one statement per page asked,
 * whatever the number of parents (EnforcementCase.fileReviews, Agency.reviews, a batch's cases and sheets).
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, ChangeLog, groupedLoader, pagedGroupedLoader, type Identity, type Page, type PageArgs } from '@jiandu/kit';
import { CaseFileReview, CaseReviewBatch, ReviewCriteriaSet, ReviewSheet } from './review.entity.js';
import { batchVisibility, fileReviewVisibility } from './review.service.js';
import { reviewDirectory } from './review.clients.js';

export function reviewLoaders(em: EntityManager, identity: Identity, urls: { cases: string; personnel: string }, authorization: string | null) {
  const batches = batchVisibility(identity);
  const files = fileReviewVisibility(identity);
  const nonePaged = { load: async (_k: string, _p: PageArgs): Promise<Page<CaseFileReview>> => ({ items: [], total: 0 }) };
  const order: [keyof CaseFileReview & string, 'asc' | 'desc'][] = [['createdAt', 'desc'], ['id', 'asc']];
  return {
    /** cases and personnel, asked on the caller's behalf (his token forwarded). */
    directory: reviewDirectory(urls.cases, urls.personnel, authorization),
    /** A batch the caller may read (null otherwise). */
    batchById: batches ? byIdLoader(em, CaseReviewBatch, batches) : new DataLoader<string, CaseReviewBatch | null>(async (ids) => ids.map(() => null)),
    /** Internal: the criteria version of a reviewed case's batch, to compute its outcome (not shown as the batch). */
    anyBatchById: byIdLoader(em, CaseReviewBatch),
    criteriaByVersion: new DataLoader<number, ReviewCriteriaSet | null>(async (versions) => {
      const rows = await em.find(ReviewCriteriaSet, { version: { $in: [...versions] } });
      return versions.map((v) => rows.find((r) => r.version === v) ?? null);
    }),
    /** A batch's sampled cases, in drawing order. */
    filesByBatch: groupedLoader(em, CaseFileReview, 'batchId', [{ position: 'asc' }, { id: 'asc' }]),
    /** A reviewed case's sheets, one per reviewer not recused. */
    sheetsByFile: groupedLoader(em, ReviewSheet, 'reviewId', [{ reviewerName: 'asc' }, { id: 'asc' }]),
    /** EnforcementCase.fileReviews and Agency.reviews: newest first, readable ones only, one statement per page asked. */
    filesByCase: files ? pagedGroupedLoader(em, CaseFileReview, 'caseId', order, files) : nonePaged,
    filesByAgency: files ? pagedGroupedLoader(em, CaseFileReview, 'agencyId', order, files) : nonePaged,
    changeLogByRecord: pagedGroupedLoader(em, ChangeLog, 'entityId', [['id', 'desc']]),
  };
}
