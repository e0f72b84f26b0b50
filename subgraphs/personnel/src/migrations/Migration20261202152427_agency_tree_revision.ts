import { Migration } from '@mikro-orm/migrations';

export class Migration20261202152427_agency_tree_revision extends Migration {

  override name = 'Migration20261202152427_agency_tree_revision';

  override up(): void | Promise<void> {
    this.addSql(`create table "personnel"."agency_tree_revision" ("id" int not null, "rev" int not null, primary key ("id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "personnel"."agency_tree_revision" cascade;`);
  }

}
