import { Migration } from '@mikro-orm/migrations';

export class Migration20261202160558_matters extends Migration {

  override name = 'Migration20261202160558_matters';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."change_log" ("id" bigserial primary key, "entity" varchar(255) not null, "entity_id" uuid not null, "action" varchar(255) not null, "changes" jsonb not null, "actor_name" varchar(255) null, "actor_id" uuid null, "at" timestamptz not null);`);
    this.addSql(`create index "change_log_entity_entity_id_index" on "cases"."change_log" ("entity", "entity_id");`);

    this.addSql(`create table "cases"."major_review_entry" ("id" uuid not null, "agency_id" uuid not null, "kind" text not null, "matter_id" uuid null, "minimum_yuan" int null, "source_text" text not null, "created_at" timestamptz not null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "major_review_entry_agency_id_index" on "cases"."major_review_entry" ("agency_id");`);

    this.addSql(`alter table "cases"."agency_projection" add "confirmed" boolean not null default false;`);

    this.addSql(`alter table "cases"."enforcement_matter" add "updated_at" timestamptz null, add "retired_at" timestamptz null, add "retired_reason" text null, add "retired_by" text null;`);
    this.addSql(`create unique index "enforcement_matter_agency_name_unique" on "cases"."enforcement_matter" ("agency_id", "name") where "retired_at" is null;`);

    this.addSql(`alter table "cases"."major_review_entry" add constraint "major_review_entry_kind_check" check ("kind" in ('MATTER', 'FINE_AMOUNT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."change_log" cascade;`);
    this.addSql(`drop table if exists "cases"."major_review_entry" cascade;`);

    this.addSql(`alter table "cases"."agency_projection" drop column "confirmed";`);

    this.addSql(`drop index "cases"."enforcement_matter_agency_name_unique";`);
    this.addSql(`alter table "cases"."enforcement_matter" drop column "updated_at", drop column "retired_at", drop column "retired_reason", drop column "retired_by";`);
  }

}
