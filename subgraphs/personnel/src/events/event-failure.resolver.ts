/**
 * Failed event deliveries, for system administrators (DESIGN "Events"). The queue is kit's shared
 * infrastructure (`graphile_worker`), not another subgraph's tables, so one query here covers every consumer.
 */
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError, ErrorCode, eventFailures, requireRole, retryEventJob, SUBSCRIPTIONS } from '@jiandu/kit';
import type { PersonnelContext } from '../context.js';
import { EventFailure } from './event-failure.types.js';

const CONSUMERS = [...new Set(Object.values(SUBSCRIPTIONS).flat())];

@Resolver()
export class EventFailureResolver {
  @Query(() => [EventFailure], { description: '投递失败的事件 (event deliveries that failed: task, attempts, last error, next attempt), newest first; system administrators' })
  async eventFailures(
    @Ctx() ctx: PersonnelContext,
    @Arg('limit', () => Int, { nullable: true, description: '最多条数，默认 100 (at most, default 100)' }) limit?: number | null,
  ): Promise<EventFailure[]> {
    requireRole(ctx.identity, 'SYSTEM_ADMIN');
    const n = limit ?? 100;
    if (!Number.isInteger(n) || n < 1 || n > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, '条数须在 1–500 之间', { field: 'limit' });
    return eventFailures(ctx.em, CONSUMERS, n);
  }

  @Mutation(() => Boolean, { description: '立即重试失败的事件 (retry a failed event delivery now, attempts reset); system administrators' })
  async retryEvent(@Ctx() ctx: PersonnelContext, @Arg('id', () => String, { description: '任务编号 (job id, a number as text; not a record uuid)' }) id: string): Promise<boolean> {
    requireRole(ctx.identity, 'SYSTEM_ADMIN');
    if (!/^\d{1,18}$/.test(id)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `任务编号格式不正确：${id}`, { field: 'id' });
    if (!(await retryEventJob(ctx.em, id))) throw new DomainError(ErrorCode.NOT_FOUND, '没有该失败任务，或它正在执行');
    return true;
  }
}
