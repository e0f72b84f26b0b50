import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The holiday package (chinese-days) the stored provisional deadlines were last recounted against (DESIGN
 * "Statutory time": provisional deadlines are recomputed when a newer calendar is installed). `migrate`
 * compares it with the package installed and recounts for the years the new one adds (one row per package).
 */
@Entity({ tableName: 'calendar_package' })
export class CalendarPackage {
  /** The package's name, e.g. chinese-days. */
  @PrimaryKey({ type: 'text' })
  name!: string;

  /** Name and version, e.g. chinese-days 1.5.7. */
  @Property({ type: 'text' })
  label!: string;

  /** The years it has an arrangement for, ascending. */
  @Property({ type: 'json' })
  years!: number[];

  @Property({ type: 'datetime' })
  recountedAt!: Date;
}
