import { BigIntType, DeferMode, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CaseStage } from '../cases/case.enums.js';
import { EnforcementCase } from '../cases/case.entity.js';

/** 记录形式 (how a moment of the case was recorded: 004 第十五条 "文字、照片、录音、录像及其他有效方式"). */
export enum RecordKind {
  TEXT = 'TEXT',
  PHOTO = 'PHOTO',
  AUDIO = 'AUDIO',
  VIDEO = 'VIDEO',
  DOCUMENT = 'DOCUMENT',
}

export const RECORD_KIND_LABEL: Record<RecordKind, string> = {
  TEXT: '文字记录',
  PHOTO: '照片',
  AUDIO: '录音',
  VIDEO: '录像',
  DOCUMENT: '文书或其他文件',
};

registerEnumType(RecordKind, {
  name: 'RecordKind',
  description: '记录形式 (kind of a record entry, 004 第十五条: 文字、照片、录音、录像及其他有效方式)',
  valuesConfig: Object.fromEntries(Object.entries(RECORD_KIND_LABEL).map(([k, v]) => [k, { description: v }])),
});

/** What the append-only trigger says to anyone who tries to change or remove an entry. */
export const APPEND_ONLY_BODY = `raise exception '全过程记录只能追加，不能修改或删除 (case_record_entry is append-only, 004 第十五条)' using errcode = 'insufficient_privilege'`;

/**
 * 全过程记录的一条 (one entry of a case's full-process record, 004 第十五条; 002 三项制度 (三)): what was recorded,
 * in which stage, by which handler, when — and for a file its SHA-256 (the bytes live in the content-addressed
 * file store, never in the chain). Append-only: no command updates or deletes an entry, and a trigger refuses it
 * in the database; every entry carries the hash of the one before it, so `verifyRecord` finds an edit however it
 * was made.
 */
@ObjectType({ description: '全过程记录条目 (an entry of a case\'s full-process record, 004 第十五条), hash-chained, append-only' })
@Entity({
  tableName: 'case_record_entry',
  // Append-only in the database too (the hash chain then shows whatever got round it). A TRUNCATE trigger calling
  // the same function is added by the migration (PostgreSQL does not list TRUNCATE triggers where the ORM looks).
  triggers: [{ name: 'append_only', timing: 'before', events: ['update', 'delete'], forEach: 'row', body: APPEND_ONLY_BODY }],
})
@Unique({ name: 'case_record_entry_case_seq_unique', properties: ['caseId', 'seq'] })
@Index({ name: 'case_record_entry_file_index', properties: ['fileSha256'] })
@Index({ name: 'case_record_entry_case_stage_kind_index', properties: ['caseId', 'stage', 'kind'] })
export class CaseRecordEntry {
  [OptionalProps]?: 'fileSha256' | 'fileName' | 'fileSize' | 'mediaType';

  @Field(() => ID, { description: '记录编号 (entry id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '案件编号 (case id)' })
  @ManyToOne(() => EnforcementCase, { mapToPk: true, fieldName: 'case_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  caseId!: string;

  @Field(() => Int, { description: '序号 (position in the case\'s record, from 1, without gaps)' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => CaseStage, { description: '环节 (the stage the case was in when it was recorded)' })
  @Enum({ items: () => CaseStage })
  stage!: CaseStage;

  @Field(() => RecordKind, { description: '记录形式 (kind: text, photo, audio, video, document)' })
  @Enum({ items: () => RecordKind })
  kind!: RecordKind;

  @Field({ description: '记录内容或说明 (what was recorded; for a file, what it shows)' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: '文件摘要 SHA-256 (the file\'s digest, hex; null for a text entry)' })
  @Property({ type: 'text', nullable: true })
  fileSha256: string | null = null;

  @Field(() => String, { nullable: true, description: '文件名 (file name as uploaded)' })
  @Property({ type: 'text', nullable: true })
  fileName: string | null = null;

  @Field(() => Float, { nullable: true, description: '文件大小，字节 (file size in bytes)' })
  @Property({ type: new BigIntType('number'), nullable: true })
  fileSize: number | null = null;

  @Field(() => String, { nullable: true, description: '文件类型 (media type, e.g. image/jpeg)' })
  @Property({ type: 'text', nullable: true })
  mediaType: string | null = null;

  @Field(() => ID, { description: '记录人执法人员编号 (officer who recorded it: a handler of the case)' })
  @Property({ type: 'uuid' })
  officerId!: string;

  @Field({ description: '记录人 (who recorded it)' })
  @Property({ type: 'text' })
  actorName!: string;

  @Field(() => Date, { description: '记录时间 (recorded at)' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;

  @Field({ description: '前一条的哈希 (hash of the previous entry; 64 zeros for the first)' })
  @Property({ type: 'text' })
  prevHash!: string;

  @Field({ description: '本条哈希 (SHA-256 over the previous hash and this entry\'s fields)' })
  @Property({ type: 'text' })
  hash!: string;
}

export const recordEntities = [CaseRecordEntry];
