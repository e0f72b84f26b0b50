import { Migration } from '@mikro-orm/migrations';

/**
 * 全过程记录 (004 第十五条): the hash-chained, append-only record of a case. Besides having no update or delete path
 * in the code, the table refuses UPDATE, DELETE and TRUNCATE by trigger; the hash chain then shows any edit that
 * got past that (a superuser, a disabled trigger, a restored backup).
 */
export class Migration20261202172039_record extends Migration {

  override name = 'Migration20261202172039_record';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."case_record_entry" ("id" uuid not null, "case_id" uuid not null, "seq" int not null, "stage" text not null, "kind" text not null, "description" text not null, "file_sha256" text null, "file_name" text null, "file_size" bigint null, "media_type" text null, "officer_id" uuid not null, "actor_name" text not null, "recorded_at" timestamptz not null, "prev_hash" text not null, "hash" text not null, primary key ("id"));`);
    this.addSql(`create index "case_record_entry_file_index" on "cases"."case_record_entry" ("file_sha256");`);
    this.addSql(`create index "case_record_entry_case_stage_kind_index" on "cases"."case_record_entry" ("case_id", "stage", "kind");`);
    this.addSql(`alter table "cases"."case_record_entry" add constraint "case_record_entry_case_seq_unique" unique ("case_id", "seq");`);
    this.addSql(`alter table "cases"."case_record_entry" add constraint "case_record_entry_stage_check" check ("stage" in ('REGISTERED', 'INVESTIGATION', 'NOTIFICATION', 'STATEMENT', 'HEARING', 'LEGAL_REVIEW', 'DECISION', 'SERVICE', 'EXECUTION', 'CLOSED'));`);
    this.addSql(`alter table "cases"."case_record_entry" add constraint "case_record_entry_kind_check" check ("kind" in ('TEXT', 'PHOTO', 'AUDIO', 'VIDEO', 'DOCUMENT'));`);
    this.addSql(`alter table "cases"."case_record_entry" add constraint "case_record_entry_case_id_foreign" foreign key ("case_id") references "cases"."enforcement_case" ("id") deferrable initially deferred;`);
    // The function and trigger as the entity declares them (record.entity.ts `triggers`), and TRUNCATE refused the same way.
    this.addSql(`create or replace function "cases"."case_record_entry_append_only_fn"() returns trigger as $$ begin raise exception '全过程记录只能追加，不能修改或删除 (case_record_entry is append-only, 004 第十五条)' using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`);
    this.addSql(`create trigger "append_only" BEFORE UPDATE OR DELETE on "cases"."case_record_entry" for each ROW execute function "cases"."case_record_entry_append_only_fn"();`);
    this.addSql(`create trigger "no_truncate" BEFORE TRUNCATE on "cases"."case_record_entry" for each STATEMENT execute function "cases"."case_record_entry_append_only_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."case_record_entry" cascade;`);
    this.addSql(`drop function if exists "cases"."case_record_entry_append_only_fn"();`);
  }

}
