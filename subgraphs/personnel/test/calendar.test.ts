/**
 * Next year's calendar (issue 7 item 9; DESIGN "Statutory time") against a real PostgreSQL, through the
 * personnel subgraph's HTTP endpoint: deadlines reaching 2027 are provisional while chinese-days ends with
 * 2026; a system administrator enters 2027 from the 国务院办公厅 notice; the stored provisional deadlines
 * are recounted in the same transaction with a history entry; final ones are not touched.
 *
 * TEST DATA: the 2027 arrangement below is constructed for this test (春节 正月初一 is 2027-02-06). It is
 * NOT the State Council's notice for 2027, whose text we do not have; the notice number is marked 测试.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { computeDeadline, fixedClock, loadSeed000, newId, packageSchedule, packageYears, resetCalendar, seedIds, usePackageCalendar, type DeadlineInput } from '@jiandu/kit';
import { startSubgraphForTest, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createPersonnelOrm, SCHEMA } from '../src/orm.js';
import { buildPersonnelSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { seedPersonnel } from '../src/seed/seed.js';
import { forgetInstalledCalendar, recountForInstalledPackage, syncCalendar } from '../src/calendar/calendar-year.service.js';
import { EmploymentChange } from '../src/officers/employment-change.entity.js';
import { EmploymentStatus } from '../src/officers/officer.entity.js';

const seed = loadSeed000();
const ROOT = seedIds.agency(seed.agency.name);
const NOTICE = '国办发明电〔2026〕测试号';
const TEST_2027 = {
  notice: NOTICE,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
    { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-05' },
    { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
    { name: '中秋节', from: '2027-09-15', to: '2027-09-15' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  makeUpDays: ['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'],
};

let s: SubgraphUnderTest;
let sys: string; // SYSTEM_ADMIN
let cert: string; // CERT_ADMIN
let rootAdmin: string; // AGENCY_ADMIN of the seed agency
let officers: { id: string; version: number; certificate: { id: string } }[];

const YEAR_FIELDS = 'year source inForce notice holidays { name from to } daysOff makeUpDays disagreements { date entered package } enteredBy version';
const SET = `mutation($y: Int!, $i: CalendarYearInput!, $v: Int) { setCalendarYear(year: $y, input: $i, version: $v) {
  calendarYear { ${YEAR_FIELDS} } recomputed { kind recordId before after provisional } } }`;
const setYear = (token: string, year: number, input: unknown, version?: number | null) => gql(s.url, SET, { y: year, i: input, v: version ?? null }, token);
const versionOf = async (type: 'certificate' | 'officer', id: string, token = cert) => (await ok(s.url, `query($id: ID!) { ${type}(id: $id) { version } }`, { id }, token))[type].version as number;
const review = async (certificateId: string) =>
  (await ok(s.url, 'mutation($id: ID!, $v: Int!) { reviewCertificate(id: $id, version: $v, note: "年审合格") { review { dueOn provisional } } }', { id: certificateId, v: await versionOf('certificate', certificateId) }, cert)).reviewCertificate.review;
const getCert = async (id: string) =>
  (await ok(s.url, 'query($id: ID!) { certificate(id: $id) { version review { dueOn state provisional } history(limit: 200) { items { kind reason basis actorName reviewDueOn provisional rule targetEventId } } } }', { id }, cert)).certificate;
const changesOf = async (officerId: string) =>
  (await ok(s.url, 'query($id: ID!) { officer(id: $id) { employmentChanges { id reportDueOn provisional late rule changeLog { items { action actorName changes { field before after } } } } } }', { id: officerId }, rootAdmin)).officer.employmentChanges;
/** Sets a policy of the root agency on the version of its override the clerk would see (setPolicy is versioned). */
const setPolicy = async (key: string, value: number) => {
  const { policies } = (await ok(s.url, 'query($a: ID!) { agency(id: $a) { policies { key version } } }', { a: ROOT }, cert)).agency;
  const seen = (policies as { key: string; version: number | null }[]).find((p) => p.key === key)?.version ?? null;
  return ok(s.url, `mutation($a: ID!, $v: Float, $ver: Int) { setPolicy(agencyId: $a, key: ${key}, value: $v, source: "测试：某地规定", version: $ver) { value } }`, { a: ROOT, v: value, ver: seen }, cert);
};
const recordChange = async (officerId: string, effectiveOn: string) =>
  ok(s.url, 'mutation($id: ID!, $v: Int!, $i: EmploymentChangeInput!) { recordEmploymentChange(officerId: $id, version: $v, input: $i) { change { id reportDueOn provisional } } }', { id: officerId, v: await versionOf('officer', officerId, rootAdmin), i: { toStatus: 'TRANSFERRED', effectiveOn } }, rootAdmin);

