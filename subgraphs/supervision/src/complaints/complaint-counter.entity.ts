import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** The last registration number used in a year; bumped atomically (`insert … on conflict do update`). */
@Entity({ tableName: 'complaint_counter' })
export class ComplaintCounter {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
