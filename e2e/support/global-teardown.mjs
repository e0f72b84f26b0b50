import fs from 'node:fs';

export default async function globalTeardown() {
  // destroy: stops the server and deletes its data, wherever it lives (see kit/src/postgres.ts)
  await globalThis.__JIANDU_TEST_DB__?.destroy();
  if (globalThis.__JIANDU_TEST_DIR__) fs.rmSync(globalThis.__JIANDU_TEST_DIR__, { recursive: true, force: true });
}
