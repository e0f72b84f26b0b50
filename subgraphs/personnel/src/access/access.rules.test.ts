import { describe, expect, it } from '@jest/globals';
import { ANONYMOUS, type Identity, type Role } from '@jiandu/kit';
import {
  agencyAccess, canKeepRecordsOf, canReadCertificate, officerAgencyWhere, readableAgencyWhere, canReadOfficer, checkAgencyRecords, canReadViewsOfOfficer, checkReadViewsBy, checkRevealIdNumber, checkRevealReason,
} from './access.rules.js';

// The tree of the tests: R → P → A → C, and S a sibling of A under P (004 第五条).
const published = new Date('2026-01-01T00:00:00Z');
const R = { path: '/r/', publishedAt: published };
const P = { path: '/r/p/', publishedAt: published };
const A = { path: '/r/p/a/', publishedAt: published };
const C = { path: '/r/p/a/c/', publishedAt: null };
const S = { path: '/r/p/s/', publishedAt: published };

const user = (roles: Role[], agencyId: string | null = 'a', userId = 'u1'): Identity => ({
  anonymous: false, userId, username: 'x', displayName: 'x', roles, agencyId, agencyPath: null, officerId: null,
});

const code = (f: () => void): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('Agency: one rule (DESIGN "Who uses it": a node sees itself and below, nothing beside or above; 004 第五条 tree)', () => {
  it('DESIGN "Who uses it": staff at A read A and its sub-unit C in full, and neither the parent P, the root R nor the sibling S', () => {
    for (const role of ['AGENCY_ADMIN', 'OFFICER', 'LEGAL_REVIEWER', 'SUPERVISOR'] as Role[]) {
      const u = user([role]);
      expect([A, C, P, R, S].map((x) => agencyAccess(u, x))).toEqual(['FULL', 'FULL', 'NONE', 'NONE', 'NONE']);
    }
  });

  it('DESIGN "Who uses it": certificate and system administrators are tree-wide', () => {
    for (const role of ['CERT_ADMIN', 'SYSTEM_ADMIN'] as Role[]) expect([A, C, P, R, S].map((x) => agencyAccess(user([role]), x))).toEqual(Array(5).fill('FULL'));
  });

  it('004 第十条: anonymous callers see published agencies, their public fields only, and never unpublished ones', () => {
    expect(agencyAccess(ANONYMOUS, A)).toBe('PUBLIC');
    expect(agencyAccess(ANONYMOUS, C)).toBe('NONE');
    expect(code(() => checkAgencyRecords(ANONYMOUS, A))).toBe('UNAUTHENTICATED');
  });

  it('staff attached to no agency and without a tree-wide role see no agency', () => {
    expect(agencyAccess(user(['SUPERVISOR'], null), A)).toBe('NONE');
  });

  it('DESIGN "Who uses it": an agency\'s records (change log, policies, officers, figures) are for staff in scope only', () => {
    expect(code(() => checkAgencyRecords(user(['AGENCY_ADMIN']), C))).toBeUndefined();
    expect(code(() => checkAgencyRecords(user(['AGENCY_ADMIN']), P))).toBe('FORBIDDEN');
    expect(code(() => checkAgencyRecords(user(['AGENCY_ADMIN']), S))).toBe('FORBIDDEN');
  });
});

