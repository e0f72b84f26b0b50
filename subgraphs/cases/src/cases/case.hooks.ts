/**
 * What a case's commands ask of the modules around it (publicity and filing, the 全过程记录), without the case
 * module importing their internals in every service: the decision opens its 公示 and 备案 deadlines; closing asks
 * whether the on-site measure was recorded on audio or video.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@jiandu/kit';
import type { EnforcementCase } from './case.entity.js';
import type { CaseStage } from './case.enums.js';
import { hasAudiovisualRecord } from '../record/record.service.js';
import { onDecided } from '../publicity/publicity.service.js';

export interface CaseHooks {
  /** In the deciding transaction: open what the decision starts (公示 within 7/20 working days, 备案 of a major one). */
  onDecided(tx: EntityManager, identity: Identity, c: EnforcementCase, now: Date): Promise<void>;
  /** Whether an AUDIO or VIDEO record entry of the case exists in `stage` (004 第十五条 second paragraph). */
  hasAudiovisualRecord(tx: EntityManager, caseId: string, stage: CaseStage): Promise<boolean>;
}

export const caseHooks: CaseHooks = {
  onDecided,
  hasAudiovisualRecord,
};
