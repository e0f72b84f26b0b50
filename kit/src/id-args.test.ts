import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { graphql } from 'graphql';
import { Arg, Field, ID, InputType, Int, Mutation, Query, Resolver, buildSchema } from 'type-graphql';
import { guardIdArgs } from './id-args.js';
import { DomainError, ErrorCode } from './errors.js';

@InputType()
class ThingFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
class ThingInput {
  @Field(() => ID)
  ownerId!: string;
}

let reached = 0;

@Resolver()
class ThingResolver {
  @Query(() => String)
  thing(@Arg('id', () => ID) id: string): string {
    reached++;
    return id;
  }

  @Query(() => Int)
  things(@Arg('filter', () => ThingFilter, { nullable: true }) _filter?: ThingFilter): number {
    reached++;
    return 0;
  }

  @Mutation(() => String)
  saveThing(@Arg('id', () => ID) id: string, @Arg('input', () => ThingInput) _input: ThingInput): string {
    reached++;
    return id;
  }
}


const OK = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('every ID argument is a UUID, checked before the resolver (guardIdArgs)', () => {
  const run = async (source: string) => {
    const schema = guardIdArgs(await buildSchema({ resolvers: [ThingResolver], validate: false }));
    const before = reached;
    const r = await graphql({ schema, source });
    const e = r.errors?.[0]?.originalError as DomainError | undefined;
    return { code: e?.code, field: e?.details.field, message: e?.message, reached: reached - before };
  };

  it('a malformed ID argument is BAD_USER_INPUT naming the field; the resolver never runs', async () => {
    expect(await run('{ thing(id: "not-a-uuid") }')).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'id', reached: 0 });
    expect((await run('{ thing(id: "x") }')).message).toContain('编号格式不正确：x');
    expect(await run(`{ thing(id: "${OK}") }`)).toMatchObject({ code: undefined, reached: 1 });
  });

  it('ids inside a query\'s filter (lists included) are checked too', async () => {
    expect(await run(`{ things(filter: { ids: ["${OK}", "42"] }) }`)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'ids', reached: 0 });
    expect(await run('{ things(filter: { ownerId: "42" }) }')).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'ownerId', reached: 0 });
    expect(await run(`{ things(filter: { ids: ["${OK}"] }) }`)).toMatchObject({ reached: 1 });
  });

  it('a command checks its top-level id; its input is left to the service, which reports all problems at once', async () => {
    expect(await run(`mutation { saveThing(id: "nope", input: { ownerId: "${OK}" }) }`)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'id', reached: 0 });
    expect(await run(`mutation { saveThing(id: "${OK}", input: { ownerId: "nope" }) }`)).toMatchObject({ code: undefined, reached: 1 });
  });
});
