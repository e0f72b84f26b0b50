import { Migration } from '@mikro-orm/migrations';

export class Migration20261202160606_agency_confirmed extends Migration {

  override name = 'Migration20261202160606_agency_confirmed';

  override up(): void | Promise<void> {
    this.addSql(`alter table "supervision"."agency_projection" add "confirmed" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "supervision"."agency_projection" drop column "confirmed";`);
  }

}
