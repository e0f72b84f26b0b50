import { Migration } from '@mikro-orm/migrations';

export class Migration20261202152432_agency_rev extends Migration {

  override name = 'Migration20261202152432_agency_rev';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."agency_projection" add "rev" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."agency_projection" drop column "rev";`);
  }

}
