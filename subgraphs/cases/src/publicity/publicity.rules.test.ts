import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@jiandu/kit';
import { MatterCategory } from '../matters/matter.entity.js';
import { CaseStage, PartyKind } from '../cases/case.enums.js';
import {
  checkFiledOn, checkFilingPolicy, checkPublishedText, checkWithdrawal, DEFAULT_FILING_POLICY, DueState, dueState, filingDue, publicationDue,
  pseudonym, redact, REDACTION_PLACEHOLDER, RedactionKind, requireDecided, resolveFilingPolicy, SEED_000_FILING_POLICY, type PartyFacts,
} from './publicity.rules.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.code : 'OTHER';
  }
  return 'NONE';
};

const PERSON: PartyFacts = { kind: PartyKind.PERSON, name: '张三丰', idNumber: '650102198001011234', address: '乌鲁木齐市天山区解放南路88号3单元201室', phone: '13899887766' };
const COMPANY: PartyFacts = { kind: PartyKind.ORGANISATION, name: '新疆某某商贸有限公司', idNumber: '91650100MA77A1B2C3', address: '乌鲁木齐市水磨沟区南湖路100号', phone: '0991-4567890' };

describe('redact: no ID numbers, phone numbers or personal addresses in what is published (002 （二）1; 004 第十四条)', () => {
  it('004 第十四条: an 18-digit ID number (with X) and an old 15-digit one are taken out, shown masked to the clerk', () => {
    const r = redact('当事人身份证号码65010219800101123X，曾用证件号650102800101123。');
    expect(r.text).toBe(`当事人身份证号码${REDACTION_PLACEHOLDER.ID_NUMBER}，曾用证件号${REDACTION_PLACEHOLDER.ID_NUMBER}。`);
    expect(r.redactions.map((x) => [x.kind, x.original])).toEqual([[RedactionKind.ID_NUMBER, '6501**********123X'], [RedactionKind.ID_NUMBER, '6501*******1123']]);
    // the marks point at the replacements in the published text
    for (const x of r.redactions) expect(r.text.slice(x.start, x.end)).toBe(x.replacement);
  });

  it('004 第十四条: an ID number typed in groups or with full-width digits is taken out too', () => {
    for (const written of ['650102 19800101 123X', '650102-19800101-123x', '６５０１０２１９８００１０１１２３Ｘ']) {
      const r = redact(`当事人身份证号码${written}。`);
      expect(r.text).toBe(`当事人身份证号码${REDACTION_PLACEHOLDER.ID_NUMBER}。`);
    }
    // a recorded party's number written in full-width digits
    expect(redact('身份证：６５０１０２１９８００１０１１２３４', [PERSON]).text).not.toMatch(/[0-9０-９]{6}/);
  });

  it('004 第十四条: mobile and landline numbers are taken out, however they are written', () => {
    const r = redact('联系电话：138-9988-7766，办公电话（0991）2381341，或 +86 13512345678、0991-2381342转8。');
    expect(r.text).not.toMatch(/\d{5}/);
    expect(r.redactions.map((x) => x.kind)).toEqual([RedactionKind.PHONE, RedactionKind.PHONE, RedactionKind.PHONE, RedactionKind.PHONE]);
    expect(r.redactions[0]!.original).toBe('138****7766');
  });

  it('004 第十四条: amounts, dates, case numbers and an organisation\'s 统一社会信用代码 are not taken for personal data', () => {
    const text = '决定书文号〔2026〕0003号，2026年11月24日作出，罚款人民币20000元，统一社会信用代码91650100MA77A1B2C3，合同金额1234567890123元。';
    expect(redact(text, [COMPANY])).toEqual({ text, redactions: [] });
  });

  it('002 （二）1: the recorded ID number, address and phone of a person party are taken out wherever they occur; his name becomes 张某', () => {
    const text = '当事人张三丰，公民身份号码650102198001011234，住乌鲁木齐市天山区解放南路88号3单元201室，电话138 9988 7766。张三丰于2026年10月在解放南路88号3单元201室经营。';
    const r = redact(text, [PERSON]);
    expect(r.text).not.toContain('650102198001011234');
    expect(r.text).not.toContain('解放南路88号');
    expect(r.text).not.toContain('9988');
    expect(r.text).not.toContain('张三丰');
    expect(r.text).toContain('当事人张某，');
    expect(r.redactions.filter((x) => x.kind === RedactionKind.PERSON_NAME).map((x) => x.original)).toEqual(['张**', '张**']);
    expect(r.redactions.filter((x) => x.kind === RedactionKind.ADDRESS)).toHaveLength(2);
  });

  it('002 （二）1: an address written out for a person (…省/区/市/县…路/街…号/室) is taken out even when nobody recorded it', () => {
    const r = redact('经查，当事人李四现居新疆维吾尔自治区昌吉回族自治州昌吉市延安北路198号2栋1单元302室，其行为违反……', [{ kind: PartyKind.PERSON, name: '李四' }]);
    expect(r.text).toBe(`经查，当事人李某现居${REDACTION_PLACEHOLDER.ADDRESS}，其行为违反……`);
    const labelled = redact('当事人王五，住址：昌吉市宁边路街道北京南路10号。', [{ kind: PartyKind.PERSON, name: '王五' }]);
    expect(labelled.text).toBe(`当事人王某，住址：${REDACTION_PLACEHOLDER.ADDRESS}。`);
  });

  it('004 第十四条: an organisation\'s name and its recorded address stay; with no person among the parties no address is taken out', () => {
    const text = '当事人新疆某某商贸有限公司，住所地乌鲁木齐市水磨沟区南湖路100号，法定代表人赵六。';
    expect(redact(text, [COMPANY]).text).toBe(text);
    // the same text in a case with a person party: the organisation's recorded address still stays
    expect(redact(text, [COMPANY, { kind: PartyKind.PERSON, name: '钱七' }]).text).toBe(text);
  });

  it('re-redacting a redacted text changes nothing, so a clerk\'s edited text can be redacted again safely', () => {
    const once = redact('当事人张三丰，身份证号650102198001011234，住乌鲁木齐市天山区解放南路88号3单元201室，电话13899887766。', [PERSON]);
    expect(redact(once.text, [PERSON])).toEqual({ text: once.text, redactions: [] });
  });

  it('overlapping finds are merged into one mark (a recorded address holding a number)', () => {
    const r = redact('住所：乌鲁木齐市天山区解放南路88号3单元201室', [PERSON]);
    expect(r.redactions).toHaveLength(1);
    expect(r.text).toBe(`住所：${REDACTION_PLACEHOLDER.ADDRESS}`);
  });

  it('pseudonyms keep compound surnames', () => {
    expect(pseudonym('欧阳小明')).toBe('欧阳某');
    expect(pseudonym('王五')).toBe('王某');
  });
});

