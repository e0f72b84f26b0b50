import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@jiandu/kit';
import { DutyOffence, PublicInterestConduct, PublicInterestField, ReferralClueKind, ReferralRecipientKind, ReferralStatus } from './referral.entity.js';
import { checkReceipt, checkReferral, checkReply, checkSending, RECIPIENT_OF, requireReferralStatus } from './referral.rules.js';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return { code: e.code, fields: (e.details.problems ?? [{ field: e.details.field }]).map((p: any) => p.field), messages: (e.details.problems ?? []).map((p: any) => p.message) as string[] };
  }
  return null;
};
const AGENCY = '11111111-1111-4111-8111-111111111111';
const OFFICER = '22222222-2222-4222-8222-222222222222';
const SUMMARY = '现场监督中发现该执法人员收受当事人财物后减轻处罚';
const DUTY = { clueKind: ReferralClueKind.DUTY_OFFENCE, offence: DutyOffence.CORRUPTION_BRIBERY, recipientKind: ReferralRecipientKind.SUPERVISORY_COMMISSION, recipientName: '昌吉州监察委员会', agencyId: AGENCY, officerIds: [OFFICER], summary: SUMMARY };
const PUBLIC = {
  clueKind: ReferralClueKind.PUBLIC_INTEREST, field: PublicInterestField.ECOLOGY_AND_RESOURCES, conduct: PublicInterestConduct.INACTION, recipientKind: ReferralRecipientKind.PROCURATORATE,
  recipientName: '昌吉州人民检察院', agencyId: AGENCY, summary: '对辖区内非法采砂长期不予查处，致使河道生态受到破坏',
};

describe('004 第三十一条 第一款: 职务违法、职务犯罪问题线索 → 监察机关', () => {
  it('sends a duty offence to a 监察机关 (004 第三十一条第一款)', () => {
    expect(RECIPIENT_OF.DUTY_OFFENCE).toBe(ReferralRecipientKind.SUPERVISORY_COMMISSION);
    expect(checkReferral(DUTY)).toMatchObject({ clueKind: 'DUTY_OFFENCE', offence: 'CORRUPTION_BRIBERY', field: null, conduct: null, recipientKind: 'SUPERVISORY_COMMISSION', officerIds: [OFFICER] });
  });

  it('refuses a duty offence addressed to a 检察机关 (004 第三十一条第一款)', () => {
    const r = refusal(() => checkReferral({ ...DUTY, recipientKind: ReferralRecipientKind.PROCURATORATE }));
    expect(r?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(r?.fields).toEqual(['recipientKind']);
    expect(r?.messages[0]).toContain('监察机关');
  });

  it('names the offence (贪污贿赂、失职渎职等) and at least one 行政执法人员 (004 第三十一条第一款)', () => {
    expect(refusal(() => checkReferral({ ...DUTY, offence: null, officerIds: [] }))?.fields).toEqual(['offence', 'officerIds']);
    expect(refusal(() => checkReferral({ ...DUTY, field: PublicInterestField.STATE_PROPERTY }))?.fields).toEqual(['field']);
  });
});

describe('004 第三十一条 第二款: 公益损害案件线索 → 检察机关', () => {
  it('sends a public-interest clue in a listed field to a 检察机关, with or without officers (004 第三十一条第二款)', () => {
    expect(RECIPIENT_OF.PUBLIC_INTEREST).toBe(ReferralRecipientKind.PROCURATORATE);
    expect(checkReferral(PUBLIC)).toMatchObject({ clueKind: 'PUBLIC_INTEREST', field: 'ECOLOGY_AND_RESOURCES', conduct: 'INACTION', offence: null, officerIds: [] });
    for (const field of Object.values(PublicInterestField)) expect(checkReferral({ ...PUBLIC, field }).field).toBe(field);
  });

  it('refuses a public-interest clue addressed to a 监察机关 (004 第三十一条第二款)', () => {
    const r = refusal(() => checkReferral({ ...PUBLIC, recipientKind: ReferralRecipientKind.SUPERVISORY_COMMISSION }));
    expect(r?.fields).toEqual(['recipientKind']);
    expect(r?.messages[0]).toContain('检察机关');
  });

  it('needs the field and the conduct (违法行使职权 or 不作为), and no duty offence (004 第三十一条第二款)', () => {
    expect(refusal(() => checkReferral({ ...PUBLIC, field: null, conduct: null, offence: DutyOffence.DERELICTION }))?.fields).toEqual(['field', 'conduct', 'offence']);
  });
});

describe('004 第三十一条: what, to whom, when, and the acknowledgement', () => {
  it('reports a missing recipient, agency and a short summary at once (004 第三十一条)', () => {
    expect(refusal(() => checkReferral({ ...DUTY, recipientName: ' ', agencyId: 'x', summary: '收受财物' }))?.fields).toEqual(['recipientName', 'agencyId', 'summary']);
  });

  it('is sent on a date not before the draft nor in the future (004 第三十一条)', () => {
    expect(checkSending('2026-11-24', '2026-11-20', '2026-11-24')).toBe('2026-11-24');
    expect(refusal(() => checkSending('2026-11-19', '2026-11-20', '2026-11-24'))?.fields).toEqual(['sentOn']);
    expect(refusal(() => checkSending('2026-11-25', '2026-11-20', '2026-11-24'))?.fields).toEqual(['sentOn']);
  });

  it('the 回执 is dated not before sending and names who received it; the reply follows it (004 第三十一条)', () => {
    expect(checkReceipt({ sentOn: '2026-11-20' }, { receivedOn: '2026-11-21', receivedBy: '王某' }, '2026-11-24')).toEqual({ receivedOn: '2026-11-21', receivedBy: '王某', receiptNote: null });
    expect(refusal(() => checkReceipt({ sentOn: '2026-11-20' }, { receivedOn: '2026-11-19', receivedBy: '' }, '2026-11-24'))?.fields).toEqual(['receivedOn', 'receivedBy']);
    expect(refusal(() => checkReply({ receivedOn: '2026-11-21' }, { repliedOn: '2026-11-20', reply: '已立案' }, '2026-11-24'))?.fields).toEqual(['repliedOn', 'reply']);
    expect(checkReply({ receivedOn: '2026-11-21' }, { repliedOn: '2026-11-24', reply: '已立案调查' }, '2026-11-24')).toEqual({ repliedOn: '2026-11-24', reply: '已立案调查' });
  });

  it('goes 拟稿 → 已移送 → 已回执 → 已反馈, nothing skipped (004 第三十一条)', () => {
    expect(refusal(() => requireReferralStatus({ status: ReferralStatus.DRAFT }, [ReferralStatus.SENT], '登记回执'))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
    expect(refusal(() => requireReferralStatus({ status: ReferralStatus.SENT }, [ReferralStatus.SENT], '登记回执'))).toBeNull();
  });
});
