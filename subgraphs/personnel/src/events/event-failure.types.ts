import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '投递失败的事件 (an event delivery that failed at least once: still retrying with backoff, or given up)' })
export class EventFailure {
  @Field({ description: '任务编号 (job id in the event queue)' })
  id!: string;

  @Field({ description: '任务：消费方:事件类型 (task: consumer:event type), e.g. cases:agency.moved' })
  task!: string;

  @Field(() => String, { nullable: true, description: '事件编号 (event id)' })
  eventId!: string | null;

  @Field(() => Int, { description: '已尝试次数 (attempts made)' })
  attempts!: number;

  @Field(() => Int, { description: '最多尝试次数；达到后不再重试 (maximum attempts; no retry after it)' })
  maxAttempts!: number;

  @Field(() => String, { nullable: true, description: '最近一次错误 (last error)' })
  lastError!: string | null;

  @Field({ description: '下次尝试时间 (next attempt at)' })
  runAt!: Date;

  @Field({ description: '事件入队时间 (queued at)' })
  createdAt!: Date;
}
