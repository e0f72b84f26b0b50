import { Migration } from '@mikro-orm/migrations';

export class Migration20261124010032_changelog extends Migration {

  override name = 'Migration20261124010032_changelog';

  override up(): void | Promise<void> {
    this.addSql(`create table "personnel"."change_log" ("id" bigserial primary key, "entity" varchar(255) not null, "entity_id" uuid not null, "action" varchar(255) not null, "changes" jsonb not null, "actor_name" varchar(255) null, "actor_id" uuid null, "at" timestamptz not null);`);
    this.addSql(`create index "change_log_entity_entity_id_index" on "personnel"."change_log" ("entity", "entity_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "personnel"."change_log" cascade;`);
  }

}
