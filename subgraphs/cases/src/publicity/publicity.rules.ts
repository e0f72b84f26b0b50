/**
 * The rules of 公示 (publication of decisions, 002 （二）3 事后公开; 004 第十四条) and 备案 (filing of major
 * decisions, 004 第十九条; 000 二（九）) — pure functions, tested by article (publicity.rules.test.ts).
 */
import {
  addWorkingDays, calendarBasisText, computeDeadline, DomainError, ErrorCode, InputProblems, isAfter, isBefore, isLocalDate,
  maskIdNumber, maskName, maskPhone, PERIOD_UNITS, type Deadline, type LocalDate, type PeriodUnit,
} from '@jiandu/kit';
import { MatterCategory } from '../matters/matter.entity.js';
import { CaseStage, PartyKind } from '../cases/case.enums.js';

// ─── Redaction (002 （二）1: 涉及个人隐私等不宜公开的信息…要作适当处理后公开; 004 第十四条: 不得违法公开…个人隐私) ───

export enum RedactionKind {
  ID_NUMBER = 'ID_NUMBER',
  PHONE = 'PHONE',
  ADDRESS = 'ADDRESS',
  PERSON_NAME = 'PERSON_NAME',
}

/** What stands in the published text where personal data was. No digits: re-redacting a redacted text changes nothing. */
export const REDACTION_PLACEHOLDER: Record<Exclude<RedactionKind, RedactionKind.PERSON_NAME>, string> = {
  ID_NUMBER: '［身份证号码已隐去］',
  PHONE: '［电话号码已隐去］',
  ADDRESS: '［住址已隐去］',
};

export interface Redaction {
  kind: RedactionKind;
  /** The original, masked (kit masking) so the clerk can recognise it without the preview showing it in full. */
  original: string;
  /** Where the replacement stands in the redacted text: [start, end) in UTF-16 code units (JavaScript string offsets). */
  start: number;
  end: number;
  /** What replaced it. */
  replacement: string;
}

export interface Redacted {
  text: string;
  redactions: Redaction[];
}

/** A party as the case records it (CaseParty): its recorded personal data is redacted wherever it occurs. */
export interface PartyFacts {
  kind: PartyKind;
  name: string;
  idNumber?: string | null;
  address?: string | null;
  phone?: string | null;
}

// 居民身份证号码 (GB 11643): 6-digit area, birth date, 3-digit sequence, check digit (0-9 or X); the old 15-digit
// number has a 2-digit year and no check digit. The birth date is part of the pattern so an amount or an
// organisation's 统一社会信用代码 of 18 characters is not taken for one.
const DATE8 = '(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])';
const DATE6 = '\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])';
// Written as one run or in groups (6-8-4, 6-6-3) separated by a space or a dash, as clerks often type them.
const ID18 = new RegExp(`(?<![0-9A-Za-z])[1-9]\\d{5}[-\\s]?${DATE8}[-\\s]?\\d{3}[0-9Xx](?![0-9A-Za-z])`, 'g');
const ID15 = new RegExp(`(?<![0-9A-Za-z])[1-9]\\d{5}[-\\s]?${DATE6}[-\\s]?\\d{3}(?![0-9A-Za-z])`, 'g');

