#!/usr/bin/env node
// Composes the supergraph from the three subgraphs' SDL and writes gateway/supergraph.graphql and the
// API schema the console's codegen reads (gateway/api-schema.graphql). Both are committed; a test fails
// when either is stale. Run after changing any subgraph's schema: `npm run compose`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { composeSupergraph } = await import(pathToFileURL(path.join(root, 'gateway/dist/compose.js')).href);
const { supergraphSdl, apiSchemaSdl } = composeSupergraph(root);
fs.writeFileSync(path.join(root, 'gateway/supergraph.graphql'), supergraphSdl);
fs.writeFileSync(path.join(root, 'gateway/api-schema.graphql'), apiSchemaSdl);
console.log('compose: wrote gateway/supergraph.graphql and gateway/api-schema.graphql');
