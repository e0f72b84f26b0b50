import path from 'node:path';
import type { Env } from '../env.js';
import { LocalBlobStore, type BlobStore } from './blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

export * from './blob-store.js';
export * from './s3-blob-store.js';

/** The store the environment names: the data folder's `files/` by default, or the S3-compatible one (FILE_STORE=s3). */
export function blobStoreFromEnv(env: Pick<Env, 'dataDir' | 'files'>): BlobStore {
  const files = path.join(env.dataDir, 'files');
  if (env.files.store === 's3' && env.files.s3) return new S3BlobStore(env.files.s3, path.join(files, 'tmp'));
  return new LocalBlobStore(files);
}
