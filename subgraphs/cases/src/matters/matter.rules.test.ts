import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@jiandu/kit';
import { MajorReviewKind } from './major-review.entity.js';
import { MatterCategory } from './matter.entity.js';
import { catalogueGrounds, checkCatalogueEntry, checkMatter, checkReason, isMajorByCatalogue, requireConfirmedAgency, requireCurrent } from './matter.rules.js';

const M1 = '11111111-1111-4111-8111-111111111111';
const M2 = '22222222-2222-4222-8222-222222222222';
const problems = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return { code: e.code, fields: (e.details.problems ?? [{ field: e.details.field }]).map((p: any) => p.field) };
  }
  return null;
};

describe('004 第三条: a matter names its category, unit, field and legal basis', () => {
  it('trims, keeps blanks as nothing', () => {
    expect(checkMatter({ name: ' 对公共机构节能的监督检查 ', category: MatterCategory.INSPECTION, unit: ' ', field: '节能', legalBasis: ' 《节约能源法》第十二条 ' })).toEqual({
      name: '对公共机构节能的监督检查', category: MatterCategory.INSPECTION, unit: null, field: '节能', legalBasis: '《节约能源法》第十二条', listSeq: null,
    });
  });
  it('a name and a legal basis are required, a list position is positive; every problem at once', () => {
    expect(problems(() => checkMatter({ name: ' ', category: MatterCategory.PUNISHMENT, legalBasis: '', listSeq: 0 }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: ['name', 'legalBasis', 'listSeq'] });
  });
  it('retiring takes a reason of at least 4 characters', () => {
    expect(problems(() => checkReason('废止'))).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: ['reason'] });
    expect(checkReason(' 依据已废止 ')).toBe('依据已废止');
  });
  it('a retired matter is kept as it was', () => {
    expect(problems(() => requireCurrent({ name: '甲', retiredAt: new Date(0) }))?.code).toBe(ErrorCode.PRECONDITION_FAILED);
    expect(() => requireCurrent({ name: '甲', retiredAt: null })).not.toThrow();
  });
});

describe('004 第十条: only an agency whose 主体资格 is confirmed holds matters', () => {
  it('an unconfirmed or unknown agency is PRECONDITION_FAILED, citing 第十条', () => {
    for (const a of [null, { confirmed: false }]) {
      try {
        requireConfirmedAgency(a);
        throw new Error('not refused');
      } catch (e: any) {
        expect(e.code).toBe(ErrorCode.PRECONDITION_FAILED);
        expect(e.message).toContain('004 第十条');
      }
    }
    expect(() => requireConfirmedAgency({ confirmed: true })).not.toThrow();
  });
});

describe('004 第十六条 last paragraph: the 重大执法决定法制审核目录 lists matters and amounts', () => {
  const catalogue = [
    { kind: MajorReviewKind.MATTER, matterId: M1, minimumYuan: null },
    { kind: MajorReviewKind.FINE_AMOUNT, matterId: null, minimumYuan: 50_000 },
  ];
  it('a decision on a listed matter is major, whatever its amount', () => {
    expect(isMajorByCatalogue(catalogue, { matterId: M1 })).toBe(true);
    expect(isMajorByCatalogue(catalogue, { matterId: M1, fineAmount: 100 })).toBe(true);
  });
  it('a fine of the listed amount or more is major (以上 includes the amount itself), on any matter', () => {
    expect(isMajorByCatalogue(catalogue, { matterId: M2, fineAmount: 50_000 })).toBe(true);
    expect(isMajorByCatalogue(catalogue, { matterId: M2, fineAmount: 80_000 })).toBe(true);
    expect(isMajorByCatalogue(catalogue, { matterId: M2, fineAmount: 49_999 })).toBe(false);
  });
  it('no fine, an unlisted matter or an empty catalogue is not major by the catalogue', () => {
    expect(isMajorByCatalogue(catalogue, { matterId: M2 })).toBe(false);
    expect(isMajorByCatalogue(catalogue, { matterId: M2, fineAmount: 0 })).toBe(false);
    expect(isMajorByCatalogue(catalogue, {})).toBe(false);
    expect(isMajorByCatalogue([], { matterId: M1, fineAmount: 1_000_000 })).toBe(false);
  });
  it('names every entry that applies', () => {
    expect(catalogueGrounds(catalogue, { matterId: M1, fineAmount: 60_000 })).toEqual(catalogue);
  });
  it('an entry names a matter or a positive amount, never both, with its wording', () => {
    expect(checkCatalogueEntry({ kind: MajorReviewKind.FINE_AMOUNT, minimumYuan: 50_000, sourceText: ' 罚款五万元以上的 ' })).toEqual({ kind: MajorReviewKind.FINE_AMOUNT, matterId: null, minimumYuan: 50_000, sourceText: '罚款五万元以上的' });
    expect(problems(() => checkCatalogueEntry({ kind: MajorReviewKind.FINE_AMOUNT, minimumYuan: 0, matterId: M1, sourceText: '' }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: ['sourceText', 'minimumYuan', 'matterId'] });
    expect(problems(() => checkCatalogueEntry({ kind: MajorReviewKind.MATTER, minimumYuan: 10, sourceText: '吊销许可证' }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: ['matterId', 'minimumYuan'] });
  });
});
