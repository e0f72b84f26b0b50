#!/usr/bin/env node
// Creates the next migration of a subgraph from the difference between its entities and the schema its
// existing migrations produce: `npm run migration:create -- personnel [name]`. Runs against a throw-away
// embedded PostgreSQL, writes subgraphs/<name>/src/migrations/Migration<timestamp>.ts and its index.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [subgraph, label] = process.argv.slice(2);
if (!['personnel', 'cases', 'supervision'].includes(subgraph)) {
  console.error('usage: npm run migration:create -- <personnel|cases|supervision> [name]');
  process.exit(2);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-mig-'));
process.env.DATA_DIR = dataDir;
process.env.LOG_LEVEL = 'warn';
const kit = await import(pathToFileURL(path.join(root, 'kit/dist/index.js')).href);
const db = await kit.startEmbeddedPostgres({ dataDir, port: 55000 + Math.floor(Math.random() * 5000), database: 'migrations' });
try {
  const ormModule = await import(pathToFileURL(path.join(root, `subgraphs/${subgraph}/dist/orm.js`)).href);
  const schema = ormModule.SCHEMA;
  const migrationsDir = path.join(root, `subgraphs/${subgraph}/src/migrations`);
  const orm = await kit.createOrm({
    schema,
    databaseUrl: db.url,
    entities: ormModule.entities,
    migrations: (await import(pathToFileURL(path.join(root, `subgraphs/${subgraph}/dist/migrations/index.js`)).href)).migrations,
  });
  await kit.migrate(orm, schema);
  orm.config.get('migrations').path = migrationsDir;
  orm.config.get('migrations').pathTs = migrationsDir;
  const result = await orm.migrator.create(migrationsDir, false, false, label);
  await orm.close();
  if (!result.fileName) {
    console.log(`${subgraph}: entities and migrations agree, nothing to create`);
  } else {
    const files = fs.readdirSync(migrationsDir).filter((f) => /^Migration\d+.*\.ts$/.test(f)).sort();
    const names = files.map((f) => f.replace(/\.ts$/, ''));
    fs.writeFileSync(
      path.join(migrationsDir, 'index.ts'),
      `// The migrations of this subgraph, in order. \`npm run migration:create -- ${subgraph}\` adds to this list.\n` +
        names.map((n) => `import { ${n.replace(/[^A-Za-z0-9_]/g, '_')} } from './${n}.js';`).join('\n') +
        `\n\nexport const migrations = [\n` +
        names.map((n) => `  { name: '${n}', class: ${n.replace(/[^A-Za-z0-9_]/g, '_')} },`).join('\n') +
        `\n];\n`,
    );
    console.log(`${subgraph}: created ${result.fileName}`);
  }
} finally {
  await db.destroy(); // stops it and deletes its data, wherever it lives
  fs.rmSync(dataDir, { recursive: true, force: true });
}
