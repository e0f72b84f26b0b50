/**
 * 全过程记录 (004 第十五条; 002 三项制度 (三)): a case's append-only, hash-chained log of what was done and seen —
 * words, photos, recordings, videos, documents — by its handlers, in the stage the case is in. Files are uploaded
 * first (POST /files) into the content-addressed store; an entry names one by its SHA-256.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, GENESIS_HASH, newId, verifyChain, type Identity } from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { lockCaseForRecord, readableCase, readableCasesWhere } from '../cases/case.access.js';
import { EnforcementCase } from '../cases/case.entity.js';
import { SCHEMA } from '../orm.js';
import { CaseStage } from '../cases/case.enums.js';
import { CaseRecordEntry, RecordKind } from './record.entity.js';
import { acceptsEntries, asLink, breakReason, checkRecordEntry, entryHash, type RecordEntryFields } from './record.rules.js';
import { fileStore } from './file-store.js';

/**
 * Appends an entry to case `caseId`'s record, inside transaction `tx`: the caller must be a current, entitled
 * handler (case.access `lockCaseForRecord`, which also locks the case row so that concurrent appends take turns
 * and each gets the next seq and the previous hash); the entry's stage is the case's current stage; its file
 * must already be in the store.
 */
export async function appendRecordEntry(tx: EntityManager, ctx: CasesContext, caseId: string, input: RecordEntryFields): Promise<CaseRecordEntry> {
  const { c, handler } = await lockCaseForRecord(tx, ctx, caseId);
  const checked = checkRecordEntry(input);
  if (!acceptsEntries(c.stage)) {
    throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '案件已结案归档，全过程记录不能再追加', { field: 'caseId', stage: c.stage });
  }
  let fileSize: number | null = null;
  if (checked.file) {
    const stored = await fileStore().stat(checked.file.sha256);
    // A file another case's record holds is attached only by someone who may read that case: otherwise a digest
    // learnt elsewhere would open the file through one's own case. Refused as if it were not uploaded (no oracle).
    if (!stored || (await heldByUnreadableCase(tx, ctx, checked.file.sha256))) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '文件尚未上传：请先上传文件，再添加记录', { field: 'fileSha256' });
    }
    fileSize = stored.size;
  }
  const last = await tx.findOne(CaseRecordEntry, { caseId: c.id }, { orderBy: { seq: 'desc' }, fields: ['seq', 'hash'] });
  const fields = {
    id: newId(),
    caseId: c.id,
    seq: (last?.seq ?? 0) + 1,
    stage: c.stage,
    kind: checked.kind,
    description: checked.description,
    fileSha256: checked.file?.sha256 ?? null,
    fileName: checked.file?.name ?? null,
    fileSize,
    mediaType: checked.file?.mediaType ?? null,
    officerId: handler.officerId,
    actorName: handler.officerName || ctx.identity.displayName || ctx.identity.username || '',
    recordedAt: ctx.clock.now(),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const entry = tx.create(CaseRecordEntry, { ...fields, prevHash, hash: entryHash(prevHash, fields) });
  await tx.flush();
  return entry;
}

/** `appendRecordEntry` in a transaction of its own (the GraphQL mutation). */
export function addRecordEntry(ctx: CasesContext, caseId: string, input: RecordEntryFields): Promise<CaseRecordEntry> {
  return ctx.em.transactional((tx) => appendRecordEntry(tx, ctx, caseId, input));
}

export interface RecordVerdict {
  ok: boolean;
  entries: number;
  firstBrokenSeq: number | null;
  firstBrokenId: string | null;
  reason: string | null;
  headHash: string | null;
  verifiedAt: Date;
}

/**
 * Re-computes the chain of case `caseId`'s record from what is stored and names the first entry that does not hold
 * (edited, deleted, inserted or moved rows), for whoever may read the case (NOT_FOUND for anyone else).
 */
export async function verifyRecord(em: EntityManager, identity: Identity, caseId: string, now: Date): Promise<RecordVerdict> {
  const c = await readableCase(em, identity, caseId);
  const entries = await em.find(CaseRecordEntry, { caseId: c.id }, { orderBy: [{ seq: 'asc' }, { id: 'asc' }], disableIdentityMap: true });
  const v = verifyChain(entries.map(asLink));
  const broken = v.firstBrokenIndex === null ? null : entries[v.firstBrokenIndex]!;
  return {
    ok: v.ok,
    entries: entries.length,
    firstBrokenSeq: v.firstBrokenSeq,
    firstBrokenId: broken?.id ?? null,
    reason: v.reason && v.firstBrokenSeq !== null ? breakReason(v.reason, v.firstBrokenSeq) : null,
    headHash: entries.at(-1)?.hash ?? null,
    verifiedAt: now,
  };
}

/**
 * Whether case `caseId` has an AUDIO or VIDEO entry recorded in `stage`: 查封扣押 and 强制拆除 are recorded on
 * audio or video throughout (004 第十五条 second paragraph), so closing such a case asks this of its execution.
 */
export async function hasAudiovisualRecord(tx: EntityManager, caseId: string, stage: CaseStage): Promise<boolean> {
  return (await tx.count(CaseRecordEntry, { caseId, stage, kind: { $in: [RecordKind.AUDIO, RecordKind.VIDEO] } })) > 0;
}

/** Whether a case the caller may not read holds file `sha256` in its record. */
async function heldByUnreadableCase(tx: EntityManager, ctx: CasesContext, sha256: string): Promise<boolean> {
  const rows = await tx.getConnection().execute<{ case_id: string }[]>(`select distinct case_id from ${SCHEMA}.case_record_entry where file_sha256 = ?`, [sha256], 'all', tx.getTransactionContext());
  if (!rows.length) return false;
  const where = readableCasesWhere(ctx.identity);
  if (!where) return true;
  const readable = await tx.count(EnforcementCase, { $and: [where, { id: { $in: rows.map((r) => r.case_id) } }] });
  return readable < rows.length;
}

/**
 * The entry through which the caller may download file `sha256`: one referencing it in a case he may read (the
 * reading rule of case.access); null when there is none — the route then answers 404, as for a file that does not
 * exist. Three queries whatever the number of entries or cases.
 */
export async function readableFileEntry(em: EntityManager, identity: Identity, sha256: string): Promise<CaseRecordEntry | null> {
  const where = readableCasesWhere(identity);
  if (!where) return null;
  const rows = await em.getConnection().execute<{ case_id: string }[]>(`select distinct case_id from ${SCHEMA}.case_record_entry where file_sha256 = ?`, [sha256]);
  if (!rows.length) return null;
  const c = await em.findOne(EnforcementCase, { $and: [where, { id: { $in: rows.map((r) => r.case_id) } }] }, { fields: ['id'] });
  if (!c) return null;
  return em.findOne(CaseRecordEntry, { caseId: c.id, fileSha256: sha256 }, { orderBy: [{ seq: 'asc' }] });
}
