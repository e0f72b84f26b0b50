import { Migration } from '@mikro-orm/migrations';

export class Migration20261202172153_publicity extends Migration {

  override name = 'Migration20261202172153_publicity';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."case_filing" ("id" uuid not null, "case_id" uuid not null, "agency_id" uuid not null, "case_number" text not null, "decided_on" date not null, "due_on" date not null, "provisional" boolean not null, "rule" text not null, "period_source" text not null, "calendar_basis" text not null, "period" jsonb null, "recipient" text not null, "filed_on" date null, "filed_by" text null, "filed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "case_filing_agency_id_index" on "cases"."case_filing" ("agency_id");`);
    this.addSql(`create index "case_filing_filed_due_index" on "cases"."case_filing" ("filed_on", "due_on");`);
    this.addSql(`alter table "cases"."case_filing" add constraint "case_filing_case_unique" unique ("case_id");`);

    this.addSql(`create table "cases"."case_publication" ("id" uuid not null, "case_id" uuid not null, "agency_id" uuid not null, "case_number" text not null, "category" text not null, "decision_kinds" text[] not null default '{}', "decided_on" date not null, "due_on" date not null, "provisional" boolean not null, "rule" text not null, "calendar_basis" text not null, "period" jsonb null, "status" text not null default 'PENDING', "published_at" timestamptz null, "published_on" date null, "published_by" text null, "published_text" text null, "redactions" jsonb not null default '[]', "edited_by_clerk" boolean not null default false, "agency_name" text null, "matter_name" text null, "withdrawn_at" timestamptz null, "withdrawn_by" text null, "withdrawn_reason" text null, "withdrawn_basis" text null, "created_at" timestamptz not null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "case_publication_agency_id_index" on "cases"."case_publication" ("agency_id");`);
    this.addSql(`create index "case_publication_status_due_index" on "cases"."case_publication" ("status", "due_on");`);
    this.addSql(`alter table "cases"."case_publication" add constraint "case_publication_case_unique" unique ("case_id");`);

    this.addSql(`create table "cases"."filing_policy" ("id" uuid not null, "agency_id" uuid not null, "value" int not null, "unit" text not null, "source_text" text not null, "set_by" text null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "cases"."filing_policy" add constraint "filing_policy_agency_unique" unique ("agency_id");`);

    this.addSql(`alter table "cases"."case_publication" add constraint "case_publication_category_check" check ("category" in ('PUNISHMENT', 'LICENSING', 'COERCION', 'INSPECTION', 'EXPROPRIATION', 'PAYMENT', 'CHARGE', 'CONFIRMATION', 'REGISTRATION', 'ADJUDICATION', 'REWARD'));`);
    this.addSql(`alter table "cases"."case_publication" add constraint "case_publication_decision_kinds_check" check ("decision_kinds" <@ array['WARNING'::text, 'FINE'::text, 'CONFISCATION'::text, 'LICENCE_SUSPENSION'::text, 'LICENCE_REVOCATION'::text, 'BUSINESS_RESTRICTION'::text, 'NO_PUNISHMENT'::text, 'GRANT'::text, 'REFUSAL'::text, 'SEIZURE'::text, 'DETENTION_OF_PROPERTY'::text, 'DEMOLITION'::text, 'OTHER'::text]);`);
    this.addSql(`alter table "cases"."case_publication" add constraint "case_publication_status_check" check ("status" in ('PENDING', 'PUBLISHED', 'WITHDRAWN'));`);

    this.addSql(`alter table "cases"."filing_policy" add constraint "filing_policy_unit_check" check ("unit" in ('WORKING_DAYS', 'NATURAL_DAYS', 'NATURAL_MONTHS'));`);
    // A publication and a filing belong to their case (same schema, same owner), as the case's other rows do.
    for (const t of ['case_publication', 'case_filing']) {
      this.addSql(`alter table "cases"."${t}" add constraint "${t}_case_id_foreign" foreign key ("case_id") references "cases"."enforcement_case" ("id") deferrable initially deferred;`);
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."case_filing" cascade;`);
    this.addSql(`drop table if exists "cases"."case_publication" cascade;`);
    this.addSql(`drop table if exists "cases"."filing_policy" cascade;`);

  }

}
