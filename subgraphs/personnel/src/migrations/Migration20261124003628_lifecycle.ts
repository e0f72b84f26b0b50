import { Migration } from '@mikro-orm/migrations';

export class Migration20261124003628_lifecycle extends Migration {

  override name = 'Migration20261124003628_lifecycle';

  override up(): void | Promise<void> {
    this.addSql(`create table "personnel"."employment_change" ("id" uuid not null, "officer_id" uuid not null, "from_status" text not null, "to_status" text not null, "effective_on" date not null, "report_due_on" date not null, "provisional" boolean not null default false, "rule" text not null, "reported_on" date not null, "late" boolean not null, "reason" text null, "recorded_by" varchar(255) null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "employment_change_officer_id_index" on "personnel"."employment_change" ("officer_id");`);

    this.addSql(`create table "personnel"."personal_data_access" ("id" uuid not null, "officer_id" uuid not null, "field" varchar(255) not null, "viewer_id" uuid null, "viewer_name" varchar(255) not null, "viewed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "personal_data_access_officer_id_index" on "personnel"."personal_data_access" ("officer_id");`);

    this.addSql(`create table "personnel"."policy_override" ("id" uuid not null, "key" text not null, "agency_id" uuid not null, "value" double precision not null, "source" text not null, "set_by" varchar(255) not null, "set_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "personnel"."policy_override" add constraint "policy_override_key_agency_id_unique" unique ("key", "agency_id");`);

    this.addSql(`create table "personnel"."qualification_exam" ("id" uuid not null, "officer_id" uuid not null, "exam_name" varchar(255) not null, "exam_on" date not null, "score" double precision null, "passed" boolean not null, "recorded_by" varchar(255) null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "qualification_exam_officer_id_index" on "personnel"."qualification_exam" ("officer_id");`);

    this.addSql(`create table "personnel"."training_record" ("id" uuid not null, "officer_id" uuid not null, "type" text not null, "title" varchar(255) not null, "provider" varchar(255) null, "trained_on" date not null, "hours" double precision not null, "recorded_by" varchar(255) null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "training_record_officer_id_index" on "personnel"."training_record" ("officer_id");`);
    this.addSql(`create index "training_record_trained_on_index" on "personnel"."training_record" ("trained_on");`);

    this.addSql(`alter table "personnel"."certificate_event" add "ends_on" date null, add "ground" text null, add "valid_until_after" date null, add "review_due_on" date null, add "provisional" boolean not null default false, add "rule" text null;`);
    this.addSql(`alter table "personnel"."certificate_event" add constraint "certificate_event_ground_check" check ("ground" in ('OUTSIDE_FIELD', 'LENT', 'MISUSED', 'SANCTION'));`);

    this.addSql(`alter table "personnel"."employment_change" add constraint "employment_change_from_status_check" check ("from_status" in ('ON_DUTY', 'TRANSFERRED', 'LEFT'));`);
    this.addSql(`alter table "personnel"."employment_change" add constraint "employment_change_to_status_check" check ("to_status" in ('ON_DUTY', 'TRANSFERRED', 'LEFT'));`);

    this.addSql(`alter table "personnel"."policy_override" add constraint "policy_override_key_check" check ("key" in ('SUSPENSION_MONTHS', 'CERTIFICATE_VALIDITY_YEARS', 'REVIEW_CYCLE_MONTHS', 'CHANGE_REPORT_DAYS', 'TRAINING_HOURS_PER_YEAR', 'LEGAL_REVIEWER_PERCENT', 'LEGAL_REVIEWER_MIN'));`);

    this.addSql(`alter table "personnel"."training_record" add constraint "training_record_type_check" check ("type" in ('PUBLIC_LAW', 'BUSINESS', 'ENFORCEMENT_SKILLS', 'OTHER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "personnel"."employment_change" cascade;`);
    this.addSql(`drop table if exists "personnel"."personal_data_access" cascade;`);
    this.addSql(`drop table if exists "personnel"."policy_override" cascade;`);
    this.addSql(`drop table if exists "personnel"."qualification_exam" cascade;`);
    this.addSql(`drop table if exists "personnel"."training_record" cascade;`);

    this.addSql(`alter table "personnel"."certificate_event" drop constraint "certificate_event_ground_check";`);
    this.addSql(`alter table "personnel"."certificate_event" drop column "ends_on", drop column "ground", drop column "valid_until_after", drop column "review_due_on", drop column "provisional", drop column "rule";`);
  }

}
