import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate, type GraphQLError } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { formatError, parseEnv } from '@jiandu/kit';
import { armorProtection, exceedsTokens } from './armor.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schema = buildSchema(`
  directive @tag on FIELD
  type Query { publicCertificate(number: String!): Cert agency: Agency }
  type Cert { number: String! holder: String! }
  type Agency { name: String! parent: Agency }
`);
const limits = { maxDepth: 4, maxAliases: 3, maxDirectives: 2, maxTokens: 100, maskSuggestions: true };
const refusals = (q: string, l = limits): readonly GraphQLError[] => validate(schema, parse(q), armorProtection(l).validationRules);
const aliases = (n: number) => Array.from({ length: n }, (_, i) => `c${i}: publicCertificate(number: "${i}") { number }`).join(' ');

describe('gateway shape limits (graphql-armor)', () => {
  it('aliases beyond the limit are refused with QUERY_TOO_COMPLEX, limit aliases, and the count', () => {
    expect(refusals(`{ ${aliases(3)} }`)).toEqual([]);
    const [e, ...more] = refusals(`{ ${aliases(4)} }`);
    expect(more).toEqual([]);
    expect(e?.message).toBe('查询中的别名过多（4 个，最多 3 个），请拆分为多次查询');
    expect(e?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 3, found: 4 });
    // aliases hidden in a fragment count too
    expect(refusals(`{ ...F } fragment F on Query { ${aliases(4)} }`).map((x) => x.extensions.limit)).toEqual(['aliases']);
  });

  it('depth counts fields, not fragments', () => {
    expect(refusals('{ agency { parent { parent { name } } } }')).toEqual([]);
    expect(refusals('{ agency { ...P } } fragment P on Agency { parent { parent { name } } }')).toEqual([]);
    const [e] = refusals('{ agency { parent { parent { parent { name } } } } }');
    expect(e?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 4, found: 5 });
    expect(e?.message).toContain('查询嵌套过深（5 层，最多 4 层）');
  });

  it('directives beyond the limit are refused', () => {
    expect(refusals('{ agency { name @tag parent @tag { name } } }')).toEqual([]);
    expect(refusals('{ agency { name @tag parent @tag { name @tag } } }').map((x) => x.extensions)).toEqual([
      { code: 'QUERY_TOO_COMPLEX', limit: 'directives', max: 2, found: 3 },
    ]);
  });

  it('tokens are counted before parsing completes; syntax errors are left to the parser', () => {
    expect(exceedsTokens(`{ ${aliases(3)} }`, 100)).toBe(false);
    expect(exceedsTokens(`{ ${aliases(20)} }`, 100)).toBe(true);
    expect(exceedsTokens('{ agency { ', 100)).toBe(false);
  });

  it('through Apollo Server: a refusal is a 400 with the code; "Did you mean" is hidden when the schema is not public', async () => {
    const run = async (maskSuggestions: boolean, query: string) => {
      const { validationRules, plugins } = armorProtection({ ...limits, maskSuggestions });
      const server = new ApolloServer({ schema, validationRules, plugins, formatError });
      const { http, body } = await server.executeOperation({ query });
      await server.stop();
      const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
      return { status: http.status, messages: errors.map((e) => e.message), codes: errors.map((e) => e.extensions?.code) };
    };
    expect(await run(false, `{ ${aliases(4)} }`)).toEqual({ status: 400, messages: [expect.stringContaining('别名过多')], codes: ['QUERY_TOO_COMPLEX'] });
    expect((await run(false, '{ agenc { name } }')).messages[0]).toContain('Did you mean "agency"');
    const masked = await run(true, '{ agenc { name } }');
    expect(masked.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(masked.messages[0]).not.toContain('agency');
  });

  it('with the default limits every operation of the console passes (its generated documents)', () => {
    const env = parseEnv({});
    const text = fs.readFileSync(path.join(root, 'admin/src/gql/gql.ts'), 'utf8');
    const start = text.indexOf('type Documents = {');
    const sources = [...text.slice(start, text.indexOf('\n};', start)).matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof/gm)].map((m) => JSON.parse(m[1]!) as string);
    expect(sources.length).toBeGreaterThan(20);
    const api = buildSchema(fs.readFileSync(path.join(root, 'gateway/api-schema.graphql'), 'utf8'));
    const all = sources.join('\n');
    const rules = armorProtection({ ...env.graphql, maskSuggestions: true }).validationRules;
    expect(validate(api, parse(all), rules).map((e) => e.message)).toEqual([]);
    // every operation sent with every fragment still fits the token limit
    const fragments = sources.filter((s) => /^\s*fragment /.test(s)).join('\n');
    for (const s of sources) expect(exceedsTokens(`${s}\n${fragments}`, env.graphql.maxTokens)).toBe(false);
  });
});
