import { Migration } from '@mikro-orm/migrations';

export class Migration20261202152440_agency_rev extends Migration {

  override name = 'Migration20261202152440_agency_rev';

  override up(): void | Promise<void> {
    this.addSql(`alter table "supervision"."agency_projection" add "rev" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "supervision"."agency_projection" drop column "rev";`);
  }

}
