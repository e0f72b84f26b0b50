/**
 * Pure: a case's recorded steps in one list, oldest first — the stage transitions (000 二(四): every move
 * recorded with who and when) and the 全过程记录 entries (004 第十五条: 文字、照片、录音、录像… who, when). 案卷评查
 * (003 第15条) asks personnel whether the officer of each was entitled at that instant.
 */
import { CASE_STAGE_LABEL, type CaseStage } from '../cases/case.enums.js';
import { RECORD_KIND_LABEL, type RecordKind } from '../record/record.entity.js';
import { CaseStepKind, type CaseStep } from './steps.types.js';

export interface TransitionRow {
  id: string;
  caseVersion: number;
  fromStage: CaseStage | null;
  toStage: CaseStage;
  at: Date;
  officerId: string | null;
  actorName: string;
}

export interface RecordRow {
  id: string;
  seq: number;
  stage: CaseStage;
  kind: RecordKind;
  recordedAt: Date;
  officerId: string;
  actorName: string;
}

/** The words of one step: 立案登记, 进入调查取证, 全过程记录第3条（照片）. */
export const transitionWhat = (t: Pick<TransitionRow, 'fromStage' | 'toStage'>) => (t.fromStage === null ? '立案登记' : `进入${CASE_STAGE_LABEL[t.toStage]}`);
export const recordWhat = (r: Pick<RecordRow, 'seq' | 'kind'>) => `全过程记录第${r.seq}条（${RECORD_KIND_LABEL[r.kind]}）`;

/** Transitions and entries, oldest first; at one instant transitions before entries, each in its own recorded order. */
export function assembleSteps(transitions: readonly TransitionRow[], records: readonly RecordRow[]): CaseStep[] {
  const steps = [
    ...[...transitions].sort((a, b) => a.at.getTime() - b.at.getTime() || a.caseVersion - b.caseVersion).map((t, i) => ({
      order: [t.at.getTime(), 0, i] as const,
      step: { kind: CaseStepKind.TRANSITION, id: t.id, officerId: t.officerId, actorName: t.actorName, at: t.at, stage: t.toStage, what: transitionWhat(t) },
    })),
    ...[...records].sort((a, b) => a.seq - b.seq).map((r, i) => ({
      order: [r.recordedAt.getTime(), 1, i] as const,
      step: { kind: CaseStepKind.RECORD, id: r.id, officerId: r.officerId, actorName: r.actorName, at: r.recordedAt, stage: r.stage, what: recordWhat(r) },
    })),
  ];
  steps.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return steps.map((s) => s.step);
}
