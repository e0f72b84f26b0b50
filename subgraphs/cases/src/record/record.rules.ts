/**
 * The rules of the 全过程记录 (004 第十五条; 002 三项制度 (三)), pure: what an entry must hold, which file fits which
 * kind, what the hash covers, and how a broken chain is told to a clerk.
 */
import { InputProblems, isSha256, linkHash, type ChainBreak, type ChainLink } from '@jiandu/kit';
import { CaseStage } from '../cases/case.enums.js';
import { RecordKind, RECORD_KIND_LABEL, type CaseRecordEntry } from './record.entity.js';

export const MAX_DESCRIPTION = 4000;
export const MAX_FILE_NAME = 255;

/** What a clerk enters for an entry (RecordEntryInput), before checking. */
export interface RecordEntryFields {
  kind: RecordKind;
  description: string;
  fileSha256?: string | null;
  fileName?: string | null;
  mediaType?: string | null;
}

export interface CheckedEntry {
  kind: RecordKind;
  description: string;
  file: { sha256: string; name: string; mediaType: string } | null;
}

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** `Image/JPEG; charset=x` → `image/jpeg`; null when it is not a media type. */
export function normalizeMediaType(raw: string | null | undefined): string | null {
  const t = (raw ?? '').split(';')[0]!.trim().toLowerCase();
  return MEDIA_TYPE.test(t) ? t : null;
}

/** A file name as the clerk's device gave it: no folders, no control characters, at most 255 characters. */
export function normalizeFileName(raw: string | null | undefined): string | null {
  const n = (raw ?? '').trim();
  // eslint-disable-next-line no-control-regex
  if (!n || n.length > MAX_FILE_NAME || /[\u0000-\u001f\u007f/\\]/.test(n) || n === '.' || n === '..') return null;
  return n;
}

/**
 * Which media types each kind takes (004 第十五条 names 照片、录音、录像 as distinct ways of recording): a photo is an
 * image, a recording audio, a video video; a document a text, an application file (PDF, office formats) or a scan.
 */
export function kindAccepts(kind: RecordKind, mediaType: string): boolean {
  const family = mediaType.split('/')[0];
  switch (kind) {
    case RecordKind.PHOTO:
      return family === 'image';
    case RecordKind.AUDIO:
      return family === 'audio';
    case RecordKind.VIDEO:
      return family === 'video';
    case RecordKind.DOCUMENT:
      return family === 'application' || family === 'text' || family === 'image';
    case RecordKind.TEXT:
      return false;
  }
}

/** Every problem of an entry at once: the description; for TEXT no file, for the others a file of the right type. */
export function checkRecordEntry(input: RecordEntryFields): CheckedEntry {
  const p = new InputProblems();
  const description = (input.description ?? '').trim();
  p.check(description.length > 0, 'description', '请填写记录内容或说明');
  p.check(description.length <= MAX_DESCRIPTION, 'description', `记录内容不得超过 ${MAX_DESCRIPTION} 字`);
  const hasFile = !!(input.fileSha256 || input.fileName || input.mediaType);
  if (input.kind === RecordKind.TEXT) {
    p.check(!hasFile, 'fileSha256', '文字记录不附文件；附文件请选择照片、录音、录像或文书');
    p.throwIfAny();
    return { kind: input.kind, description, file: null };
  }
  const label = RECORD_KIND_LABEL[input.kind];
  const sha256 = (input.fileSha256 ?? '').trim().toLowerCase();
  const name = normalizeFileName(input.fileName);
  const mediaType = normalizeMediaType(input.mediaType);
  if (!sha256) p.add('fileSha256', `${label}须附文件：请先上传文件`);
  else p.check(isSha256(sha256), 'fileSha256', '文件摘要格式不正确（应为 64 位十六进制 SHA-256）');
  p.check(name !== null, 'fileName', `请填写文件名（不含路径，最多 ${MAX_FILE_NAME} 个字符）`);
  if (!mediaType) p.add('mediaType', '文件类型不正确（如 image/jpeg、audio/mpeg、video/mp4、application/pdf）');
  else p.check(kindAccepts(input.kind, mediaType), 'mediaType', `文件类型 ${mediaType} 与记录形式“${label}”不符`);
  p.throwIfAny();
  return { kind: input.kind, description, file: { sha256, name: name!, mediaType: mediaType! } };
}

/** The fields an entry's hash covers: everything it says, its case and place in the record; not the hashes themselves. */
export function hashedFields(e: Omit<CaseRecordEntry, 'prevHash' | 'hash'>): ChainLink['fields'] {
  return {
    id: e.id,
    caseId: e.caseId,
    seq: e.seq,
    stage: e.stage,
    kind: e.kind,
    description: e.description,
    fileSha256: e.fileSha256,
    fileName: e.fileName,
    fileSize: e.fileSize,
    mediaType: e.mediaType,
    officerId: e.officerId,
    actorName: e.actorName,
    recordedAt: e.recordedAt,
  };
}

/** The hash of a new entry, chained to `prevHash`. */
export function entryHash(prevHash: string, e: Omit<CaseRecordEntry, 'prevHash' | 'hash'>): string {
  return linkHash(prevHash, hashedFields(e));
}

/** A stored entry as a link of the chain (kit `verifyChain`). */
export const asLink = (e: CaseRecordEntry): ChainLink => ({ seq: e.seq, prevHash: e.prevHash, hash: e.hash, fields: hashedFields(e) });

/** A broken link, in the words a clerk (or a supervisor reviewing the file, 003 案卷评查) can act on. */
export function breakReason(reason: ChainBreak, seq: number): string {
  switch (reason) {
    case 'SEQUENCE':
      return `第 ${seq} 条记录的序号不连续：其前的记录缺失或重复，记录可能被删除或插入`;
    case 'PREVIOUS_HASH':
      return `第 ${seq} 条记录与前一条记录的链接不符：记录可能被删除、插入或调换顺序`;
    case 'HASH':
      return `第 ${seq} 条记录的内容与其哈希值不符：记录可能被篡改`;
  }
}

/** A record may no longer grow once the case is archived (结案归档, 000 二(四)). */
export function acceptsEntries(stage: CaseStage): boolean {
  return stage !== CaseStage.CLOSED;
}

