import { describe, expect, it } from '@jest/globals';
import { canonicalJson, GENESIS_HASH, linkHash, verifyChain, type ChainLink } from './hash-chain.js';

const at = new Date('2026-11-24T02:00:00.000Z');

/** A valid chain of n links over simple fields (seq is one of the hashed fields, as in the case record). */
function chain(n: number): ChainLink[] {
  const out: ChainLink[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = { seq, description: `第${seq}条记录`, recordedAt: new Date(at.getTime() + seq * 60_000), fileSha256: null };
    const hash = linkHash(prev, fields);
    out.push({ seq, prevHash: prev, hash, fields });
    prev = hash;
  }
  return out;
}

describe('hash chain of the full-process record (004 第十五条 全过程留痕和可回溯)', () => {
  it('canonical JSON sorts keys at every level and writes dates as ISO instants', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: '文' }, e: undefined })).toBe('{"a":{"c":"文","d":[true,null]},"b":1}');
    expect(canonicalJson({ t: at })).toBe('{"t":"2026-11-24T02:00:00.000Z"}');
    expect(linkHash(GENESIS_HASH, { x: 1, y: 2 })).toBe(linkHash(GENESIS_HASH, { y: 2, x: 1 }));
    expect(linkHash(GENESIS_HASH, { x: 1 })).toMatch(/^[0-9a-f]{64}$/);
    expect(linkHash(GENESIS_HASH, { x: 1 })).not.toBe(linkHash('1'.repeat(64), { x: 1 }));
  });

  it('an intact chain verifies (and so does an empty one)', () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, firstBrokenSeq: null, firstBrokenIndex: null, reason: null });
    expect(verifyChain([]).ok).toBe(true);
  });

  it('004 第十五条: a tampered field breaks its own link, named by seq', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, fields: { ...c[2]!.fields, description: '被改过的记录' } };
    expect(verifyChain(c)).toEqual({ ok: false, firstBrokenSeq: 3, firstBrokenIndex: 2, reason: 'HASH' });
  });

  it('004 第十五条: a tampered field whose hash was recomputed still breaks the next link', () => {
    const c = chain(5);
    const fields = { ...c[1]!.fields, description: '改过并重算了本条哈希' };
    c[1] = { ...c[1]!, fields, hash: linkHash(c[1]!.prevHash, fields) };
    expect(verifyChain(c)).toMatchObject({ ok: false, firstBrokenSeq: 3, reason: 'PREVIOUS_HASH' });
  });

  it('004 第十五条: a deleted row leaves a gap in the numbering at the row after it', () => {
    const c = chain(5);
    c.splice(3, 1);
    expect(verifyChain(c)).toEqual({ ok: false, firstBrokenSeq: 5, firstBrokenIndex: 3, reason: 'SEQUENCE' });
    // the last row deleted leaves no trace in the chain itself: what it does show is covered by the count
    expect(verifyChain(chain(5).slice(0, 4)).ok).toBe(true);
  });

  it('004 第十五条: a deleted row renumbered to close the gap breaks at the prevHash', () => {
    const c = chain(5);
    c.splice(1, 1);
    const renumbered = c.map((l, i) => ({ ...l, seq: i + 1 }));
    expect(verifyChain(renumbered)).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: 'PREVIOUS_HASH' });
  });

  it('004 第十五条: reordered rows (seq swapped) break at the first moved row', () => {
    const c = chain(5);
    const [a, b] = [c[1]!, c[2]!];
    c[1] = { ...b, seq: 2 };
    c[2] = { ...a, seq: 3 };
    expect(verifyChain(c)).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: 'PREVIOUS_HASH' });
  });

  it('004 第十五条: an inserted row (a repeated seq, or a forged link in between) breaks the chain', () => {
    const c = chain(4);
    const forgedFields = { seq: 3, description: '补记', recordedAt: at, fileSha256: null };
    const forged: ChainLink = { seq: 3, prevHash: c[1]!.hash, hash: linkHash(c[1]!.hash, forgedFields), fields: forgedFields };
    const repeated = [...c.slice(0, 3), forged, c[3]!];
    expect(verifyChain(repeated)).toMatchObject({ ok: false, firstBrokenSeq: 3, firstBrokenIndex: 3, reason: 'SEQUENCE' });
    // inserted and the rest renumbered: the row after the forged one points at a hash that is not the forged one's
    const renumbered = [...c.slice(0, 2), forged, ...c.slice(2).map((l) => ({ ...l, seq: l.seq + 1 }))];
    expect(verifyChain(renumbered)).toMatchObject({ ok: false, firstBrokenSeq: 4, reason: 'PREVIOUS_HASH' });
  });
});
