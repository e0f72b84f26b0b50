/**
 * Hash chains, pure: an append-only log whose every entry carries the hash of the one before it, so an edit,
 * a deletion, a reordering or an insertion anywhere shows at the first link it breaks (004 第十五条 全过程留痕和可回溯;
 * 002 三项制度 (三) 执法全程留痕). What the hash covers is the entry's canonical JSON: keys sorted at every level,
 * dates as ISO instants, no whitespace — so the same entry always hashes the same, whichever process wrote it.
 */
import { createHash } from 'node:crypto';

/** The `prevHash` of the first entry of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

export type ChainValue = string | number | boolean | null | Date | ChainValue[] | { [key: string]: ChainValue | undefined };

/** Canonical JSON: sorted keys, no whitespace, Date → ISO string, undefined members dropped (as JSON does). */
export function canonicalJson(value: ChainValue | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`canonicalJson: ${value} has no JSON form`);
  return JSON.stringify(value);
}

/** The hash of a link: sha256 hex of the previous hash and the entry's canonical JSON. */
export function linkHash(prevHash: string, entry: { [key: string]: ChainValue | undefined }): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(entry)).digest('hex');
}

/** One stored link: its position, the hashes it carries and the fields the hash covers. */
export interface ChainLink {
  seq: number;
  prevHash: string;
  hash: string;
  fields: { [key: string]: ChainValue | undefined };
}

export type ChainBreak = 'SEQUENCE' | 'PREVIOUS_HASH' | 'HASH';

export interface ChainVerdict {
  ok: boolean;
  /** The `seq` of the first link that does not hold (for a gap: the first seq after it); null when ok. */
  firstBrokenSeq: number | null;
  /** Index in the input of that link; null when ok. */
  firstBrokenIndex: number | null;
  /** Why: a gap or repeat in the numbering, a prevHash that is not the previous link's hash, or a hash that does not match the fields. */
  reason: ChainBreak | null;
}

/**
 * Checks a chain in stored order (by seq): numbering 1, 2, 3 … without gaps, each `prevHash` equal to the previous
 * link's `hash` (the first to GENESIS_HASH), each `hash` recomputed from its fields. Stops at the first break.
 * - a field edited: its own hash no longer matches (HASH);
 * - a row deleted: the numbering jumps (SEQUENCE) — and the next row's prevHash names a link that is gone;
 * - rows reordered (seq swapped): the prevHash of the first moved row does not match (PREVIOUS_HASH), or its hash;
 * - a row inserted: the numbering repeats or the prevHash of the row after it does not match.
 */
export function verifyChain(links: readonly ChainLink[]): ChainVerdict {
  let prev = GENESIS_HASH;
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    const broken = (reason: ChainBreak): ChainVerdict => ({ ok: false, firstBrokenSeq: l.seq, firstBrokenIndex: i, reason });
    if (l.seq !== i + 1) return broken('SEQUENCE');
    if (l.prevHash !== prev) return broken('PREVIOUS_HASH');
    if (linkHash(l.prevHash, l.fields) !== l.hash) return broken('HASH');
    prev = l.hash;
  }
  return { ok: true, firstBrokenSeq: null, firstBrokenIndex: null, reason: null };
}