/**
 * Full-width digits, letters, dash and space as their ASCII forms, one code unit for one (so positions found in
 * the result are positions in the original): ＩＤ numbers typed with an input method are still found.
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
// Mobile numbers (1[3-9] + 9 digits, optionally +86 and separated 3-4-4) and landlines (0 + area code 2–3 digits,
// then 7–8 digits; the area code in brackets or followed by a dash, or written together).
const MOBILE = /(?<![0-9])(?:(?:\+|00)?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?![0-9])/g;
const LANDLINE = /(?<![0-9])(?:[(（]0\d{2,3}[)）]\s?|0\d{2,3}[-\s]?)[2-9]\d{6,7}(?:[-转]\d{1,4})?(?![0-9])/g;

// Addresses of persons: what follows a label (住址、住所、家住…) up to the end of the clause, when it looks like an
// address; and an address written out from a province-level name down to a number or room (…省/区/市/县…路/街…号/室).
const ADDRESS_MARK = /[省市区县旗镇乡村路街巷道弄号室栋幢楼组]/;
const LABELLED_ADDRESS = /(?:家庭住址|现住址|户籍地址|户籍地|经常居住地|居住地|住址|住所地|住所|地址|家住|现住|住)(?:为|是|在|于)?[：:\s]*([^，,。；;、\n\r（）()【】［］]{4,60})/g;
const PROVINCES = '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
const WRITTEN_ADDRESS = new RegExp(
  `(?:${PROVINCES})[\\u4e00-\\u9fa5]{0,12}?(?:省|自治区|市)[\\u4e00-\\u9fa5\\dA-Za-z\\-－]{0,40}?(?:路|街|巷|道|弄|村)[\\u4e00-\\u9fa5\\dA-Za-z\\-－]{0,30}?(?:号|室)(?:[\\dA-Za-z\\-－]{1,6}(?:号|室|栋|幢|楼|单元|层))*`,
  'gu',
);

interface Span {
  kind: RedactionKind;
  start: number;
  end: number;
  original: string;
  replacement: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const digitsOf = (s: string) => s.replace(/[^0-9Xx]/g, '');

function masked(kind: RedactionKind, original: string): string {
  switch (kind) {
    case RedactionKind.ID_NUMBER: return maskIdNumber(original) ?? '';
    case RedactionKind.PHONE: return maskPhone(digitsOf(original)) ?? '';
    case RedactionKind.PERSON_NAME: return maskName(original) ?? '';
    // An address keeps its first 6 characters (the province and city), the rest masked.
    case RedactionKind.ADDRESS: {
      const chars = [...original];
      return chars.slice(0, 6).join('') + '*'.repeat(Math.max(1, chars.length - 6));
    }
  }
}

/** 张三 → 张某, 欧阳小明 → 欧阳某 when the surname is one of the common compound ones. */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '令狐', '夏侯', '宇文', '司徒', '端木', '买买提', '阿不都'];
export function pseudonym(name: string): string {
  const n = name.trim();
  const surname = COMPOUND_SURNAMES.find((s) => n.startsWith(s) && n.length > s.length) ?? [...n][0] ?? '';
  return `${surname}某`;
}

/** The part of an address after its last administrative unit, when it is specific enough (a number in it). */
function streetPart(address: string): string | null {
  const tail = /^(?:.*(?:省|自治区|自治州|市|区|县|旗|镇|乡|街道))?(.+)$/u.exec(address)?.[1] ?? '';
  return tail !== address && tail.length >= 5 && /\d/.test(tail) ? tail : null;
}

function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push([i, i + needle.length]);
  return out;
}

