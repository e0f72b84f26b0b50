import { Migration } from '@mikro-orm/migrations';

export class Migration20261202142758_agency_projection extends Migration {

  override name = 'Migration20261202142758_agency_projection';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."agency_projection" ("id" uuid not null, "parent_id" uuid null, "path" text not null, "name" text not null, "published" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "agency_projection_path_index" on "cases"."agency_projection" ("path" text_pattern_ops);`);

    this.addSql(`create table "cases"."processed_event" ("id" uuid not null, "type" text not null, "producer" text not null, "occurred_at" timestamptz not null, "handled_at" timestamptz not null, primary key ("id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."agency_projection" cascade;`);
    this.addSql(`drop table if exists "cases"."processed_event" cascade;`);
  }

}
