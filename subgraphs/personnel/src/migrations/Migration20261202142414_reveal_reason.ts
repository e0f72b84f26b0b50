import { Migration } from '@mikro-orm/migrations';

export class Migration20261202142414_reveal_reason extends Migration {

  override name = 'Migration20261202142414_reveal_reason';

  override up(): void | Promise<void> {
    this.addSql(`alter table "personnel"."personal_data_access" add "reason" text null;`);
    this.addSql(`create index "personal_data_access_viewer_id_index" on "personnel"."personal_data_access" ("viewer_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "personnel"."personal_data_access_viewer_id_index";`);
    this.addSql(`alter table "personnel"."personal_data_access" drop column "reason";`);
  }

}
