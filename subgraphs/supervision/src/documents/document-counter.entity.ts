import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** The last number used in one issuing body's series of one kind of document in one year (gapless, `document.service.ts`). */
@Entity({ tableName: 'document_counter' })
export class DocumentCounter {
  @PrimaryKey({ type: 'uuid' })
  issuerId!: string;

  @PrimaryKey({ type: 'text' })
  kind!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
