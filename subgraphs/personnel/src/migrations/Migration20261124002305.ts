import { Migration } from '@mikro-orm/migrations';

export class Migration20261124002305 extends Migration {

  override name = 'Migration20261124002305';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "personnel";`);
    this.addSql(`create table "personnel"."agency" ("id" uuid not null, "name" varchar(255) not null, "unified_code" varchar(255) null, "level" text not null, "parent_id" uuid null, "path" text not null, "region" varchar(255) not null, "fields" text[] not null, "enforcement_unit" varchar(255) null, "supervision_unit" varchar(255) null, "supervision_phone" varchar(255) null, "qualification_confirmed_at" timestamptz null, "qualification_confirmed_by" varchar(255) null, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "personnel"."agency" add constraint "agency_name_unique" unique ("name");`);
    this.addSql(`alter table "personnel"."agency" add constraint "agency_unified_code_unique" unique ("unified_code");`);
    this.addSql(`create index "agency_parent_id_index" on "personnel"."agency" ("parent_id");`);
    this.addSql(`create index "agency_path_index" on "personnel"."agency" ("path");`);

    this.addSql(`create table "personnel"."certificate" ("id" uuid not null, "number" varchar(255) not null, "kind" text not null default 'ENFORCEMENT', "officer_id" uuid not null, "fields" text[] not null, "region" varchar(255) not null, "issued_on" date not null, "valid_until" date not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "personnel"."certificate" add constraint "certificate_number_unique" unique ("number");`);
    this.addSql(`create index "certificate_officer_id_index" on "personnel"."certificate" ("officer_id");`);

    this.addSql(`create table "personnel"."certificate_event" ("id" uuid not null, "certificate_id" uuid not null, "kind" text not null, "effective_from" timestamptz not null, "effective_until" timestamptz null, "target_event_id" uuid null, "reason" text null, "basis" text null, "actor_name" varchar(255) null, "actor_id" uuid null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "certificate_event_certificate_id_index" on "personnel"."certificate_event" ("certificate_id");`);

    this.addSql(`create table "personnel"."officer" ("id" uuid not null, "name" varchar(255) not null, "id_number" varchar(255) null, "agency_id" uuid not null, "list_seq" int null, "post" varchar(255) null, "region" varchar(255) not null, "fields" text[] not null, "duties" text[] not null, "legal_profession_qualification" boolean not null default false, "employment_status" text not null default 'ON_DUTY', "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "officer_name_index" on "personnel"."officer" ("name");`);
    this.addSql(`create index "officer_agency_id_index" on "personnel"."officer" ("agency_id");`);

    this.addSql(`create table "personnel"."user_account" ("id" uuid not null, "username" varchar(255) not null, "password_hash" varchar(255) not null, "display_name" varchar(255) not null, "roles" text[] not null, "agency_id" uuid null, "officer_id" uuid null, "active" boolean not null default true, "created_at" timestamptz not null, "last_login_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "personnel"."user_account" add constraint "user_account_username_unique" unique ("username");`);

    this.addSql(`alter table "personnel"."agency" add constraint "agency_level_check" check ("level" in ('REGION', 'PREFECTURE', 'COUNTY', 'TOWNSHIP'));`);

    this.addSql(`alter table "personnel"."certificate" add constraint "certificate_kind_check" check ("kind" in ('ENFORCEMENT', 'SUPERVISION'));`);

    this.addSql(`alter table "personnel"."certificate_event" add constraint "certificate_event_kind_check" check ("kind" in ('ISSUED', 'RENEWED', 'REVIEWED', 'SUSPENDED', 'SUSPENSION_LIFTED', 'REVOKED', 'CANCELLED', 'RECOVERED'));`);

    this.addSql(`alter table "personnel"."officer" add constraint "officer_duties_check" check ("duties" <@ array['ENFORCEMENT'::text, 'LEGAL_REVIEW'::text, 'SUPERVISION'::text]);`);
    this.addSql(`alter table "personnel"."officer" add constraint "officer_employment_status_check" check ("employment_status" in ('ON_DUTY', 'TRANSFERRED', 'LEFT'));`);

    this.addSql(`alter table "personnel"."user_account" add constraint "user_account_roles_check" check ("roles" <@ array['CERT_ADMIN'::text, 'AGENCY_ADMIN'::text, 'OFFICER'::text, 'LEGAL_REVIEWER'::text, 'SUPERVISOR'::text, 'SYSTEM_ADMIN'::text]);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "personnel"."agency" cascade;`);
    this.addSql(`drop table if exists "personnel"."certificate" cascade;`);
    this.addSql(`drop table if exists "personnel"."certificate_event" cascade;`);
    this.addSql(`drop table if exists "personnel"."officer" cascade;`);
    this.addSql(`drop table if exists "personnel"."user_account" cascade;`);

    this.addSql(`drop schema if exists "personnel";`);
  }

}
