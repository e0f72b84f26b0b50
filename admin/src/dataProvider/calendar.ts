/**
 * 法定节假日安排 (DESIGN "Statutory time"): the years the statutory calendar knows, from the package or
 * entered by a system administrator from the 国务院办公厅 notice. Resource `calendar`, one record per year
 * (`id` is the year). Creating or editing a year runs `setCalendarYear`, which also recounts the stored
 * provisional deadlines of that year; the record it returns carries how many (`recomputedCount`).
 */
import { graphql } from '../gql';
import type { CalendarYearFieldsFragment } from '../gql/graphql';
import { request } from './client';
import { defineResource } from './resource';

graphql(`
  fragment CalendarYearFields on CalendarYearInfo {
    id
    year
    source
    inForce
    notice
    holidays {
      name
      from
      to
    }
    daysOff
    makeUpDays
    packageDaysOff
    packageMakeUpDays
    disagreements {
      date
      entered
      package
    }
    enteredBy
    enteredAt
    version
  }
`);

export const CalendarYearsQuery = graphql(`
  query CalendarYears {
    calendarYears {
      packageLabel
      coveredFrom
      coveredTo
      years {
        ...CalendarYearFields
      }
    }
  }
`);

const CalendarYearQuery = graphql(`
  query CalendarYear($year: Int!) {
    calendarYear(year: $year) {
      ...CalendarYearFields
    }
  }
`);

const SetCalendarYear = graphql(`
  mutation SetCalendarYear($year: Int!, $input: CalendarYearInput!, $version: Int) {
    setCalendarYear(year: $year, input: $input, version: $version) {
      calendarYear {
        ...CalendarYearFields
      }
      recomputed {
        kind
        recordId
        before
        after
        provisional
      }
    }
  }
`);

/** The form edits make-up days as rows (`{ date }`), which react-admin's ArrayInput handles. */
export type CalendarYearRecord = CalendarYearFieldsFragment & { makeUpDayRows: { date: string }[]; recomputedCount?: number };

const toRecord = (y: CalendarYearFieldsFragment, recomputedCount?: number): CalendarYearRecord => ({
  ...y,
  makeUpDayRows: y.makeUpDays.map((date) => ({ date })),
  ...(recomputedCount === undefined ? {} : { recomputedCount }),
});

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The form's values as the API's input (blank rows dropped, so the server only sees what was filled in). */
export function toCalendarInput(data: Record<string, unknown>) {
  const holidays = (Array.isArray(data.holidays) ? data.holidays : []) as Record<string, unknown>[];
  const rows = (Array.isArray(data.makeUpDayRows) ? data.makeUpDayRows : []) as Record<string, unknown>[];
  return {
    notice: text(data.notice),
    holidays: holidays.map((h) => ({ name: text(h?.name), from: text(h?.from), to: text(h?.to) })),
    makeUpDays: rows.map((r) => text(r?.date)).filter(Boolean),
  };
}

async function save(year: number, data: Record<string, unknown>, version: number | null): Promise<CalendarYearRecord> {
  try {
    const r = (await request(SetCalendarYear, { year, input: toCalendarInput(data), version })).setCalendarYear;
    return toRecord(r.calendarYear, r.recomputed.length);
  } catch (e) {
    // the server names a make-up day `makeUpDays.N`; the form's input is `makeUpDayRows.N.date`
    const errors = (e as { body?: { errors?: Record<string, unknown> } }).body?.errors;
    if (errors) {
      for (const key of Object.keys(errors)) {
        const m = /^makeUpDays\.(\d+)$/.exec(key);
        if (!m) continue;
        // moved, not copied: a key with no input would stay set after the clerk corrects the date, and
        // react-admin would then refuse every later save ("表单填写有误") with no field marked
        errors[`makeUpDayRows.${m[1]}.date`] = errors[key];
        delete errors[key];
      }
    }
    throw e;
  }
}

export const calendar = defineResource<Record<string, never>, never>({
  sortFields: {},
  filterKeys: [],
  list: async ({ offset, limit }) => {
    const years = (await request(CalendarYearsQuery, {})).calendarYears.years;
    return { items: years.slice(offset, offset + limit).map((y) => toRecord(y)), total: years.length };
  },
  one: async (id) => {
    const y = (await request(CalendarYearQuery, { year: Number(id) })).calendarYear;
    if (!y) throw new Error(`未找到 ${id} 年的节假日安排`);
    return toRecord(y);
  },
  create: (data) => save(Number(data.year), data, null),
  update: (id, data, previous) => save(Number(id), data, (previous.version as number | null | undefined) ?? null),
});