/** A recorded phone number wherever it occurs, whether written with separators or not. */
function phoneOccurrences(text: string, phone: string): [number, number][] {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return [];
  const re = new RegExp(`(?<![0-9])${[...digits].map(escapeRe).join('[-\\s]?')}(?![0-9])`, 'g');
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * The text to publish, with the personal data it holds taken out (002 （二）1 and 004 第十四条: no 个人隐私 in what
 * is published), and what was taken out, for the clerk to check before publishing:
 * - ID numbers (18 digits with X, or the old 15), mobile and landline numbers, wherever they occur;
 * - the recorded ID numbers, addresses and phone numbers of the case's PERSON parties, wherever they occur;
 * - addresses written after a label (住址、住所…) or from a province down to a number (…省/区/市…路/街…号/室) —
 *   applied when the case has a person among its parties (or its parties are not known); an organisation's own
 *   recorded address stays, as do its name and 统一社会信用代码 (public under the credit-information rules);
 * - a person party's name is shown as surname + 某 (张三 → 张某), the usual form of published decisions.
 * Organisations' names stay. Overlapping finds are merged, the widest kept.
 */
export function redact(text: string, parties?: readonly PartyFacts[] | null): Redacted {
  const spans: Span[] = [];
  const add = (kind: RedactionKind, start: number, end: number, replacement?: string) => {
    const original = text.slice(start, end);
    if (!original.trim()) return;
    spans.push({ kind, start, end, original, replacement: replacement ?? REDACTION_PLACEHOLDER[kind as Exclude<RedactionKind, RedactionKind.PERSON_NAME>] });
  };
  const persons = (parties ?? []).filter((p) => p.kind === PartyKind.PERSON);
  const organisationAddresses = (parties ?? []).filter((p) => p.kind === PartyKind.ORGANISATION && p.address?.trim()).map((p) => p.address!.trim());

  const scan = halfWidth(text);
  for (const re of [ID18, ID15]) for (const m of scan.matchAll(re)) add(RedactionKind.ID_NUMBER, m.index!, m.index! + m[0].length);
  for (const re of [MOBILE, LANDLINE]) for (const m of scan.matchAll(re)) add(RedactionKind.PHONE, m.index!, m.index! + m[0].length);

  for (const p of persons) {
    const id = p.idNumber?.trim();
    if (id) for (const [s, e] of occurrences(scan.toUpperCase(), halfWidth(id).toUpperCase())) add(RedactionKind.ID_NUMBER, s, e);
    if (p.phone?.trim()) for (const [s, e] of phoneOccurrences(text, p.phone)) add(RedactionKind.PHONE, s, e);
    const address = p.address?.trim();
    if (address && address.length >= 4) {
      for (const [s, e] of occurrences(text, address)) add(RedactionKind.ADDRESS, s, e);
      // …and its street part written alone (解放南路88号3单元201室 of 乌鲁木齐市天山区解放南路88号3单元201室)
      const street = streetPart(address);
      if (street) for (const [s, e] of occurrences(text, street)) add(RedactionKind.ADDRESS, s, e);
    }
  }

  if (parties == null || persons.length > 0) {
    const isOrganisations = (s: string) => organisationAddresses.some((a) => a === s.trim() || (s.trim().length >= 6 && a.includes(s.trim())));
    for (const m of text.matchAll(LABELLED_ADDRESS)) {
      const body = m[1]!.replace(/\s+$/, '');
      if (!ADDRESS_MARK.test(body) || isOrganisations(body)) continue;
      const start = m.index! + m[0].length - m[1]!.length;
      add(RedactionKind.ADDRESS, start, start + body.length);
    }
    for (const m of text.matchAll(WRITTEN_ADDRESS)) {
      if (!isOrganisations(m[0])) add(RedactionKind.ADDRESS, m.index!, m.index! + m[0].length);
    }
  }

  // Names last: a name inside an address or number already taken out is not redacted twice.
  for (const p of persons) {
    const name = p.name.trim();
    if ([...name].length < 2) continue;
    for (const [s, e] of occurrences(text, name)) add(RedactionKind.PERSON_NAME, s, e, pseudonym(name));
  }

  // Merge: earliest first, the widest at a start; a span overlapping one kept is dropped, unless it is wider and
  // of a personal-data kind, when it absorbs it (an ID number inside a labelled clause, a name inside an address).
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) {
    const last = kept.at(-1);
    if (last && s.start < last.end) {
      if (s.end > last.end) {
        // Extend the earlier one to cover both; it keeps its kind (the earlier, wider find).
        last.end = s.end;
        last.original = text.slice(last.start, last.end);
      }
      continue;
    }
    kept.push({ ...s });
  }

  let out = '';
  let at = 0;
  const redactions: Redaction[] = [];
  for (const s of kept) {
    out += text.slice(at, s.start);
    const start = out.length;
    out += s.replacement;
    redactions.push({ kind: s.kind, original: masked(s.kind, s.original), start, end: out.length, replacement: s.replacement });
    at = s.end;
  }
  out += text.slice(at);
  return { text: out, redactions };
}

// ─── When: 公示 within 7 or 20 working days (002 （二）3 事后公开（一）) ───

export const PUBLICATION_RULE_7 = '002 （二）3 事后公开（一）：行政许可、行政处罚的执法决定自作出之日起7个工作日内向社会公开';
export const PUBLICATION_RULE_20 = '002 （二）3 事后公开（一）：其他行政执法决定自作出之日起20个工作日内向社会公布';