describe('publicationDue: 公示 within 7 or 20 working days (002 （二）3 事后公开（一）)', () => {
  it('002 （二）3: a 行政处罚 or 行政许可 decision within 7 working days, across the National Day holiday and its make-up Saturday', () => {
    for (const category of [MatterCategory.PUNISHMENT, MatterCategory.LICENSING]) {
      const d = publicationDue('2026-09-30', category);
      // 10-01…10-07 off; 10-08, 10-09, 10-10 (调休 Saturday), 10-12 … 10-15
      expect(d).toMatchObject({ due: '2026-10-15', unit: 'WORKING_DAYS', amount: 7, provisional: false });
      expect(d.rule).toContain('7个工作日');
      expect(d.rule).toContain('002');
    }
  });

  it('002 （二）3: every other decision within 20 working days', () => {
    for (const category of [MatterCategory.INSPECTION, MatterCategory.COERCION, MatterCategory.REWARD]) {
      const d = publicationDue('2026-09-30', category);
      expect(d).toMatchObject({ due: '2026-11-03', amount: 20 });
      expect(d.rule).toContain('20个工作日');
    }
  });

  it('DESIGN "Statutory time": a period reaching past the calendar\'s data is provisional, and says so in its basis', () => {
    const d = publicationDue('2026-12-28', MatterCategory.PUNISHMENT);
    expect(d.provisional).toBe(true);
    expect(d.calendarBasis).toContain('暂定');
  });
});

describe('filingDue: 备案 of a major decision (004 第十九条; 000 二（九）)', () => {
  it('004 第十九条: by default 15 days, ending on the next working day when the 15th is a holiday (民法典 第二百零三条)', () => {
    const d = filingDue('2026-09-18', DEFAULT_FILING_POLICY);
    expect(d).toMatchObject({ due: '2026-10-08', unit: 'NATURAL_DAYS', amount: 15 });
    expect(d.rule).toBe(`备案期限 15日（${DEFAULT_FILING_POLICY.sourceText}）`);
  });

  it('000 二（九）: the agency of seed 000 files within 7 working days', () => {
    const d = filingDue('2026-09-30', SEED_000_FILING_POLICY);
    expect(d.due).toBe('2026-10-15');
    expect(d.rule).toContain('7个工作日');
    expect(d.rule).toContain('000 二（九）');
  });

  it('DESIGN "Rules are data": an agency\'s own policy, else its nearest ancestor\'s, else 004 第十九条\'s default', () => {
    const own = { agencyId: 'a', ...SEED_000_FILING_POLICY };
    const parent = { agencyId: 'p', value: 10, unit: 'NATURAL_DAYS' as const, sourceText: '州级规定' };
    expect(resolveFilingPolicy('/r/p/a/', 'a', [parent, own])).toEqual({ policy: SEED_000_FILING_POLICY, setAt: 'a' });
    expect(resolveFilingPolicy('/r/p/a/', 'a', [parent])).toMatchObject({ policy: { value: 10 }, setAt: 'p' });
    expect(resolveFilingPolicy('/r/p/a/', 'a', [])).toEqual({ policy: DEFAULT_FILING_POLICY, setAt: null });
    expect(resolveFilingPolicy(null, 'a', [own]).setAt).toBe('a');
  });

  it('a policy needs a sensible whole period and its source', () => {
    expect(checkFilingPolicy({ value: 7, unit: 'WORKING_DAYS', sourceText: ' 000 二（九） ' })).toEqual({ value: 7, unit: 'WORKING_DAYS', sourceText: '000 二（九）' });
    expect(code(() => checkFilingPolicy({ value: 0, unit: 'WORKING_DAYS', sourceText: '000 二（九）' }))).toBe('BAD_USER_INPUT');
    expect(code(() => checkFilingPolicy({ value: 1.5, unit: 'NATURAL_DAYS', sourceText: '000 二（九）' }))).toBe('BAD_USER_INPUT');
    expect(code(() => checkFilingPolicy({ value: 13, unit: 'NATURAL_MONTHS', sourceText: '000 二（九）' }))).toBe('BAD_USER_INPUT');
    expect(code(() => checkFilingPolicy({ value: 7, unit: 'WORKING_DAYS', sourceText: ' ' }))).toBe('BAD_USER_INPUT');
    expect(code(() => checkFilingPolicy({ value: 7, unit: 'WEEKS' as never, sourceText: '000 二（九）' }))).toBe('BAD_USER_INPUT');
  });
});

