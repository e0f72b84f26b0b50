import { Migration } from '@mikro-orm/migrations';

export class Migration20261207234133_complaint_workflow extends Migration {

  override name = 'Migration20261207234133_complaint_workflow';

  override up(): void | Promise<void> {
    this.addSql(`create table "supervision"."complaint_step" ("id" uuid not null, "complaint_id" uuid not null, "complaint_version" int not null, "kind" text not null, "status" text not null, "at" timestamptz not null, "actor_name" text null, "actor_id" uuid null, "note" text null, "handler_id" uuid null, "handler_name" text null, "handler_certificate_number" text null, "case_id" uuid null, "case_number" text null, primary key ("id"));`);
    this.addSql(`create index "complaint_step_complaint_id_index" on "supervision"."complaint_step" ("complaint_id");`);

    this.addSql(`alter table "supervision"."complaint" add "complainant_address" text null, add "complainant_email" text null, add "complainant_fingerprint" text null, add "case_id" uuid null, add "handler_id" uuid null, add "handler_name" text null, add "accepted_at" timestamptz null, add "rejected_at" timestamptz null, add "rejection_reason" text null, add "assigned_at" timestamptz null, add "investigation_started_at" timestamptz null, add "concluded_at" timestamptz null, add "finding" text null, add "reply" text null, add "replied_via" text null, add "replied_on" date null, add "updated_at" timestamptz null;`);
    this.addSql(`create index "complaint_complainant_fingerprint_index" on "supervision"."complaint" ("complainant_fingerprint");`);
    this.addSql(`create index "complaint_case_id_index" on "supervision"."complaint" ("case_id");`);
    this.addSql(`create index "complaint_handler_id_index" on "supervision"."complaint" ("handler_id");`);
    this.addSql(`alter table "supervision"."complaint" add constraint "complaint_finding_check" check ("finding" in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED'));`);
    this.addSql(`alter table "supervision"."complaint" add constraint "complaint_replied_via_check" check ("replied_via" in ('PHONE', 'LETTER', 'IN_PERSON', 'SMS', 'ONLINE'));`);

    this.addSql(`alter table "supervision"."complaint_step" add constraint "complaint_step_kind_check" check ("kind" in ('REGISTERED', 'ACCEPTED', 'REJECTED', 'HANDLER_ASSIGNED', 'HANDLER_REASSIGNED', 'INVESTIGATION_STARTED', 'CONCLUDED', 'CASE_LINKED', 'CASE_UNLINKED'));`);
    this.addSql(`alter table "supervision"."complaint_step" add constraint "complaint_step_status_check" check ("status" in ('RECEIVED', 'ACCEPTED', 'REJECTED', 'INVESTIGATING', 'CONCLUDED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "supervision"."complaint_step" cascade;`);

    this.addSql(`drop index "supervision"."complaint_complainant_fingerprint_index";`);
    this.addSql(`drop index "supervision"."complaint_case_id_index";`);
    this.addSql(`drop index "supervision"."complaint_handler_id_index";`);
    this.addSql(`alter table "supervision"."complaint" drop constraint "complaint_finding_check";`);
    this.addSql(`alter table "supervision"."complaint" drop constraint "complaint_replied_via_check";`);
    this.addSql(`alter table "supervision"."complaint" drop column "complainant_address", drop column "complainant_email", drop column "complainant_fingerprint", drop column "case_id", drop column "handler_id", drop column "handler_name", drop column "accepted_at", drop column "rejected_at", drop column "rejection_reason", drop column "assigned_at", drop column "investigation_started_at", drop column "concluded_at", drop column "finding", drop column "reply", drop column "replied_via", drop column "replied_on", drop column "updated_at";`);
  }

}
