import { Migration } from '@mikro-orm/migrations';

export class Migration20261202152405_calendar_package extends Migration {

  override name = 'Migration20261202152405_calendar_package';

  override up(): void | Promise<void> {
    this.addSql(`create table "personnel"."calendar_package" ("name" text not null, "label" text not null, "years" jsonb not null, "recounted_at" timestamptz not null, primary key ("name"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "personnel"."calendar_package" cascade;`);
  }

}
