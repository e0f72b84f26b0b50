import { Migration } from '@mikro-orm/migrations';

export class Migration20261207233952_sanctions extends Migration {

  override name = 'Migration20261207233952_sanctions';

  override up(): void | Promise<void> {
    this.addSql(`create table "personnel"."processed_event" ("id" uuid not null, "type" text not null, "producer" text not null, "occurred_at" timestamptz not null, "handled_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`alter table "personnel"."certificate_event" add "sanction_id" uuid null;`);
    this.addSql(`alter table "personnel"."certificate_event" add constraint "certificate_event_sanction_id_unique" unique ("sanction_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "personnel"."processed_event" cascade;`);

    this.addSql(`alter table "personnel"."certificate_event" drop constraint "certificate_event_sanction_id_unique";`);
    this.addSql(`alter table "personnel"."certificate_event" drop column "sanction_id";`);
  }

}
