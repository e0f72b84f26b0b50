import { Migration } from '@mikro-orm/migrations';

export class Migration20261207233950_sanctions extends Migration {

  override name = 'Migration20261207233950_sanctions';

  override up(): void | Promise<void> {
    this.addSql(`create table "supervision"."sanction" ("id" uuid not null, "number" text not null, "issuer_id" uuid not null, "issuer_name" text not null, "officer_id" uuid not null, "agency_id" uuid not null, "agency_name" text not null, "ground" text not null, "kind" text not null, "facts" text not null, "related_complaint_ids" uuid[] not null, "related_case_ids" uuid[] not null, "effective_on" date not null, "issued_on" date not null, "issued_at" timestamptz not null, "issued_by" text not null, "issued_by_id" uuid null, "effect_state" text null, "effect_certificate_id" uuid null, "effect_certificate_number" text null, "effect_ends_on" date null, "effect_rule" text null, "effect_reason" text null, "effect_applied_at" timestamptz null, "unit_decided_on" date null, "unit_decision" text null, "unit_decision_recorded_by" text null, "unit_decision_recorded_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "sanction_officer_id_index" on "supervision"."sanction" ("officer_id");`);
    this.addSql(`create index "sanction_agency_id_index" on "supervision"."sanction" ("agency_id");`);
    this.addSql(`create index "sanction_effect_state_index" on "supervision"."sanction" ("effect_state");`);
    this.addSql(`create index "sanction_issuer_id_number_index" on "supervision"."sanction" ("issuer_id", "number");`);

    this.addSql(`alter table "supervision"."sanction" add constraint "sanction_ground_check" check ("ground" in ('UNLAWFUL_PROCEDURE', 'NEGLECT_OF_DUTY', 'EXCEEDING_AUTHORITY', 'ILLEGAL_FEES', 'EVIDENCE_TAMPERING', 'ABUSE_FOR_GAIN', 'ROUGH_ENFORCEMENT', 'OBSTRUCTING_SUPERVISION', 'OTHER_UNLAWFUL'));`);
    this.addSql(`alter table "supervision"."sanction" add constraint "sanction_kind_check" check ("kind" in ('CRITICISM', 'OFF_DUTY_TRAINING', 'REMOVAL_FROM_POST', 'SUSPEND_CERTIFICATE', 'REVOKE_CERTIFICATE'));`);
    this.addSql(`alter table "supervision"."sanction" add constraint "sanction_effect_state_check" check ("effect_state" in ('PENDING', 'APPLIED', 'NOT_APPLIED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "supervision"."sanction" cascade;`);
  }

}
