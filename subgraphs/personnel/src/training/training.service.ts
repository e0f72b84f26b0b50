import type { EntityManager } from '@mikro-orm/postgresql';
import { checkId, InputProblems, isAfter, isLocalDate, newId, notFound, requireRole, toLocalDate, type Clock, type Identity } from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { canKeepRecordsOf } from '../access/access.rules.js';
import { Officer } from '../officers/officer.entity.js';
import { QualificationExam, TrainingRecord } from './training.entity.js';
import type { ExamInput, TrainingInput } from './training.inputs.js';

/** An officer whose records the caller keeps (access.rules.ts `canKeepRecordsOf`); NOT_FOUND otherwise. */
async function officerInScope(em: EntityManager, identity: Identity, officerId: string): Promise<Officer> {
  checkId(officerId, '执法人员');
  const officer = await em.findOne(Officer, { id: officerId });
  if (!officer) throw notFound('执法人员', officerId);
  const agency = await em.findOneOrFail(Agency, { id: officer.agencyId });
  if (!canKeepRecordsOf(identity, agency)) throw notFound('执法人员', officerId);
  return officer;
}

/** 003 第3条: training records by type and hours, entered by the agency or the justice bureau. */
export async function recordTraining(em: EntityManager, identity: Identity, clock: Clock, input: TrainingInput): Promise<TrainingRecord> {
  requireRole(identity, 'AGENCY_ADMIN', 'CERT_ADMIN');
  const today = toLocalDate(clock.now());
  const p = new InputProblems();
  p.check(!!input.title?.trim() && input.title.trim().length <= 200, 'title', '请填写培训名称（不超过 200 字）');
  p.check(isLocalDate(input.trainedOn), 'trainedOn', '培训日期格式应为 YYYY-MM-DD');
  if (isLocalDate(input.trainedOn)) p.check(!isAfter(input.trainedOn, today), 'trainedOn', '培训日期不能晚于今天');
  p.check(Number.isFinite(input.hours) && input.hours >= 0.5 && input.hours <= 100, 'hours', '学时应在 0.5 到 100 之间');
  p.throwIfAny();
  const officer = await officerInScope(em, identity, input.officerId);
  const record = em.create(TrainingRecord, {
    id: newId(),
    officerId: officer.id,
    type: input.type,
    title: input.title.trim(),
    provider: input.provider?.trim() || null,
    trainedOn: input.trainedOn,
    hours: Math.round(input.hours * 10) / 10,
    recordedBy: identity.displayName ?? identity.username,
    recordedAt: clock.now(),
  });
  await em.flush();
  return record;
}

/** 003 第4条: the qualification exam record that issuing a certificate requires. */
export async function recordExam(em: EntityManager, identity: Identity, clock: Clock, input: ExamInput): Promise<QualificationExam> {
  requireRole(identity, 'CERT_ADMIN', 'AGENCY_ADMIN');
  const today = toLocalDate(clock.now());
  const p = new InputProblems();
  p.check(!!input.examName?.trim(), 'examName', '请填写考试名称');
  p.check(isLocalDate(input.examOn), 'examOn', '考试日期格式应为 YYYY-MM-DD');
  if (isLocalDate(input.examOn)) p.check(!isAfter(input.examOn, today), 'examOn', '考试日期不能晚于今天');
  if (input.score != null) p.check(input.score >= 0 && input.score <= 100, 'score', '成绩应在 0 到 100 之间');
  p.throwIfAny();
  const officer = await officerInScope(em, identity, input.officerId);
  const exam = em.create(QualificationExam, {
    id: newId(),
    officerId: officer.id,
    examName: input.examName.trim(),
    examOn: input.examOn,
    score: input.score ?? null,
    passed: input.passed,
    recordedBy: identity.displayName ?? identity.username,
    recordedAt: clock.now(),
  });
  await em.flush();
  return exam;
}
