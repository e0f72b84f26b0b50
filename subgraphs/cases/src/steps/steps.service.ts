/**
 * `caseSteps(caseIds)`: the recorded steps of many cases in one question — for supervision's 案卷评查 (003 第15条:
 * 市司法局每季度开展一次案卷抽查), which checks each step's officer against personnel's certificate history. Asked
 * with the caller's token: every id must be a case he may read (NOT_FOUND otherwise — the question fails rather
 * than answering for part). Four statements, whatever the number of cases: cases, handlers, transitions, entries.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkId, DomainError, ErrorCode, notFound, requireLogin, type Identity } from '@jiandu/kit';
import { CaseHandler, CaseTransition, EnforcementCase } from '../cases/case.entity.js';
import { readableCasesWhere } from '../cases/case.access.js';
import { CaseRecordEntry } from '../record/record.entity.js';
import { assembleSteps } from './steps.rules.js';
import { CaseSteps } from './steps.types.js';

/** At most this many cases per `caseSteps` question. */
export const MAX_STEP_CASES = 100;

export async function caseSteps(em: EntityManager, identity: Identity, caseIds: readonly string[]): Promise<CaseSteps[]> {
  requireLogin(identity);
  if (caseIds.length > MAX_STEP_CASES) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `一次最多查询 ${MAX_STEP_CASES} 个案件，请分批查询`, { field: 'caseIds', max: MAX_STEP_CASES });
  }
  const ids = [...new Set(caseIds.map((id) => checkId(id, '案件')))];
  if (!ids.length) return [];
  const readable = readableCasesWhere(identity);
  const cases = readable ? await em.find(EnforcementCase, { $and: [{ id: { $in: ids } }, readable] }, { fields: ['id', 'number', 'agencyId', 'field'] }) : [];
  const byId = new Map(cases.map((c) => [c.id, c]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing) throw notFound('案件', missing);
  const [handlers, transitions, records] = await Promise.all([
    em.find(CaseHandler, { caseId: { $in: ids } }, { fields: ['caseId', 'officerId', 'lead', 'assignedAt'], orderBy: [{ lead: 'desc' }, { assignedAt: 'asc' }, { id: 'asc' }] }),
    em.find(CaseTransition, { caseId: { $in: ids } }, { orderBy: [{ at: 'asc' }, { caseVersion: 'asc' }, { id: 'asc' }] }),
    em.find(CaseRecordEntry, { caseId: { $in: ids } }, { fields: ['caseId', 'seq', 'stage', 'kind', 'recordedAt', 'officerId', 'actorName'], orderBy: [{ caseId: 'asc' }, { seq: 'asc' }] }),
  ]);
  return ids.map((id) => {
    const c = byId.get(id)!;
    return Object.assign(new CaseSteps(), {
      caseId: id,
      number: c.number,
      agencyId: c.agencyId,
      field: c.field,
      handlerIds: [...new Set(handlers.filter((h) => h.caseId === id).map((h) => h.officerId))],
      steps: assembleSteps(transitions.filter((t) => t.caseId === id), records.filter((r) => r.caseId === id)),
    });
  });
}
