import { describe, expect, it } from '@jest/globals';
import { DomainError, GENESIS_HASH, verifyChain } from '@jiandu/kit';
import { CaseStage } from '../cases/case.enums.js';
import { CaseRecordEntry, RecordKind } from './record.entity.js';
import { acceptsEntries, asLink, breakReason, checkRecordEntry, entryHash, kindAccepts, normalizeFileName, normalizeMediaType } from './record.rules.js';

const SHA = 'a'.repeat(64);
const problems = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return ((e as DomainError).details.problems as { field: string }[]).map((p) => p.field);
  }
  throw new Error('expected a refusal');
};

describe('全过程记录 entries (004 第十五条: 文字、照片、录音、录像及其他有效方式)', () => {
  it('004 第十五条: a text entry holds words and no file', () => {
    expect(checkRecordEntry({ kind: RecordKind.TEXT, description: '  现场检查，当事人在场。 ' })).toEqual({ kind: RecordKind.TEXT, description: '现场检查，当事人在场。', file: null });
    expect(problems(() => checkRecordEntry({ kind: RecordKind.TEXT, description: ' ', fileSha256: SHA }))).toEqual(['description', 'fileSha256']);
  });

  it('004 第十五条: a photo, recording or video carries its file: digest, name and a media type of its family', () => {
    expect(checkRecordEntry({ kind: RecordKind.PHOTO, description: '现场照片', fileSha256: SHA.toUpperCase(), fileName: ' IMG_0001.JPG ', mediaType: 'Image/JPEG' }))
      .toEqual({ kind: RecordKind.PHOTO, description: '现场照片', file: { sha256: SHA, name: 'IMG_0001.JPG', mediaType: 'image/jpeg' } });
    expect(problems(() => checkRecordEntry({ kind: RecordKind.VIDEO, description: '查封过程录像' }))).toEqual(['fileSha256', 'fileName', 'mediaType']);
    expect(problems(() => checkRecordEntry({ kind: RecordKind.AUDIO, description: '询问录音', fileSha256: 'xyz', fileName: '../a.mp3', mediaType: 'video/mp4' })))
      .toEqual(['fileSha256', 'fileName', 'mediaType']);
  });

  it('004 第十五条: the kind must match the file: image for 照片, audio for 录音, video for 录像; documents are texts, application files or scans', () => {
    expect(kindAccepts(RecordKind.PHOTO, 'image/png')).toBe(true);
    expect(kindAccepts(RecordKind.PHOTO, 'video/mp4')).toBe(false);
    expect(kindAccepts(RecordKind.AUDIO, 'audio/mpeg')).toBe(true);
    expect(kindAccepts(RecordKind.AUDIO, 'video/mp4')).toBe(false);
    expect(kindAccepts(RecordKind.VIDEO, 'video/mp4')).toBe(true);
    expect(kindAccepts(RecordKind.VIDEO, 'image/gif')).toBe(false);
    expect(kindAccepts(RecordKind.DOCUMENT, 'application/pdf')).toBe(true);
    expect(kindAccepts(RecordKind.DOCUMENT, 'image/jpeg')).toBe(true);
    expect(kindAccepts(RecordKind.DOCUMENT, 'audio/mpeg')).toBe(false);
    expect(kindAccepts(RecordKind.TEXT, 'text/plain')).toBe(false);
  });

  it('media types and file names are normalized, and refused when they are not one', () => {
    expect(normalizeMediaType('Audio/MPEG; rate=44100')).toBe('audio/mpeg');
    expect(normalizeMediaType('jpeg')).toBeNull();
    expect(normalizeMediaType(null)).toBeNull();
    expect(normalizeFileName('询问笔录（第一次）.pdf')).toBe('询问笔录（第一次）.pdf');
    for (const bad of ['', 'a/b.jpg', 'a\\b.jpg', 'a\u0000.jpg', '..', 'x'.repeat(256)]) expect(normalizeFileName(bad)).toBeNull();
  });

  it('000 二(四): an archived (结案归档) case takes no more entries', () => {
    expect(acceptsEntries(CaseStage.EXECUTION)).toBe(true);
    expect(acceptsEntries(CaseStage.CLOSED)).toBe(false);
  });
});

describe('the hash chain of a case record (004 第十五条 全过程留痕和可回溯)', () => {
  const entry = (seq: number, prevHash: string, description: string): CaseRecordEntry => {
    const e = Object.assign(new CaseRecordEntry(), {
      id: `00000000-0000-4000-8000-00000000000${seq}`, caseId: '10000000-0000-4000-8000-000000000001', seq, stage: CaseStage.INVESTIGATION,
      kind: RecordKind.TEXT, description, fileSha256: null, fileName: null, fileSize: null, mediaType: null,
      officerId: '20000000-0000-4000-8000-000000000001', actorName: '潘铤', recordedAt: new Date(`2026-11-24T0${seq}:00:00Z`), prevHash,
    });
    e.hash = entryHash(prevHash, e);
    return e;
  };

  it('004 第十五条: every field an entry says is covered: an edited stage, actor or time breaks it', () => {
    const a = entry(1, GENESIS_HASH, '立案');
    const b = entry(2, a.hash, '调查');
    expect(verifyChain([a, b].map(asLink)).ok).toBe(true);
    for (const change of [{ stage: CaseStage.DECISION }, { actorName: '他人' }, { recordedAt: new Date('2026-11-25T00:00:00Z') }, { fileSize: 1 }]) {
      expect(verifyChain([a, Object.assign(Object.create(b), b, change)].map(asLink))).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: 'HASH' });
    }
  });

  it('004 第十五条: the clerk is told which entry and what may have happened', () => {
    expect(breakReason('HASH', 3)).toBe('第 3 条记录的内容与其哈希值不符：记录可能被篡改');
    expect(breakReason('SEQUENCE', 4)).toContain('记录可能被删除或插入');
    expect(breakReason('PREVIOUS_HASH', 2)).toContain('调换顺序');
  });
});
