import { Migration } from '@mikro-orm/migrations';

export class Migration20261202152733_event_seq extends Migration {

  override name = 'Migration20261202152733_event_seq';

  override up(): void | Promise<void> {
    this.addSql(`alter table "personnel"."certificate_event" add "seq" bigserial;`);
    this.addSql(`alter table "personnel"."certificate_event" add constraint "certificate_event_seq_unique" unique ("seq");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "personnel"."certificate_event" drop constraint "certificate_event_seq_unique";`);
    this.addSql(`alter table "personnel"."certificate_event" drop column "seq";`);
  }

}
