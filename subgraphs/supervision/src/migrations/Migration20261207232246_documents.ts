import { Migration } from '@mikro-orm/migrations';

export class Migration20261207232246_documents extends Migration {

  override name = 'Migration20261207232246_documents';

  override up(): void | Promise<void> {
    this.addSql(`create table "supervision"."change_log" ("id" bigserial primary key, "entity" varchar(255) not null, "entity_id" uuid not null, "action" varchar(255) not null, "changes" jsonb not null, "actor_name" varchar(255) null, "actor_id" uuid null, "at" timestamptz not null);`);
    this.addSql(`create index "change_log_entity_entity_id_index" on "supervision"."change_log" ("entity", "entity_id");`);

    this.addSql(`create table "supervision"."document_counter" ("issuer_id" uuid not null, "kind" text not null, "year" int not null, "last" int not null, primary key ("issuer_id", "kind", "year"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "supervision"."change_log" cascade;`);
    this.addSql(`drop table if exists "supervision"."document_counter" cascade;`);
  }

}
