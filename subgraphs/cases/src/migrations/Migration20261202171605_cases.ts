import { Migration } from '@mikro-orm/migrations';

export class Migration20261202171605_cases extends Migration {

  override name = 'Migration20261202171605_cases';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."case_handler" ("id" uuid not null, "case_id" uuid not null, "officer_id" uuid not null, "officer_name" text not null, "certificate_number" text null, "lead" boolean not null, "assigned_at" timestamptz not null, "released_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "case_handler_case_id_index" on "cases"."case_handler" ("case_id");`);
    this.addSql(`create index "case_handler_officer_index" on "cases"."case_handler" ("officer_id", "case_id");`);

    this.addSql(`create table "cases"."case_number_counter" ("agency_id" uuid not null, "year" int not null, "last" int not null, primary key ("agency_id", "year"));`);

    this.addSql(`create table "cases"."case_party" ("id" uuid not null, "case_id" uuid not null, "seq" int not null, "kind" text not null, "name" text not null, "id_number" text null, "address" text null, "phone" text null, primary key ("id"));`);
    this.addSql(`create index "case_party_case_id_index" on "cases"."case_party" ("case_id");`);

    this.addSql(`create table "cases"."case_transition" ("id" uuid not null, "case_id" uuid not null, "case_version" int not null, "from_stage" text null, "to_stage" text not null, "at" timestamptz not null, "officer_id" uuid null, "actor_name" text not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "case_transition_case_id_index" on "cases"."case_transition" ("case_id");`);

    this.addSql(`create table "cases"."enforcement_case" ("id" uuid not null, "number" text not null, "year" int not null, "seq" int not null, "agency_id" uuid not null, "matter_id" uuid not null, "category" text not null, "field" text null, "cause" text not null, "registered_on" date not null, "registered_at" timestamptz not null, "stage" text not null, "stage_entered_at" timestamptz not null, "major" boolean not null default false, "major_grounds" text[] not null default '{}', "major_basis" text null, "catalogue_entry_id" uuid null, "hearing_held" boolean not null default false, "proposed_fine_yuan" int null, "review_submitted_at" timestamptz null, "decision_kinds" text[] not null default '{}', "decision_content" text null, "fine_yuan" int null, "decided_on" date null, "decided_at" timestamptz null, "served_on" date null, "executed_on" date null, "closed_at" timestamptz null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "enforcement_case_agency_id_index" on "cases"."enforcement_case" ("agency_id");`);
    this.addSql(`create index "enforcement_case_review_submitted_at_index" on "cases"."enforcement_case" ("review_submitted_at");`);
    this.addSql(`create index "enforcement_case_matter_id_index" on "cases"."enforcement_case" ("matter_id");`);
    this.addSql(`create index "enforcement_case_agency_stage_index" on "cases"."enforcement_case" ("agency_id", "stage");`);
    this.addSql(`alter table "cases"."enforcement_case" add constraint "enforcement_case_agency_year_seq_unique" unique ("agency_id", "year", "seq");`);

    this.addSql(`create table "cases"."legal_review_round" ("id" uuid not null, "case_id" uuid not null, "round" int not null, "submitted_at" timestamptz not null, "submitted_by" text not null, "outcome" text null, "opinion" text null, "reviewer_user_id" uuid null, "reviewer_name" text null, "reviewed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "legal_review_round_case_id_index" on "cases"."legal_review_round" ("case_id");`);
    this.addSql(`create index "legal_review_round_submitted_at_index" on "cases"."legal_review_round" ("submitted_at");`);
    this.addSql(`alter table "cases"."legal_review_round" add constraint "legal_review_round_case_round_unique" unique ("case_id", "round");`);

    this.addSql(`alter table "cases"."case_party" add constraint "case_party_kind_check" check ("kind" in ('PERSON', 'ORGANISATION'));`);

    this.addSql(`alter table "cases"."case_transition" add constraint "case_transition_from_stage_check" check ("from_stage" in ('REGISTERED', 'INVESTIGATION', 'NOTIFICATION', 'STATEMENT', 'HEARING', 'LEGAL_REVIEW', 'DECISION', 'SERVICE', 'EXECUTION', 'CLOSED'));`);
    this.addSql(`alter table "cases"."case_transition" add constraint "case_transition_to_stage_check" check ("to_stage" in ('REGISTERED', 'INVESTIGATION', 'NOTIFICATION', 'STATEMENT', 'HEARING', 'LEGAL_REVIEW', 'DECISION', 'SERVICE', 'EXECUTION', 'CLOSED'));`);

    this.addSql(`alter table "cases"."enforcement_case" add constraint "enforcement_case_category_check" check ("category" in ('PUNISHMENT', 'LICENSING', 'COERCION', 'INSPECTION', 'EXPROPRIATION', 'PAYMENT', 'CHARGE', 'CONFIRMATION', 'REGISTRATION', 'ADJUDICATION', 'REWARD'));`);
    this.addSql(`alter table "cases"."enforcement_case" add constraint "enforcement_case_stage_check" check ("stage" in ('REGISTERED', 'INVESTIGATION', 'NOTIFICATION', 'STATEMENT', 'HEARING', 'LEGAL_REVIEW', 'DECISION', 'SERVICE', 'EXECUTION', 'CLOSED'));`);
    this.addSql(`alter table "cases"."enforcement_case" add constraint "enforcement_case_major_grounds_check" check ("major_grounds" <@ array['PUBLIC_INTEREST'::text, 'SOCIAL_IMPACT'::text, 'HEARING'::text, 'COMPLEX'::text, 'BY_LAW'::text]);`);
    this.addSql(`alter table "cases"."enforcement_case" add constraint "enforcement_case_decision_kinds_check" check ("decision_kinds" <@ array['WARNING'::text, 'FINE'::text, 'CONFISCATION'::text, 'LICENCE_SUSPENSION'::text, 'LICENCE_REVOCATION'::text, 'BUSINESS_RESTRICTION'::text, 'NO_PUNISHMENT'::text, 'GRANT'::text, 'REFUSAL'::text, 'SEIZURE'::text, 'DETENTION_OF_PROPERTY'::text, 'DEMOLITION'::text, 'OTHER'::text]);`);

    this.addSql(`alter table "cases"."legal_review_round" add constraint "legal_review_round_outcome_check" check ("outcome" in ('PASSED', 'RETURNED'));`);
    // The rows of a case belong to it (same schema, same owner), checked at commit (the ORM writes a case and its rows in
    // one flush, in no guaranteed order); one lead and one current assignment per officer per case.
    for (const t of ['case_party', 'case_handler', 'case_transition', 'legal_review_round']) {
      this.addSql(`alter table "cases"."${t}" add constraint "${t}_case_id_foreign" foreign key ("case_id") references "cases"."enforcement_case" ("id") deferrable initially deferred;`);
    }
    this.addSql(`alter table "cases"."enforcement_case" add constraint "enforcement_case_matter_id_foreign" foreign key ("matter_id") references "cases"."enforcement_matter" ("id") deferrable initially deferred;`);
    this.addSql(`create unique index "case_handler_one_lead" on "cases"."case_handler" ("case_id") where "lead" and "released_at" is null;`);
    this.addSql(`create unique index "case_handler_current_unique" on "cases"."case_handler" ("case_id", "officer_id") where "released_at" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."case_handler" cascade;`);
    this.addSql(`drop table if exists "cases"."case_number_counter" cascade;`);
    this.addSql(`drop table if exists "cases"."case_party" cascade;`);
    this.addSql(`drop table if exists "cases"."case_transition" cascade;`);
    this.addSql(`drop table if exists "cases"."enforcement_case" cascade;`);
    this.addSql(`drop table if exists "cases"."legal_review_round" cascade;`);
  }

}
