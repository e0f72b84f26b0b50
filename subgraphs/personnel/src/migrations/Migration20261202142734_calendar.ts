import { Migration } from '@mikro-orm/migrations';

export class Migration20261202142734_calendar extends Migration {

  override name = 'Migration20261202142734_calendar';

  override up(): void | Promise<void> {
    this.addSql(`create table "personnel"."calendar_year" ("id" uuid not null, "year" int not null, "holidays" jsonb not null, "make_up_days" jsonb not null, "notice" text not null, "entered_by" varchar(255) not null, "entered_by_id" uuid null, "entered_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "personnel"."calendar_year" add constraint "calendar_year_year_unique" unique ("year");`);

    this.addSql(`alter table "personnel"."certificate_event" drop constraint "certificate_event_kind_check";`);
    this.addSql(`alter table "personnel"."certificate_event" add "period" jsonb null;`);
    this.addSql(`alter table "personnel"."certificate_event" add constraint "certificate_event_kind_check" check ("kind" in ('ISSUED', 'RENEWED', 'REVIEWED', 'SUSPENDED', 'SUSPENSION_LIFTED', 'REVOKED', 'CANCELLED', 'RECOVERED', 'DEADLINE_RECOMPUTED'));`);

    this.addSql(`alter table "personnel"."employment_change" add "period" jsonb null;`);

    // Deadlines stored before this migration kept their rule as text: recover how they were counted, so a
    // provisional one can be recounted when its year is entered (the policy texts of policy.rules.ts).
    this.addSql(`update "personnel"."certificate_event" set "period" = jsonb_build_object('start', (("effective_from" at time zone 'Asia/Shanghai')::date)::text, 'amount', (substring("rule" from '证件年审周期 ([0-9]+)个月'))::int, 'unit', 'NATURAL_MONTHS') where "review_due_on" is not null and "rule" ~ '证件年审周期 [0-9]+个月';`);
    this.addSql(`update "personnel"."employment_change" set "period" = jsonb_build_object('start', "effective_on"::text, 'amount', (substring("rule" from '人员变动报送期限 ([0-9]+)日'))::int, 'unit', 'NATURAL_DAYS') where "rule" ~ '人员变动报送期限 [0-9]+日';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "personnel"."calendar_year" cascade;`);

    this.addSql(`alter table "personnel"."certificate_event" drop constraint "certificate_event_kind_check";`);
    this.addSql(`alter table "personnel"."certificate_event" drop column "period";`);
    this.addSql(`alter table "personnel"."certificate_event" add constraint "certificate_event_kind_check" check ("kind" in ('ISSUED', 'RENEWED', 'REVIEWED', 'SUSPENDED', 'SUSPENSION_LIFTED', 'REVOKED', 'CANCELLED', 'RECOVERED'));`);

    this.addSql(`alter table "personnel"."employment_change" drop column "period";`);
  }

}