describe('Officer and Certificate: their agency\'s rule, staff only (DESIGN "Who uses it"; 003 第4条 public lookup is separate)', () => {
  it('DESIGN "Who uses it" (write scope): staff keep the records of their node and below; tree-wide roles everywhere; anonymous and unattached staff nowhere', () => {
    expect([A, C, P, R, S].map((x) => canKeepRecordsOf(user(['AGENCY_ADMIN']), x))).toEqual([true, true, false, false, false]);
    expect([A, C, P, R, S].map((x) => canKeepRecordsOf(user(['CERT_ADMIN'], null), x))).toEqual(Array(5).fill(true));
    expect([A, C, P, R, S].map((x) => canKeepRecordsOf(user(['AGENCY_ADMIN'], null), x))).toEqual(Array(5).fill(false));
    expect([A, C].map((x) => canKeepRecordsOf(ANONYMOUS, x))).toEqual([false, false]);
  });

  it('DESIGN "Who uses it": lists use the same rule in SQL — unattached staff get an empty list (not an error), officers are never listed anonymously', () => {
    expect(readableAgencyWhere(user(['SUPERVISOR'], null))).toEqual({ id: null });
    expect(readableAgencyWhere(user(['SUPERVISOR']))).toEqual({ path: { $like: '%/a/%' } });
    expect(readableAgencyWhere(user(['CERT_ADMIN'], null))).toEqual({});
    expect(readableAgencyWhere(ANONYMOUS)).toEqual({ publishedAt: { $ne: null } });
    expect(officerAgencyWhere(user(['SUPERVISOR'], null))).toEqual({ id: null });
    expect(code(() => officerAgencyWhere(ANONYMOUS))).toBe('UNAUTHENTICATED');
  });

  it('DESIGN "Who uses it": an officer or certificate of A or C is readable from A; of P or S not; never anonymously', () => {
    const u = user(['SUPERVISOR']);
    expect([A, C, P, S].map((x) => canReadOfficer(u, x))).toEqual([true, true, false, false]);
    expect([A, C, P, S].map((x) => canReadCertificate(u, x))).toEqual([true, true, false, false]);
    expect(canReadOfficer(ANONYMOUS, A)).toBe(false);
    expect(canReadCertificate(user(['CERT_ADMIN'], null), S)).toBe(true);
  });
});

describe('the full ID number (DESIGN "Personnel and credentials": explicit reveal of one officer, with a reason, by a role that needs it, recorded)', () => {
  it('DESIGN "Personnel and credentials": certificate and agency administrators, for an officer in their subtree only', () => {
    expect(code(() => checkRevealIdNumber(user(['AGENCY_ADMIN']), C))).toBeUndefined();
    expect(code(() => checkRevealIdNumber(user(['AGENCY_ADMIN']), S))).toBe('FORBIDDEN');
    expect(code(() => checkRevealIdNumber(user(['AGENCY_ADMIN']), P))).toBe('FORBIDDEN');
    expect(code(() => checkRevealIdNumber(user(['CERT_ADMIN'], null), S))).toBeUndefined();
    expect(code(() => checkRevealIdNumber(user(['SUPERVISOR']), A))).toBe('FORBIDDEN');
    expect(code(() => checkRevealIdNumber(user(['SYSTEM_ADMIN'], null), A))).toBe('FORBIDDEN');
    expect(code(() => checkRevealIdNumber(ANONYMOUS, A))).toBe('UNAUTHENTICATED');
  });

  it('DESIGN "Personnel and credentials": a reveal needs a reason of at least 4 characters, trimmed', () => {
    expect(code(() => checkRevealReason('  '))).toBe('BAD_USER_INPUT');
    expect(code(() => checkRevealReason('核对'))).toBe('BAD_USER_INPUT');
    expect(code(() => checkRevealReason('x'.repeat(201)))).toBe('BAD_USER_INPUT');
    expect(checkRevealReason(' 核发证件核对身份 ')).toBe('核发证件核对身份');
  });

  it('DESIGN "Beyond the minimum" (who viewed protected personal data): per officer for administrators in scope', () => {
    expect(canReadViewsOfOfficer(user(['AGENCY_ADMIN']), A)).toBe(true);
    expect(canReadViewsOfOfficer(user(['AGENCY_ADMIN']), S)).toBe(false);
    expect(canReadViewsOfOfficer(user(['OFFICER']), A)).toBe(false);
    expect(canReadViewsOfOfficer(user(['SYSTEM_ADMIN'], null), S)).toBe(true);
    expect(canReadViewsOfOfficer(ANONYMOUS, A)).toBe(false);
  });

  it('DESIGN "Beyond the minimum": per viewer for certificate and system administrators, and for oneself', () => {
    expect(code(() => checkReadViewsBy(user(['AGENCY_ADMIN'], 'a', 'me'), 'me'))).toBeUndefined();
    expect(code(() => checkReadViewsBy(user(['AGENCY_ADMIN'], 'a', 'me'), 'other'))).toBe('FORBIDDEN');
    expect(code(() => checkReadViewsBy(user(['CERT_ADMIN'], null, 'me'), 'other'))).toBeUndefined();
    expect(code(() => checkReadViewsBy(ANONYMOUS, 'other'))).toBe('UNAUTHENTICATED');
  });
});
