import { Migration } from '@mikro-orm/migrations';

export class Migration20261202153111_agency_rev extends Migration {

  override name = 'Migration20261202153111_agency_rev';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."agency_projection" add "rev" int not null default 0;`);
    this.addSql(`create index "agency_projection_parent_id_index" on "cases"."agency_projection" ("parent_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "cases"."agency_projection_parent_id_index";`);
    this.addSql(`alter table "cases"."agency_projection" drop column "rev";`);
  }

}
