import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/** One holiday of an entered arrangement: its name and first and last day off (inclusive). */
export interface HolidayRange {
  name: string;
  from: string;
  to: string;
}

/**
 * A year's holiday arrangement entered by a system administrator from the 国务院办公厅 notice (DESIGN
 * "Statutory time"): reference data, owned here, installed into kit's calendar by every process that
 * computes deadlines.
 */
@Entity({ tableName: 'calendar_year' })
@Unique({ properties: ['year'] })
export class CalendarYear {
  [OptionalProps]?: 'version' | 'enteredById';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'integer' })
  year!: number;

  /** The holidays as the notice lists them (元旦 2027-01-01 至 01-03 …); the days off are their days. */
  @Property({ type: 'json' })
  holidays!: HolidayRange[];

  /** 调休 make-up working days (weekend days that are working days). */
  @Property({ type: 'json' })
  makeUpDays!: string[];

  /** The notice cited, e.g. 国办发明电〔2026〕N号. */
  @Property({ type: 'text' })
  notice!: string;

  @Property({ type: 'string' })
  enteredBy!: string;

  @Property({ type: 'uuid', nullable: true })
  enteredById: string | null = null;

  @Property({ type: 'datetime' })
  enteredAt!: Date;

  @Property({ version: true })
  version!: number;
}
