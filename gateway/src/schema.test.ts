/**
 * The committed supergraph and API schema are what the gateway and the console's codegen use: they must
 * be exactly what composing the subgraphs gives now. And every type and field carries a description
 * (DESIGN "Fixed points": front-end teams work from the Sandbox alone).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, isEnumType, isInputObjectType, isObjectType, isScalarType, type GraphQLSchema } from 'graphql';
import { composeSupergraph } from './compose.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const v of type.getValues()) if (!v.description?.trim()) missing.push(`${type.name}.${v.name}`);
  }
  return missing;
}

describe('supergraph', () => {
  const composed = composeSupergraph(root);

  it('gateway/supergraph.graphql is up to date (run `npm run compose` after changing a subgraph schema)', () => {
    expect(read('gateway/supergraph.graphql')).toBe(composed.supergraphSdl);
  });

  it('gateway/api-schema.graphql is up to date and has no federation internals', () => {
    expect(read('gateway/api-schema.graphql')).toBe(composed.apiSchemaSdl);
    expect(composed.apiSchemaSdl).not.toMatch(/join__|link__|_entities|_service|@key/);
  });

  it('every type, field, argument and enum value of the graph has a description', () => {
    expect(undocumented(buildSchema(composed.apiSchemaSdl))).toEqual([]);
  });

  it('the public lookup has exactly the public fields (DESIGN "Fixed points")', () => {
    const t = buildSchema(composed.apiSchemaSdl).getType('PublicCertificate');
    expect(isObjectType(t) && Object.keys(t.getFields()).sort()).toEqual(['agencyName', 'fields', 'holderName', 'number', 'region', 'status', 'validUntil']);
  });

  it('the console\'s generated operations (admin/src/gql) are up to date (run `npm run codegen`)', () => {
    expect(() =>
      execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.yml', '--check'], { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_OPTIONS: '' } }),
    ).not.toThrow();
  });
});
