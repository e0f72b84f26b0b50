import { Migration } from '@mikro-orm/migrations';

export class Migration20261207234100_notices extends Migration {

  override name = 'Migration20261207234100_notices';

  override up(): void | Promise<void> {
    this.addSql(`create table "supervision"."supervision_notice" ("id" uuid not null, "number" text not null, "year" int not null, "seq" int not null, "issuer_id" uuid not null, "issuer_name" text not null, "agency_id" uuid not null, "grounds" text[] not null, "facts" text not null, "requirement" text not null, "source_opinion_id" uuid null, "status" text not null default 'ISSUED', "issued_on" date not null, "issued_at" timestamptz not null, "issued_by" text not null, "issued_by_id" uuid null, "received_on" date null, "receipt_recorded_at" timestamptz null, "receipt_recorded_by" text null, "rectify_due_on" date null, "rectify_deadline" jsonb null, "objection_due_on" date null, "objection_deadline" jsonb null, "reported_on" date null, "reported_at" timestamptz null, "report" text null, "reported_by" text null, "verified_on" date null, "verified_at" timestamptz null, "verification" text null, "verified_by" text null, "objected_on" date null, "objected_at" timestamptz null, "objection_reason" text null, "objected_by" text null, "answer_due_on" date null, "answer_deadline" jsonb null, "answered_on" date null, "answered_at" timestamptz null, "answer" text null, "answered_by" text null, "objection_outcome" text null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "supervision_notice_agency_id_index" on "supervision"."supervision_notice" ("agency_id");`);
    this.addSql(`create index "supervision_notice_status_index" on "supervision"."supervision_notice" ("status");`);
    this.addSql(`create index "supervision_notice_rectify_due_on_index" on "supervision"."supervision_notice" ("rectify_due_on");`);
    this.addSql(`create index "supervision_notice_agency_issued_index" on "supervision"."supervision_notice" ("agency_id", "issued_at");`);
    this.addSql(`alter table "supervision"."supervision_notice" add constraint "supervision_notice_number_unique" unique ("issuer_id", "year", "seq");`);

    this.addSql(`create table "supervision"."supervision_decision" ("id" uuid not null, "number" text not null, "year" int not null, "seq" int not null, "issuer_id" uuid not null, "issuer_name" text not null, "notice_id" uuid not null, "agency_id" uuid not null, "type" text not null, "case_id" uuid null, "reasons" text not null, "requirement" text null, "perform_by" date null, "decided_on" date not null, "issued_at" timestamptz not null, "issued_by" text not null, "issued_by_id" uuid null, "effect" text null, "effect_reason" text null, "effect_applied_at" timestamptz null, "publication_withdrawn" boolean null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "supervision_decision_notice_id_index" on "supervision"."supervision_decision" ("notice_id");`);
    this.addSql(`create index "supervision_decision_agency_id_index" on "supervision"."supervision_decision" ("agency_id");`);
    this.addSql(`create index "supervision_decision_case_id_index" on "supervision"."supervision_decision" ("case_id");`);
    this.addSql(`alter table "supervision"."supervision_decision" add constraint "supervision_decision_number_unique" unique ("issuer_id", "year", "seq");`);

    this.addSql(`create table "supervision"."notice_complaint" ("id" uuid not null, "notice_id" uuid not null, "complaint_id" uuid not null, "seq" int not null, primary key ("id"));`);
    this.addSql(`create index "notice_complaint_notice_id_index" on "supervision"."notice_complaint" ("notice_id");`);
    this.addSql(`create index "notice_complaint_complaint_id_index" on "supervision"."notice_complaint" ("complaint_id");`);
    this.addSql(`alter table "supervision"."notice_complaint" add constraint "notice_complaint_unique" unique ("notice_id", "complaint_id");`);

    this.addSql(`create table "supervision"."notice_case" ("id" uuid not null, "notice_id" uuid not null, "case_id" uuid not null, "agency_id" uuid not null, "issued_at" timestamptz not null, "seq" int not null, primary key ("id"));`);
    this.addSql(`create index "notice_case_notice_id_index" on "supervision"."notice_case" ("notice_id");`);
    this.addSql(`create index "notice_case_case_index" on "supervision"."notice_case" ("case_id", "issued_at");`);
    this.addSql(`alter table "supervision"."notice_case" add constraint "notice_case_unique" unique ("notice_id", "case_id");`);

    this.addSql(`alter table "supervision"."supervision_notice" add constraint "supervision_notice_grounds_check" check ("grounds" <@ array['SUBJECT_AUTHORITY_PROCEDURE'::text, 'DECISION_UNLAWFUL'::text, 'DUTY_UNFULFILLED'::text, 'SYSTEM_IRREGULAR'::text, 'IMPROPER_BENEFIT'::text, 'UNCIVIL_ENFORCEMENT'::text, 'OTHER_VIOLATION'::text]);`);
    this.addSql(`alter table "supervision"."supervision_notice" add constraint "supervision_notice_status_check" check ("status" in ('ISSUED', 'RECEIVED', 'REPORTED', 'ACCEPTED', 'NOT_ACCEPTED', 'REVOKED'));`);
    this.addSql(`alter table "supervision"."supervision_notice" add constraint "supervision_notice_objection_outcome_check" check ("objection_outcome" in ('UPHELD', 'MAINTAINED'));`);

    this.addSql(`alter table "supervision"."supervision_decision" add constraint "supervision_decision_notice_id_foreign" foreign key ("notice_id") references "supervision"."supervision_notice" ("id") deferrable initially deferred;`);
    this.addSql(`alter table "supervision"."supervision_decision" add constraint "supervision_decision_type_check" check ("type" in ('ORDER_PERFORMANCE', 'ORDER_CORRECTION', 'REVOKE', 'CONFIRM_ILLEGAL', 'CONFIRM_INVALID'));`);
    this.addSql(`alter table "supervision"."supervision_decision" add constraint "supervision_decision_effect_check" check ("effect" in ('PENDING', 'APPLIED', 'NOT_APPLIED'));`);

    this.addSql(`alter table "supervision"."notice_complaint" add constraint "notice_complaint_notice_id_foreign" foreign key ("notice_id") references "supervision"."supervision_notice" ("id") deferrable initially deferred;`);
    this.addSql(`alter table "supervision"."notice_complaint" add constraint "notice_complaint_complaint_id_foreign" foreign key ("complaint_id") references "supervision"."complaint" ("id") deferrable initially deferred;`);

    this.addSql(`alter table "supervision"."notice_case" add constraint "notice_case_notice_id_foreign" foreign key ("notice_id") references "supervision"."supervision_notice" ("id") deferrable initially deferred;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "supervision"."supervision_decision" drop constraint "supervision_decision_notice_id_foreign";`);
    this.addSql(`alter table "supervision"."notice_complaint" drop constraint "notice_complaint_notice_id_foreign";`);
    this.addSql(`alter table "supervision"."notice_case" drop constraint "notice_case_notice_id_foreign";`);

    this.addSql(`drop table if exists "supervision"."supervision_notice" cascade;`);
    this.addSql(`drop table if exists "supervision"."supervision_decision" cascade;`);
    this.addSql(`drop table if exists "supervision"."notice_complaint" cascade;`);
    this.addSql(`drop table if exists "supervision"."notice_case" cascade;`);
  }

}