export interface StoredDeadline extends Deadline {
  /** The rule that set it, in words, stored beside it (DESIGN "Rules are data"). */
  rule: string;
  /** The calendar it rests on (kit calendarBasisText). */
  calendarBasis: string;
}

/**
 * The publication deadline of a decision (002 （二）3 事后公开（一）): 行政许可 and 行政处罚 decisions within 7
 * working days of the day they were made, every other decision within 20 working days — counted on the kit
 * calendar (working days exclude weekends and statutory holidays; provisional past the calendar's data).
 * Every category is published: 002 names 许可 and 处罚 and then "其他行政执法决定"; 004 第十四条 adds 检查 results.
 */
export function publicationDue(decidedOn: LocalDate, category: MatterCategory): StoredDeadline {
  const seven = category === MatterCategory.LICENSING || category === MatterCategory.PUNISHMENT;
  const d = computeDeadline({ start: decidedOn, amount: seven ? 7 : 20, unit: 'WORKING_DAYS' });
  return { ...d, rule: seven ? PUBLICATION_RULE_7 : PUBLICATION_RULE_20, calendarBasis: calendarBasisText(d) };
}

// ─── 备案 of major decisions (004 第十九条; 000 二（九）) ───

export interface FilingPolicyValue {
  value: number;
  unit: PeriodUnit;
  sourceText: string;
}

/** 004 第十九条: 自作出决定之日起15日内 … 报送本级政府司法行政机关和上一级行政执法主管部门备案. */
export const DEFAULT_FILING_POLICY: Readonly<FilingPolicyValue> = Object.freeze({
  value: 15,
  unit: 'NATURAL_DAYS' as PeriodUnit,
  sourceText: '004 第十九条：行政执法机关自作出重大行政执法行为决定之日起15日内，报送本级政府司法行政机关和上一级行政执法主管部门备案',
});

/** 000 二（九）: the agency of seed 000 files within 7 working days (the seed sets it as that agency's policy). */
export const SEED_000_FILING_POLICY: Readonly<FilingPolicyValue> = Object.freeze({
  value: 7,
  unit: 'WORKING_DAYS' as PeriodUnit,
  sourceText: '000 二（九）：执法部门应当在作出重大行政执法决定后的7个工作日内，将相关的行政执法文书报送政策法规建档备案',
});

/** 004 第十九条: where the file goes. */
export const FILING_RECIPIENT = '本级司法行政机关和上一级行政执法主管部门';

export const UNIT_LABEL: Record<PeriodUnit, string> = { WORKING_DAYS: '个工作日', NATURAL_DAYS: '日', NATURAL_MONTHS: '个月' };

/** `7个工作日` */
export const periodText = (p: Pick<FilingPolicyValue, 'value' | 'unit'>) => `${p.value}${UNIT_LABEL[p.unit]}`;

/**
 * The filing deadline of a major decision under the agency's policy (004 第十九条 15日 by default; 000 二（九）
 * 7个工作日 for that agency): natural days end on a working day (民法典 第二百零三条, kit computeDeadline).
 * The stored rule names the value and its source, so a later change of policy leaves it as it was.
 */
export function filingDue(decidedOn: LocalDate, policy: FilingPolicyValue): StoredDeadline {
  const d = computeDeadline({ start: decidedOn, amount: policy.value, unit: policy.unit });
  return { ...d, rule: `备案期限 ${periodText(policy)}（${policy.sourceText}）`, calendarBasis: calendarBasisText(d) };
}

export const SOURCE_MAX = 1000;

/** A filing policy as a clerk enters it: a whole number of days or months in a sensible range, with its source. */
export function checkFilingPolicy(input: { value: number; unit: PeriodUnit; sourceText: string }): FilingPolicyValue {
  const sourceText = input.sourceText?.trim() ?? '';
  const max = input.unit === 'NATURAL_MONTHS' ? 12 : 90;
  new InputProblems()
    .check(Number.isInteger(input.value) && input.value >= 1 && input.value <= max, 'value', `备案期限应为 1 至 ${max} 的整数`)
    .check(PERIOD_UNITS.includes(input.unit), 'unit', '请选择期限单位（工作日、日或月）')
    .check(sourceText.length >= 4, 'sourceText', '请填写期限的依据（文件名称及条款）')
    .check(sourceText.length <= SOURCE_MAX, 'sourceText', `依据不超过 ${SOURCE_MAX} 字`)
    .throwIfAny();
  return { value: input.value, unit: input.unit, sourceText };
}

