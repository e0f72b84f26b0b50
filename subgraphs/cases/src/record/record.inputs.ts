import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Paged } from '@jiandu/kit';
import { CaseRecordEntry, RecordKind } from './record.entity.js';

@InputType({ description: '全过程记录条目 (a new entry of a case\'s record, 004 第十五条); a file is uploaded first (POST /files)' })
export class RecordEntryInput {
  @Field(() => RecordKind, { description: '记录形式 (kind)' })
  kind!: RecordKind;

  @Field({ description: '记录内容或说明 (what was recorded; for a file, what it shows)' })
  description!: string;

  @Field(() => String, { nullable: true, description: '文件摘要 SHA-256 (the `sha256` POST /files answered); required except for TEXT' })
  fileSha256?: string | null;

  @Field(() => String, { nullable: true, description: '文件名 (file name); required except for TEXT' })
  fileName?: string | null;

  @Field(() => String, { nullable: true, description: '文件类型 (media type: image/* for PHOTO, audio/* for AUDIO, video/* for VIDEO); required except for TEXT' })
  mediaType?: string | null;
}

@ObjectType({ description: '全过程记录的一页 (a page of a case\'s record), oldest first' })
export class CaseRecordEntryList extends Paged(CaseRecordEntry, { zh: '记录条目', en: 'record entries' }) {}

@ObjectType({ description: '全过程记录校验结果 (the hash chain of a case\'s record, re-computed from what is stored)' })
export class RecordVerification {
  @Field({ description: '完好 (every entry holds and links to the one before it)' })
  ok!: boolean;

  @Field(() => Int, { description: '条目数 (entries checked)' })
  entries!: number;

  @Field(() => Int, { nullable: true, description: '首个断裂处的序号 (seq of the first entry that does not hold); null when ok' })
  firstBrokenSeq!: number | null;

  @Field(() => ID, { nullable: true, description: '首个断裂处的记录编号 (id of that entry); null when ok' })
  firstBrokenId!: string | null;

  @Field(() => String, { nullable: true, description: '原因 (what is wrong there, in words a clerk can act on); null when ok' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: '末条哈希 (hash of the last entry: quote it to prove later that the record has not changed); null when empty' })
  headHash!: string | null;

  @Field(() => Date, { description: '校验时间 (when it was checked)' })
  verifiedAt!: Date;
}