beforeAll(async () => {
  resetCalendar();
  forgetInstalledCalendar();
  s = await startSubgraphForTest({
    label: 'calendar',
    createOrm: createPersonnelOrm,
    schemaName: SCHEMA,
    buildSchema: buildPersonnelSchema,
    createLoaders,
    seed: (em, now) => seedPersonnel(em, now, { demoUsers: false }),
    // The scenario is December 2026 by its nature: chinese-days 1.5.7 ends with 2026 and 2027 is entered.
    clock: fixedClock('2026-11-24T10:00:00+08:00'),
  });
  sys = await s.token(['SYSTEM_ADMIN'], { name: '系统管理员甲' });
  cert = await s.token(['CERT_ADMIN'], { name: '证件管理员甲' });
  rootAdmin = await s.token(['AGENCY_ADMIN'], { agencyId: ROOT, name: '管理局管理员' });
  officers = (await ok(s.url, '{ officers(limit: 10) { items { id version certificate { id } } } }', {}, cert)).officers.items.filter((o: any) => o.certificate);
  expect(officers.length).toBeGreaterThanOrEqual(6);
});
afterAll(async () => {
  usePackageCalendar(null);
  await s?.stop();
});

const NOW = new Date('2026-11-24T10:00:00+08:00');
const ENTRY_2026 = { notice: '国办发明电〔2025〕测试号', holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-06' }], makeUpDays: [] };

/**
 * A provisional report deadline counted in working days (a period unit personnel's own rules do not use yet,
 * but a stored period may have): stored as the command would, on the calendar in force now.
 */
async function storeWorkingDaysChange(officerId: string, period: DeadlineInput): Promise<{ id: string; reportDueOn: string }> {
  const d = computeDeadline(period);
  const em = s.orm.em.fork();
  const id = newId();
  em.create(EmploymentChange, {
    id, officerId, fromStatus: EmploymentStatus.ON_DUTY, toStatus: EmploymentStatus.TRANSFERRED, effectiveOn: period.start,
    reportDueOn: d.due, provisional: d.provisional, rule: `测试：报送期限 ${period.amount}个工作日`, period: { start: period.start, amount: period.amount, unit: period.unit },
    reportedOn: period.start, late: false, recordedBy: '测试', recordedAt: NOW,
  });
  await em.flush();
  return { id, reportDueOn: d.due };
}
const changeRow = async (id: string) => s.orm.em.fork().findOneOrFail(EmploymentChange, { id });
const changeLogOf = async (id: string) => s.orm.em.fork().getConnection().execute<{ action: string }[]>(`select action from "${SCHEMA}"."change_log" where entity_id = ?`, [id]);

// A: 年审 12 months from 2026-11-24 → 2027-11-24 (no holiday: same date, but final once 2027 is entered)
// B: 年审 5 months → Sat 2027-04-24 → weekends alone Mon 04-26; with 2027 entered the 调休 Sunday 04-25
// C: report within 73 days of 2026-11-24 → Fri 2027-02-05, a 春节 day once 2027 is entered → Mon 02-15
// D: report within 10 days of 2026-11-20 → 2026-11-30: final from the start, never touched
// E: 10 working days from 2026-12-21 → 2027-01-04 on weekends alone; 2027-01-05 once 元旦 2027 is entered
// F: 10 working days from 2027-12-20 → 2028-01-03 both before and after 2027 is entered (still provisional: 2028)
const ids = { a: '', b: '', c: '', d: '', e: '', f: '' };

describe('before 2027 is entered: deadlines reaching 2027 are provisional (DESIGN "Statutory time")', () => {
  it('民法典 第二百零三条 on weekends alone: 年审 and 004 第十一条 report deadlines in 2027 are stored provisional', async () => {
    ids.d = officers[3]!.id;
    expect((await recordChange(ids.d, '2026-11-20')).recordEmploymentChange.change).toMatchObject({ reportDueOn: '2026-11-30', provisional: false });

    ids.a = officers[0]!.certificate.id;
    expect(await review(ids.a)).toEqual({ dueOn: '2027-11-24', provisional: true });
    await setPolicy('REVIEW_CYCLE_MONTHS', 5);
    ids.b = officers[1]!.certificate.id;
    expect(await review(ids.b)).toEqual({ dueOn: '2027-04-26', provisional: true });
    await setPolicy('CHANGE_REPORT_DAYS', 73);
    ids.c = officers[2]!.id;
    expect((await recordChange(ids.c, '2026-11-24')).recordEmploymentChange.change).toMatchObject({ reportDueOn: '2027-02-05', provisional: true });

    const o = await ok(s.url, '{ calendarYears { packageLabel coveredFrom coveredTo years { year source inForce } } }', {}, rootAdmin);
    expect(o.calendarYears).toMatchObject({ packageLabel: expect.stringMatching(/^chinese-days /), coveredFrom: '2004-01-01', coveredTo: '2026-12-31' });
    expect(o.calendarYears.years[0]).toEqual({ year: 2026, source: 'PACKAGE', inForce: 'PACKAGE' });
  });
});

describe('entering a year the package covers recounts nothing (issue 7 item 9: the package stays in force there)', () => {
  it('民法典 第二百零一条: a provisional deadline reading 2026 and 2027 is not recounted when 2026 is entered — no history, no version bump', async () => {
    const e = await storeWorkingDaysChange(officers[5]!.id, { start: '2026-12-21', amount: 10, unit: 'WORKING_DAYS' });
    expect(e.reportDueOn).toBe('2027-01-04');
    ids.e = e.id;
    ids.f = (await storeWorkingDaysChange(officers[5]!.id, { start: '2027-12-20', amount: 10, unit: 'WORKING_DAYS' })).id;
    const versions = [await versionOf('certificate', ids.a), await versionOf('certificate', ids.b)];
    const r = await setYear(sys, 2026, ENTRY_2026);
    expect(r.errors).toBeUndefined();
    expect(r.data.setCalendarYear).toMatchObject({ calendarYear: { year: 2026, source: 'BOTH', inForce: 'PACKAGE', version: 1 }, recomputed: [] });
    expect([await versionOf('certificate', ids.a), await versionOf('certificate', ids.b)]).toEqual(versions);
    expect((await getCert(ids.b)).history.items.filter((h: any) => h.kind === 'DEADLINE_RECOMPUTED')).toEqual([]);
    expect(await changeRow(ids.e)).toMatchObject({ reportDueOn: '2027-01-04', provisional: true });
    expect(await changeLogOf(ids.e)).toEqual([]);
  });
});

describe('setCalendarYear: who may enter and what is refused', () => {
  it('only a system administrator enters a year (FORBIDDEN for a certificate administrator); anonymous callers see nothing', async () => {
    expect(codes(await setYear(cert, 2027, TEST_2027))).toEqual(['FORBIDDEN']);
    expect(codes(await setYear(rootAdmin, 2027, TEST_2027))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, '{ calendarYears { coveredTo } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('bad input is BAD_USER_INPUT with every field marked, and changes nothing', async () => {
    const r = await setYear(sys, 2027, {
      notice: ' ',
      holidays: [
        { name: '春节', from: '2027-02-13', to: '2027-02-05' },
        { name: '元旦', from: '2026-12-31', to: '2027-01-01' },
        { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
        { name: '中秋节', from: '2027-10-07', to: '2027-10-07' },
      ],
      makeUpDays: ['2027-02-22', '2027-10-02', 'x'],
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const problems = r.errors![0]!.extensions!.problems as { field: string; message: string }[];
    expect(problems.map((p) => p.field)).toEqual(['notice', 'holidays.0.to', 'holidays.1.from', 'holidays.3.from', 'makeUpDays.0', 'makeUpDays.1', 'makeUpDays.2']);
    expect(problems.find((p) => p.field === 'makeUpDays.0')!.message).toContain('不是周六或周日');
    expect(problems.find((p) => p.field === 'holidays.3.from')!.message).toContain('重叠');
    expect(codes(await setYear(sys, 2040, TEST_2027))).toEqual(['BAD_USER_INPUT']);
    expect((await ok(s.url, '{ calendarYear(year: 2027) { year } }', {}, sys)).calendarYear).toBeNull();
    expect((await getCert(ids.a)).review.provisional).toBe(true);
  });
});

describe('entering 2027 (国务院办公厅 notice): provisional deadlines recounted, final ones untouched', () => {
  it('recounts every stored provisional deadline in the same transaction and reports old → new', async () => {
    const r = await setYear(sys, 2027, TEST_2027);
    expect(r.errors).toBeUndefined();
    const { calendarYear, recomputed } = r.data.setCalendarYear;
    expect(calendarYear).toMatchObject({ year: 2027, source: 'ENTERED', inForce: 'ENTERED', notice: NOTICE, enteredBy: '系统管理员甲', version: 1, disagreements: [] });
    expect(calendarYear.daysOff).toHaveLength(3 + 9 + 3 + 5 + 1 + 1 + 7);
    const byKindAndDate = (x: any) => `${x.kind} ${x.before}`;
    expect([...recomputed].sort((x: any, y: any) => byKindAndDate(x).localeCompare(byKindAndDate(y)))).toEqual([
      { kind: 'CERTIFICATE_REVIEW', recordId: ids.b, before: '2027-04-26', after: '2027-04-25', provisional: false },
      { kind: 'CERTIFICATE_REVIEW', recordId: ids.a, before: '2027-11-24', after: '2027-11-24', provisional: false },
      { kind: 'EMPLOYMENT_CHANGE_REPORT', recordId: ids.e, before: '2027-01-04', after: '2027-01-05', provisional: false },
      { kind: 'EMPLOYMENT_CHANGE_REPORT', recordId: expect.any(String), before: '2027-02-05', after: '2027-02-15', provisional: false },
    ]);
  });

  it('民法典 第二百零一条: a deadline whose recount comes out the same (same date, still provisional) is left alone', async () => {
    expect(await changeRow(ids.f)).toMatchObject({ reportDueOn: '2028-01-03', provisional: true });
    expect(await changeLogOf(ids.f)).toEqual([]);
    expect(await changeLogOf(ids.e)).toEqual([{ action: '重新计算期限' }]);
  });

  it('a certificate\'s 年审 due date is final, with a history entry citing the notice (actor, reason, old → new)', async () => {
    const b = await getCert(ids.b);
    expect(b.review).toEqual({ dueOn: '2027-04-25', state: 'OK', provisional: false });
    const entry = b.history.items.find((h: any) => h.kind === 'DEADLINE_RECOMPUTED');
    expect(entry).toMatchObject({ actorName: '系统管理员甲', reviewDueOn: '2027-04-25', provisional: false, rule: expect.stringContaining('证件年审周期 5个月') });
    expect(entry.reason).toBe(`国务院办公厅（${NOTICE}）公布2027年节假日安排，重新计算期限：年审截止日 2027-04-26 → 2027-04-25`);
    expect(entry.basis).toContain(`2027年：${NOTICE}（录入）`);
    expect(entry.targetEventId).toEqual(expect.any(String));
    const a = await getCert(ids.a);
    expect(a.review).toMatchObject({ dueOn: '2027-11-24', provisional: false });
  });

  it('004 第十一条: the employment change\'s report deadline is final, with a change-log entry; the final one is untouched', async () => {
    const [c] = await changesOf(ids.c);
    expect(c).toMatchObject({ reportDueOn: '2027-02-15', provisional: false, late: false });
    expect(c.changeLog.items).toHaveLength(1);
    expect(c.changeLog.items[0]).toMatchObject({ action: '重新计算期限', actorName: '系统管理员甲' });
    expect(c.changeLog.items[0].changes).toEqual(expect.arrayContaining([
      { field: 'reportDueOn', before: '2027-02-05', after: '2027-02-15' },
      { field: 'provisional', before: 'true', after: 'false' },
      { field: 'reason', before: '', after: expect.stringContaining('公布2027年节假日安排，重新计算期限') },
    ]));
    const [d] = await changesOf(ids.d);
    expect(d).toMatchObject({ reportDueOn: '2026-11-30', provisional: false, changeLog: { items: [] } });
  });

  it('new deadlines in 2027 are final at once; coverage reaches 2027-12-31', async () => {
    expect(await review(officers[4]!.certificate.id)).toEqual({ dueOn: '2027-04-25', provisional: false });
    const o = await ok(s.url, '{ calendarYears { coveredTo years { year source inForce } } }', {}, rootAdmin);
    expect(o.calendarYears.coveredTo).toBe('2027-12-31');
    expect(o.calendarYears.years.slice(0, 2)).toEqual([
      { year: 2027, source: 'ENTERED', inForce: 'ENTERED' },
      { year: 2026, source: 'BOTH', inForce: 'PACKAGE' }, // 2026 entered above; the package answers
    ]);
  });

  it('another process (a replica that started before the entry) picks the entry up before its next deadline', async () => {
    resetCalendar(); // what a process that has not seen the entry holds
    forgetInstalledCalendar();
    expect(await review(officers[5]!.certificate.id)).toEqual({ dueOn: '2027-04-25', provisional: false });
  });

  it('a correction needs the version seen (CONCURRENT_MODIFICATION otherwise); re-entering recounts nothing already final', async () => {
    expect(codes(await setYear(sys, 2027, TEST_2027))).toEqual(['CONCURRENT_MODIFICATION']);
    const r = await setYear(sys, 2027, { ...TEST_2027, notice: `${NOTICE}（更正）` }, 1);
    expect(r.errors).toBeUndefined();
    expect(r.data.setCalendarYear).toMatchObject({ calendarYear: { version: 2, notice: `${NOTICE}（更正）` }, recomputed: [] });
  });

  it('issue 7 item 9: for a year the package covers the package stays in force; disagreements with the entry are shown', async () => {
    const r = await setYear(sys, 2026, { ...ENTRY_2026, notice: `${ENTRY_2026.notice}（更正）` }, 1);
    expect(r.errors).toBeUndefined();
    expect(r.data.setCalendarYear.recomputed).toEqual([]);
    const y = r.data.setCalendarYear.calendarYear;
    expect(y).toMatchObject({ year: 2026, source: 'BOTH', inForce: 'PACKAGE' });
    // 2026-10-07 is a day off in the package, not in the entry; the package's make-up days are missing from it
    expect(y.disagreements).toEqual(expect.arrayContaining([
      { date: '2026-10-07', entered: 'WORKING_DAY', package: 'DAY_OFF' },
      { date: '2026-10-10', entered: 'DAY_OFF', package: 'WORKING_DAY' },
      { date: '2026-02-16', entered: 'WORKING_DAY', package: 'DAY_OFF' },
    ]));
  });

  it('a year being entered waits for a deadline command in flight, so no deadline is counted on the old calendar after the recount', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const inFlight = new Promise<void>((r) => (started = r));
    // a command's transaction that has checked the calendar (shared lock) and is still counting
    const command = s.orm.em.fork().transactional(async (tx) => {
      await syncCalendar(tx);
      started();
      await held;
    });
    await inFlight;
    let done = false;
    const saving = setYear(sys, 2028, { notice: '国办发明电〔2027〕测试号', holidays: [{ name: '元旦', from: '2028-01-01', to: '2028-01-03' }], makeUpDays: [] }).then((r) => {
      done = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(done).toBe(false);
    release();
    await command;
    expect((await saving).errors).toBeUndefined();
  });
});

/**
 * TEST DATA: `TEST_2029` is made up for this test (a package release that adds 2029); it is not any notice.
 * 2029-02-24 is a Saturday worked instead of a 春节 day.
 */
const TEST_2029 = {
  year: 2029,
  daysOff: ['2029-01-01', '2029-02-12', '2029-02-13', '2029-02-14', '2029-02-15', '2029-02-16', '2029-02-17', '2029-02-18'],
  makeUpDays: ['2029-02-10', '2029-02-24'],
};

describe('a newer holiday package (DESIGN "Statutory time": provisional deadlines are recomputed when a newer calendar is installed)', () => {
  const recount = () => recountForInstalledPackage(s.orm.em.fork(), NOW);
  let g = ''; // a certificate whose 年审 falls in 2029
  let h = ''; // an employment change reading 2029 and 2030: same result on the newer package

  it('the first run records the installed package and changes nothing (no deadline was counted on an older one)', async () => {
    const first = await recount();
    expect(first).toMatchObject({ label: expect.stringMatching(/^chinese-days /), recomputed: [] });
    expect(first.newYears).toEqual(packageYears());
    expect(await recount()).toMatchObject({ newYears: [], recomputed: [] });
  });

  it('民法典 第二百零二条、第二百零三条: the package adding 2029 makes a 年审 in 2029 final, recounted by the system with the package cited', async () => {
    await setPolicy('REVIEW_CYCLE_MONTHS', 27);
    g = officers[4]!.certificate.id;
    expect(await review(g)).toEqual({ dueOn: '2029-02-26', provisional: true }); // Sat 2029-02-24 on weekends alone
    h = (await storeWorkingDaysChange(officers[4]!.id, { start: '2029-12-20', amount: 10, unit: 'WORKING_DAYS' })).id;
    const version = await versionOf('certificate', g);

    usePackageCalendar({ label: 'chinese-days 9.9.9-test', years: [...packageYears().map((y) => packageSchedule(y)!), TEST_2029] });
    const r = await recount();
    expect(r).toEqual({
      label: 'chinese-days 9.9.9-test',
      newYears: [2029],
      recomputed: [{ kind: 'CERTIFICATE_REVIEW', recordId: g, before: '2029-02-26', after: '2029-02-24', provisional: false }],
    });
    const c = await getCert(g);
    expect(c.version).toBeGreaterThan(version);
    expect(c.review).toMatchObject({ dueOn: '2029-02-24', provisional: false });
    const entry = c.history.items.find((x: any) => x.kind === 'DEADLINE_RECOMPUTED');
    expect(entry).toMatchObject({ actorName: '系统', reviewDueOn: '2029-02-24', provisional: false, rule: expect.stringContaining('证件年审周期 27个月') });
    expect(entry.reason).toBe('chinese-days 9.9.9-test 收录2029年节假日安排，重新计算期限：年审截止日 2029-02-26 → 2029-02-24');
    expect(entry.basis).toContain('2029年：chinese-days 9.9.9-test');
    // reads 2030 too: 2030-01-03 before and after, still provisional — not recounted
    expect(await changeRow(h)).toMatchObject({ reportDueOn: '2030-01-03', provisional: true });
    expect(await changeLogOf(h)).toEqual([]);
  });

  it('runs once per package: a second migrate (another replica, the next deploy) finds nothing new', async () => {
    const version = await versionOf('certificate', g);
    expect(await recount()).toEqual({ label: 'chinese-days 9.9.9-test', newYears: [], recomputed: [] });
    expect(await versionOf('certificate', g)).toBe(version);
  });

  it('personnel\'s `migrate` command runs it (the deploy step): the package in use is recorded', async () => {
    usePackageCalendar(null);
    const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/index.js');
    await promisify(execFile)(process.execPath, [entry, 'migrate'], { env: { ...process.env, DATABASE_URL: s.databaseUrl, LOG_LEVEL: 'warn' }, timeout: 60_000 });
    const [row] = await s.orm.em.fork().getConnection().execute<{ label: string; years: number[] }[]>(`select label, years from "${SCHEMA}"."calendar_package"`);
    expect(row).toEqual({ label: expect.stringMatching(/^chinese-days \d/), years: packageYears() });
    expect(row!.label).not.toContain('9.9.9-test');
  }, 90_000);
});