/**
 * The policy in force for an agency: its own, else the nearest ancestor's on its path (DESIGN "Rules are data":
 * overridable per agency subtree), else the default of 004 第十九条.
 */
export function resolveFilingPolicy<P extends FilingPolicyValue & { agencyId: string }>(agencyPath: string | null, agencyId: string, policies: readonly P[]): { policy: FilingPolicyValue; setAt: string | null } {
  const ids = agencyPath ? agencyPath.split('/').filter(Boolean).reverse() : [agencyId];
  for (const id of ids) {
    const p = policies.find((x) => x.agencyId === id);
    if (p) return { policy: { value: p.value, unit: p.unit, sourceText: p.sourceText }, setAt: id };
  }
  return { policy: DEFAULT_FILING_POLICY, setAt: null };
}

// ─── Where a deadline stands: kit's `dueState` (kit/src/deadlines.ts) ───

export { DueState, DUE_SOON_WORKING_DAYS, dueState, dueSoonUntil } from '@jiandu/kit';

// ─── When publication and filing may be done ───

/** Publication and filing follow the decision: the case must be at DECISION or a later stage. */
export const DECIDED_STAGES: readonly CaseStage[] = Object.freeze([CaseStage.DECISION, CaseStage.SERVICE, CaseStage.EXECUTION, CaseStage.CLOSED]);

export function requireDecided(c: { stage: CaseStage; decidedOn: string | null }, what: '公示' | '备案'): void {
  if (!DECIDED_STAGES.includes(c.stage) || !c.decidedOn) {
    throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, `案件尚未作出决定，不能${what}（${what}自作出决定之日起计算）`, { field: 'caseId', stage: c.stage });
  }
}

export const REASON_MIN = 4;
export const TEXT_MAX = 20000;

/** The text a clerk publishes instead of the automatic redaction: not empty, not too long. */
export function checkPublishedText(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = text.trim();
  new InputProblems()
    .check(t.length > 0, 'text', '公示文本不能为空；不修改请不要填写此项')
    .check(t.length <= TEXT_MAX, 'text', `公示文本不超过 ${TEXT_MAX} 字`)
    .throwIfAny();
  return t;
}

/** A withdrawal (002 （二）3 事后公开（三）): why (被依法撤销、确认违法或者要求重新作出) and on what basis. */
export function checkWithdrawal(reason: string, basis: string | null | undefined): { reason: string; basis: string | null } {
  const r = reason?.trim() ?? '';
  const b = basis?.trim() || null;
  new InputProblems()
    .check(r.length >= REASON_MIN, 'reason', `请填写撤下原因（至少 ${REASON_MIN} 字），如：被依法撤销、确认违法或者要求重新作出`)
    .check(r.length <= SOURCE_MAX, 'reason', `撤下原因不超过 ${SOURCE_MAX} 字`)
    .check((b ?? '').length >= REASON_MIN, 'basis', `请填写撤下的依据（至少 ${REASON_MIN} 字），如监督决定书、复议决定书或判决书的文号`)
    .check((b ?? '').length <= SOURCE_MAX, 'basis', `依据不超过 ${SOURCE_MAX} 字`)
    .throwIfAny();
  return { reason: r, basis: b };
}

/** The day a filing was sent: a date, not before the decision, not in the future. */
export function checkFiledOn(filedOn: string, decidedOn: LocalDate, today: LocalDate): LocalDate {
  if (!isLocalDate(filedOn)) throw new DomainError(ErrorCode.BAD_USER_INPUT, '备案日期格式应为 YYYY-MM-DD', { field: 'filedOn' });
  if (isBefore(filedOn, decidedOn)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `备案日期不能早于决定日期（${decidedOn}）`, { field: 'filedOn' });
  if (isAfter(filedOn, today)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `备案日期不能晚于今天（${today}）`, { field: 'filedOn' });
  return filedOn;
}
