import { Migration } from '@mikro-orm/migrations';

/**
 * The rows of a case refer to it by a foreign key the entities do not map as a relation, so MikroORM does not know
 * to insert the case first: in one flush it may insert a transition, handler or party before its case (registerCase
 * failed so). Checked at commit instead (deferred), every such key holds whatever the order of the inserts.
 */
export class Migration20261202174600_deferred_case_foreign_keys extends Migration {

  override name = 'Migration20261202174600_deferred_case_foreign_keys';

  static readonly KEYS: [string, string][] = [
    ['case_party', 'case_party_case_id_foreign'],
    ['case_handler', 'case_handler_case_id_foreign'],
    ['case_transition', 'case_transition_case_id_foreign'],
    ['legal_review_round', 'legal_review_round_case_id_foreign'],
    ['enforcement_case', 'enforcement_case_matter_id_foreign'],
    ['case_publication', 'case_publication_case_id_foreign'],
    ['case_filing', 'case_filing_case_id_foreign'],
  ];

  override up(): void | Promise<void> {
    for (const [table, key] of Migration20261202174600_deferred_case_foreign_keys.KEYS) {
      this.addSql(`alter table "cases"."${table}" alter constraint "${key}" deferrable initially deferred;`);
    }
  }

  override down(): void | Promise<void> {
    for (const [table, key] of Migration20261202174600_deferred_case_foreign_keys.KEYS) {
      this.addSql(`alter table "cases"."${table}" alter constraint "${key}" not deferrable;`);
    }
  }

}
