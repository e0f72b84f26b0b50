/**
 * Build-time composition (DESIGN "Architecture": the supergraph is composed at build time and checked in).
 * Each subgraph prints its SDL in its own process (type-graphql keeps global metadata, so three schemas
 * are never built in one process), then `composeServices` makes the supergraph and its API schema.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse, printSchema, lexicographicSortSchema } from 'graphql';
import { composeServices } from '@apollo/composition';

export const SUBGRAPHS = ['personnel', 'cases', 'supervision'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** The URLs written into the committed supergraph; the gateway overrides them from its environment. */
export const DEFAULT_URLS: Record<SubgraphName, string> = {
  personnel: 'http://127.0.0.1:4101/graphql',
  cases: 'http://127.0.0.1:4102/graphql',
  supervision: 'http://127.0.0.1:4103/graphql',
};

export function printSubgraphSdl(root: string, name: SubgraphName): string {
  return execFileSync(process.execPath, [path.join(root, 'subgraphs', name, 'dist', 'index.js'), 'print-schema'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
}

export function composeSupergraph(root: string): { supergraphSdl: string; apiSchemaSdl: string } {
  const services = SUBGRAPHS.map((name) => ({ name, url: DEFAULT_URLS[name], typeDefs: parse(printSubgraphSdl(root, name)) }));
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  const api = lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { supergraphSdl: result.supergraphSdl, apiSchemaSdl: `${printSchema(api)}\n` };
}
