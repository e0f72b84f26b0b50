/**
 * personnel's agency tree revision (DESIGN "Events", "Scope"): one row, raised by one in the transaction of
 * every change to the agency tree and carried by that change's event, so consumers can tell a newer fact from
 * an older one whatever order the events reach them in (`agencyProjectionHandlers` in kit).
 */
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'agency_tree_revision' })
export class AgencyTreeRevision {
  /** Always 1: the one row. */
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'integer' })
  rev!: number;
}