describe('dueState: overdue and due-soon flags on the statutory calendar (002 （二）3 事后公开; 004 第十九条)', () => {
  it('OK while more than 2 working days are left; DUE_SOON from 2 working days before the due date to the due day; OVERDUE after', () => {
    // due Thursday 2026-10-15: Tuesday 10-13 is 2 working days before it
    expect(dueState('2026-10-15', null, '2026-10-12')).toEqual({ state: DueState.OK, late: false });
    expect(dueState('2026-10-15', null, '2026-10-13')).toEqual({ state: DueState.DUE_SOON, late: false });
    expect(dueState('2026-10-15', null, '2026-10-15')).toEqual({ state: DueState.DUE_SOON, late: false });
    expect(dueState('2026-10-15', null, '2026-10-16')).toEqual({ state: DueState.OVERDUE, late: true });
  });

  it('working days, not natural ones: over the National Day holiday a deadline of 10-09 is still OK on 09-30', () => {
    expect(dueState('2026-10-09', null, '2026-09-30')).toEqual({ state: DueState.DUE_SOON, late: false });
    expect(dueState('2026-10-12', null, '2026-09-30')).toEqual({ state: DueState.OK, late: false });
  });

  it('DONE once done, late when done after the due date', () => {
    expect(dueState('2026-10-15', '2026-10-15', '2026-12-01')).toEqual({ state: DueState.DONE, late: false });
    expect(dueState('2026-10-15', '2026-10-16', '2026-12-01')).toEqual({ state: DueState.DONE, late: true });
  });
});

describe('when publication and filing may be done (002 （二）3 事后公开; 004 第十九条: after the decision)', () => {
  it('only once the case is decided (DECISION or later)', () => {
    expect(code(() => requireDecided({ stage: CaseStage.LEGAL_REVIEW, decidedOn: null }, '公示'))).toBe('ILLEGAL_TRANSITION');
    for (const stage of [CaseStage.DECISION, CaseStage.SERVICE, CaseStage.EXECUTION, CaseStage.CLOSED]) {
      expect(code(() => requireDecided({ stage, decidedOn: '2026-10-01' }, '备案'))).toBe('NONE');
    }
  });

  it('002 （二）3 事后公开（三）: a withdrawal needs its reason and its basis (the 监督决定书, 复议决定书 or judgment)', () => {
    expect(checkWithdrawal(' 被依法撤销 ', ' 昌司监决〔2026〕1号 ')).toEqual({ reason: '被依法撤销', basis: '昌司监决〔2026〕1号' });
    expect(code(() => checkWithdrawal('确认违法的决定', '  '))).toBe('BAD_USER_INPUT');
    expect(code(() => checkWithdrawal('撤', null))).toBe('BAD_USER_INPUT');
  });

  it('a clerk\'s own text is optional but not blank; a filing date lies between the decision and today', () => {
    expect(checkPublishedText(null)).toBeNull();
    expect(code(() => checkPublishedText('  '))).toBe('BAD_USER_INPUT');
    expect(checkFiledOn('2026-10-10', '2026-10-01', '2026-11-24')).toBe('2026-10-10');
    expect(code(() => checkFiledOn('2026-09-30', '2026-10-01', '2026-11-24'))).toBe('BAD_USER_INPUT');
    expect(code(() => checkFiledOn('2026-11-25', '2026-10-01', '2026-11-24'))).toBe('BAD_USER_INPUT');
    expect(code(() => checkFiledOn('10/10/2026', '2026-10-01', '2026-11-24'))).toBe('BAD_USER_INPUT');
  });
});
