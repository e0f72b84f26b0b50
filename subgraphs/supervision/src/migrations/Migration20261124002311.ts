import { Migration } from '@mikro-orm/migrations';

export class Migration20261124002311 extends Migration {

  override name = 'Migration20261124002311';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "supervision";`);
    this.addSql(`create table "supervision"."complaint" ("id" uuid not null, "number" varchar(255) not null, "channel" text not null, "anonymous" boolean not null default false, "complainant_name" varchar(255) null, "complainant_phone" varchar(255) null, "agency_id" uuid not null, "officer_id" uuid null, "content" text not null, "status" text not null default 'RECEIVED', "received_at" timestamptz not null, "registered_by" varchar(255) null, "registered_by_id" uuid null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "supervision"."complaint" add constraint "complaint_number_unique" unique ("number");`);
    this.addSql(`create index "complaint_agency_id_index" on "supervision"."complaint" ("agency_id");`);
    this.addSql(`create index "complaint_officer_id_index" on "supervision"."complaint" ("officer_id");`);

    this.addSql(`create table "supervision"."complaint_counter" ("year" int not null, "last" int not null, primary key ("year"));`);

    this.addSql(`alter table "supervision"."complaint" add constraint "complaint_channel_check" check ("channel" in ('PHONE', 'LETTER', 'VISIT', 'ONLINE', 'REFERRAL'));`);
    this.addSql(`alter table "supervision"."complaint" add constraint "complaint_status_check" check ("status" in ('RECEIVED', 'ACCEPTED', 'REJECTED', 'INVESTIGATING', 'CONCLUDED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "supervision"."complaint" cascade;`);
    this.addSql(`drop table if exists "supervision"."complaint_counter" cascade;`);

    this.addSql(`drop schema if exists "supervision";`);
  }

}
