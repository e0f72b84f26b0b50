/**
 * The matters of supervision a 回避 can be about, each looked up in supervision's own tables: the agency it is
 * about (which scopes who sees and records the 回避) comes from the matter itself, never from the clerk's input.
 * A branch that adds a kind of matter (notices, decisions, reviews, sanctions) adds its one line here; until
 * then a 回避 about that kind is refused (PRECONDITION_FAILED) rather than recorded about an unchecked id.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Complaint } from '../complaints/complaint.entity.js';
import { Inspection } from '../inspections/inspection.entity.js';
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
};

export const SUBJECT_LABEL: Record<RecusalSubjectType, string> = {
  COMPLAINT: '投诉举报',
  NOTICE: '行政执法监督通知书',
  REVIEW: '案卷评查',
  INSPECTION: '现场监督',
  SANCTION: '对执法人员的处理',
  DECISION: '行政执法监督决定书',
};
