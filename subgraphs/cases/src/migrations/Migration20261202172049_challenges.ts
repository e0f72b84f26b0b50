import { Migration } from '@mikro-orm/migrations';

export class Migration20261202172049_challenges extends Migration {

  override name = 'Migration20261202172049_challenges';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."case_challenge" ("id" uuid not null, "case_id" uuid not null, "kind" text not null, "body" text not null, "filed_on" date not null, "accepted_on" date null, "outcome" text null, "outcome_on" date null, "outcome_note" text null, "recorded_by" text not null, "recorded_at" timestamptz not null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "case_challenge_case_id_index" on "cases"."case_challenge" ("case_id");`);
    this.addSql(`create index "case_challenge_pending_index" on "cases"."case_challenge" ("case_id") where "outcome" is null;`);
    // A challenge belongs to its case (same schema, same owner), as the case's other rows do.
    this.addSql(`alter table "cases"."case_challenge" add constraint "case_challenge_case_id_foreign" foreign key ("case_id") references "cases"."enforcement_case" ("id") deferrable initially deferred;`);
    this.addSql(`alter table "cases"."case_challenge" add constraint "case_challenge_kind_check" check ("kind" in ('RECONSIDERATION', 'LITIGATION'));`);
    this.addSql(`alter table "cases"."case_challenge" add constraint "case_challenge_outcome_check" check ("outcome" in ('UPHELD', 'VARIED', 'REVOKED', 'CONFIRMED_ILLEGAL', 'CONFIRMED_INVALID', 'ORDERED_TO_PERFORM', 'WITHDRAWN', 'SETTLED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."case_challenge" cascade;`);
  }

}
