import { Migration } from '@mikro-orm/migrations';

export class Migration20261124002308 extends Migration {

  override name = 'Migration20261124002308';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "cases";`);
    this.addSql(`create table "cases"."enforcement_matter" ("id" uuid not null, "name" text not null, "category" text not null, "agency_id" uuid not null, "unit" varchar(255) null, "field" varchar(255) null, "legal_basis" text not null, "list_seq" int null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "enforcement_matter_agency_id_index" on "cases"."enforcement_matter" ("agency_id");`);

    this.addSql(`alter table "cases"."enforcement_matter" add constraint "enforcement_matter_category_check" check ("category" in ('PUNISHMENT', 'LICENSING', 'COERCION', 'INSPECTION', 'EXPROPRIATION', 'PAYMENT', 'CHARGE', 'CONFIRMATION', 'REGISTRATION', 'ADJUDICATION', 'REWARD'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."enforcement_matter" cascade;`);

    this.addSql(`drop schema if exists "cases";`);
  }

}
