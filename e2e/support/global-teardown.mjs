import fs from 'node:fs';

export default async function globalTeardown() {
  await globalThis.__JIANDU_TEST_DB__?.stop();
  if (globalThis.__JIANDU_TEST_DIR__) fs.rmSync(globalThis.__JIANDU_TEST_DIR__, { recursive: true, force: true });
}
