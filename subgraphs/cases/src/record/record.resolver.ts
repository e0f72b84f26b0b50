import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, requireLogin } from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { EnforcementCase } from '../cases/case.entity.js';
import { CaseRecordEntry } from './record.entity.js';
import { CaseRecordEntryList, RecordEntryInput, RecordVerification } from './record.inputs.js';
import { addRecordEntry, verifyRecord } from './record.service.js';

/** The download path of a stored file, through the gateway (GET /files/:sha256). */
export const fileUrl = (sha256: string) => `/files/${sha256}`;

@Resolver(() => CaseRecordEntry)
export class CaseRecordEntryResolver {
  @Mutation(() => CaseRecordEntry, { description: '追加全过程记录 (append an entry to a case\'s record, 004 第十五条); a current, entitled handler of the case' })
  addRecordEntry(
    @Ctx() ctx: CasesContext,
    @Arg('caseId', () => ID, { description: '案件编号 (case id)' }) caseId: string,
    @Arg('input', () => RecordEntryInput, { description: '记录条目 (the entry)' }) input: RecordEntryInput,
  ): Promise<CaseRecordEntry> {
    return addRecordEntry(ctx, caseId, input);
  }

  @Query(() => RecordVerification, { description: '校验全过程记录 (re-compute a case\'s hash chain and name the first broken entry, 004 第十五条); whoever may read the case' })
  verifyRecord(@Ctx() ctx: CasesContext, @Arg('caseId', () => ID, { description: '案件编号 (case id)' }) caseId: string): Promise<RecordVerification> {
    return verifyRecord(ctx.em, ctx.identity, caseId, ctx.clock.now());
  }

  @FieldResolver(() => String, { nullable: true, description: '下载地址 (download path through the gateway, GET with the bearer token); null for a text entry' })
  fileUrl(@Root() e: CaseRecordEntry): string | null {
    return e.fileSha256 ? fileUrl(e.fileSha256) : null;
  }
}

/** `EnforcementCase.record`: the record of a case its readers see (the case itself is resolved only for them). */
@Resolver(() => EnforcementCase)
export class CaseRecordResolver {
  @FieldResolver(() => CaseRecordEntryList, { description: '全过程记录 (the case\'s full-process record, 004 第十五条), oldest first, paged' })
  record(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext, @Args() page: PageArgs): Promise<CaseRecordEntryList> {
    requireLogin(ctx.identity);
    return ctx.loaders.recordByCase.load(c.id, page);
  }
}
