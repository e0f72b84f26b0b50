/**
 * The matters of supervision a 回避 can be about, each looked up in supervision's own tables: the agency it is
 * about (which scopes who sees and records the 回避) comes from the matter itself, never from the clerk's input.
 * Every kind of matter has its line here; a kind without one would be refused (PRECONDITION_FAILED) rather than
 * recorded about an unchecked id.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Complaint } from '../complaints/complaint.entity.js';
import { Inspection } from '../inspections/inspection.entity.js';
import { SupervisionNotice } from '../notices/notice.entity.js';
import { SupervisionDecision } from '../decisions/decision.entity.js';
import { Sanction } from '../sanctions/sanction.entity.js';
import { CaseReviewBatch } from '../reviews/review.entity.js';
import { RecusalSubjectType } from './recusal.entity.js';

export interface SubjectFacts {
  agencyId: string;
  /** How the matter is named in messages, e.g. 现场监督“…”. */
  label: string;
}

type Lookup = (em: EntityManager, id: string) => Promise<SubjectFacts | null>;

export const RECUSAL_SUBJECTS: Partial<Record<RecusalSubjectType, Lookup>> = {
  [RecusalSubjectType.INSPECTION]: async (em, id) => {
    const i = await em.findOne(Inspection, { id }, { fields: ['agencyId', 'title'] });
    return i ? { agencyId: i.agencyId, label: `现场监督“${i.title}”` } : null;
  },
  [RecusalSubjectType.COMPLAINT]: async (em, id) => {
    const c = await em.findOne(Complaint, { id }, { fields: ['agencyId', 'number'] });
    return c ? { agencyId: c.agencyId, label: `投诉举报 ${c.number}` } : null;
  },
  [RecusalSubjectType.NOTICE]: async (em, id) => {
    const n = await em.findOne(SupervisionNotice, { id }, { fields: ['agencyId', 'number'] });
    return n ? { agencyId: n.agencyId, label: `行政执法监督通知书 ${n.number}` } : null;
  },
  [RecusalSubjectType.DECISION]: async (em, id) => {
    const d = await em.findOne(SupervisionDecision, { id }, { fields: ['agencyId', 'number'] });
    return d ? { agencyId: d.agencyId, label: `行政执法监督决定书 ${d.number}` } : null;
  },
  [RecusalSubjectType.SANCTION]: async (em, id) => {
    const x = await em.findOne(Sanction, { id }, { fields: ['agencyId', 'number'] });
    return x ? { agencyId: x.agencyId, label: `处理建议书 ${x.number}` } : null;
  },
  [RecusalSubjectType.REVIEW]: async (em, id) => {
    const b = await em.findOne(CaseReviewBatch, { id }, { fields: ['agencyId', 'title'] });
    return b ? { agencyId: b.agencyId, label: `案卷评查“${b.title}”` } : null;
  },
};

export const SUBJECT_LABEL: Record<RecusalSubjectType, string> = {
  COMPLAINT: '投诉举报',
  NOTICE: '行政执法监督通知书',
  REVIEW: '案卷评查',
  INSPECTION: '现场监督',
  SANCTION: '对执法人员的处理',
  DECISION: '行政执法监督决定书',
};
