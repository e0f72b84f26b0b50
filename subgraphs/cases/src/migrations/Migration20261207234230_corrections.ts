import { Migration } from '@mikro-orm/migrations';

export class Migration20261207234230_corrections extends Migration {

  override name = 'Migration20261207234230_corrections';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."enforcement_case" add "correction" text null, add "corrected_by_number" text null, add "corrected_by_body" text null, add "corrected_by_decision_id" uuid null, add "corrected_on" date null, add "correction_reason" text null, add "corrected_at" timestamptz null;`);
    this.addSql(`alter table "cases"."enforcement_case" add constraint "enforcement_case_correction_check" check ("correction" in ('REVOKED', 'CONFIRMED_ILLEGAL', 'CONFIRMED_INVALID'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."enforcement_case" drop constraint "enforcement_case_correction_check";`);
    this.addSql(`alter table "cases"."enforcement_case" drop column "correction", drop column "corrected_by_number", drop column "corrected_by_body", drop column "corrected_by_decision_id", drop column "corrected_on", drop column "correction_reason", drop column "corrected_at";`);
  }

}
