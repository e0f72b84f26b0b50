import { Migration } from '@mikro-orm/migrations';

/**
 * 现场监督 (004 第二十二条) with its append-only 全过程记录 (UPDATE, DELETE and TRUNCATE refused by trigger), 回避
 * (004 第二十一条; one open 回避 per supervisor and matter) and 移送 (004 第三十一条; numbers unique).
 */
export class Migration20261207234444_onsite extends Migration {

  override name = 'Migration20261207234444_onsite';

  override up(): void | Promise<void> {
    this.addSql(`create table "supervision"."inspection" ("id" uuid not null, "title" text not null, "agency_id" uuid not null, "supervising_agency_id" uuid not null, "date" date not null, "start_time" text null, "end_time" text null, "place" text not null, "subject" text not null, "contents" text[] not null default '{}', "case_ids" text[] not null default '{}', "complaint_ids" text[] not null default '{}', "supervisor_ids" text[] not null, "supervisor_checks" jsonb not null, "status" text not null, "findings" text null, "conclusion" text null, "carried_out_at" timestamptz null, "carried_out_by" text null, "concluded_at" timestamptz null, "cancelled_reason" text null, "created_by" text not null, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "inspection_agency_id_index" on "supervision"."inspection" ("agency_id");`);
    this.addSql(`create index "inspection_supervisor_ids_index" on "supervision"."inspection" using gin ("supervisor_ids");`);

    this.addSql(`create table "supervision"."inspection_entry" ("id" uuid not null, "inspection_id" uuid not null, "seq" int not null, "at" timestamptz not null, "text" text not null, "attachments" jsonb not null default '[]', "recorded_by" text not null, "recorded_by_id" uuid null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "inspection_entry_inspection_id_index" on "supervision"."inspection_entry" ("inspection_id");`);
    this.addSql(`alter table "supervision"."inspection_entry" add constraint "inspection_entry_inspection_id_seq_unique" unique ("inspection_id", "seq");`);

    this.addSql(`create table "supervision"."recusal" ("id" uuid not null, "officer_id" uuid not null, "officer_name" text null, "subject_type" text not null, "subject_id" uuid not null, "agency_id" uuid not null, "way" text not null, "status" text not null, "grounds" text not null, "applicant_kind" text null, "applicant_name" text null, "applied_on" date null, "approved" boolean null, "decided_by" text null, "decided_on" date null, "decision_reason" text null, "decision_recorded_by" text null, "recorded_by" text not null, "recorded_by_id" uuid null, "recorded_at" timestamptz not null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "recusal_officer_id_index" on "supervision"."recusal" ("officer_id");`);
    this.addSql(`create index "recusal_agency_id_index" on "supervision"."recusal" ("agency_id");`);
    this.addSql(`create unique index "recusal_open_unique" on "supervision"."recusal" ("officer_id", "subject_type", "subject_id") where "status" in ('PENDING', 'IN_EFFECT');`);
    this.addSql(`create index "recusal_subject_type_subject_id_index" on "supervision"."recusal" ("subject_type", "subject_id");`);

    this.addSql(`create table "supervision"."referral" ("id" uuid not null, "number" text null, "issuer_id" uuid null, "issuer_name" text null, "clue_kind" text not null, "offence" text null, "field" text null, "conduct" text null, "recipient_kind" text not null, "recipient_name" text not null, "agency_id" uuid not null, "officer_ids" text[] not null default '{}', "officer_names" text[] not null default '{}', "case_ids" text[] not null default '{}', "complaint_ids" text[] not null default '{}', "inspection_id" uuid null, "summary" text not null, "status" text not null, "sent_on" date null, "sent_at" timestamptz null, "sent_by" text null, "received_on" date null, "received_by" text null, "receipt_note" text null, "replied_on" date null, "reply" text null, "created_by" text not null, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "supervision"."referral" add constraint "referral_number_unique" unique ("number");`);
    this.addSql(`create index "referral_agency_id_index" on "supervision"."referral" ("agency_id");`);

    this.addSql(`alter table "supervision"."inspection" add constraint "inspection_contents_check" check ("contents" <@ array['LAW_IMPLEMENTATION'::text, 'QUALIFICATION'::text, 'LEGALITY_AND_DISCRETION'::text, 'PUBLICITY'::text, 'FULL_PROCESS_RECORD'::text, 'LEGAL_REVIEW'::text, 'COMPLAINT_HANDLING'::text, 'JUDICIAL_SUGGESTIONS'::text, 'OTHER'::text]);`);
    this.addSql(`alter table "supervision"."inspection" add constraint "inspection_status_check" check ("status" in ('PLANNED', 'CARRIED_OUT', 'CONCLUDED', 'CANCELLED'));`);

    this.addSql(`alter table "supervision"."inspection_entry" add constraint "inspection_entry_inspection_id_foreign" foreign key ("inspection_id") references "supervision"."inspection" ("id") deferrable initially deferred;`);
    this.addSql(`create or replace function "supervision"."inspection_entry_append_only_fn"() returns trigger as \$\$ begin raise exception '现场监督全过程记录只能追加，不能修改或删除 (inspection_entry is append-only, 004 第二十二条)' using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "append_only" BEFORE UPDATE OR DELETE on "supervision"."inspection_entry" for each ROW execute function "supervision"."inspection_entry_append_only_fn"();`);
    this.addSql(`create trigger "no_truncate" BEFORE TRUNCATE on "supervision"."inspection_entry" for each STATEMENT execute function "supervision"."inspection_entry_append_only_fn"();`);

    this.addSql(`alter table "supervision"."recusal" add constraint "recusal_subject_type_check" check ("subject_type" in ('COMPLAINT', 'NOTICE', 'REVIEW', 'INSPECTION', 'SANCTION', 'DECISION'));`);
    this.addSql(`alter table "supervision"."recusal" add constraint "recusal_way_check" check ("way" in ('SELF_DECLARED', 'APPLIED', 'DECIDED'));`);
    this.addSql(`alter table "supervision"."recusal" add constraint "recusal_status_check" check ("status" in ('PENDING', 'IN_EFFECT', 'REJECTED'));`);
    this.addSql(`alter table "supervision"."recusal" add constraint "recusal_applicant_kind_check" check ("applicant_kind" in ('SUPERVISED_BODY', 'COMPLAINANT'));`);

    this.addSql(`alter table "supervision"."referral" add constraint "referral_clue_kind_check" check ("clue_kind" in ('DUTY_OFFENCE', 'PUBLIC_INTEREST'));`);
    this.addSql(`alter table "supervision"."referral" add constraint "referral_offence_check" check ("offence" in ('CORRUPTION_BRIBERY', 'DERELICTION', 'OTHER'));`);
    this.addSql(`alter table "supervision"."referral" add constraint "referral_field_check" check ("field" in ('ECOLOGY_AND_RESOURCES', 'FOOD_AND_DRUG_SAFETY', 'STATE_PROPERTY', 'STATE_LAND_TRANSFER'));`);
    this.addSql(`alter table "supervision"."referral" add constraint "referral_conduct_check" check ("conduct" in ('UNLAWFUL_EXERCISE', 'INACTION'));`);
    this.addSql(`alter table "supervision"."referral" add constraint "referral_recipient_kind_check" check ("recipient_kind" in ('SUPERVISORY_COMMISSION', 'PROCURATORATE'));`);
    this.addSql(`alter table "supervision"."referral" add constraint "referral_status_check" check ("status" in ('DRAFT', 'SENT', 'ACKNOWLEDGED', 'REPLIED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "supervision"."inspection_entry" drop constraint "inspection_entry_inspection_id_foreign";`);

    this.addSql(`drop table if exists "supervision"."inspection" cascade;`);
    this.addSql(`drop trigger if exists "append_only" on "supervision"."inspection_entry";`);
    this.addSql(`drop function if exists "supervision"."inspection_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "supervision"."inspection_entry" cascade;`);
    this.addSql(`drop table if exists "supervision"."recusal" cascade;`);
    this.addSql(`drop table if exists "supervision"."referral" cascade;`);
  }

}
