/**
 * The cases subgraph's file store (content-addressed, kit/src/files): the one the environment names, unless a
 * test or a tool puts another in its place.
 */
import { blobStoreFromEnv, env, type BlobStore } from '@jiandu/kit';

let store: BlobStore | undefined;

export function fileStore(): BlobStore {
  store ??= blobStoreFromEnv(env());
  return store;
}

/** Uses `s` from now on (tests: a store in a temporary folder). */
export function useFileStore(s: BlobStore): void {
  store = s;
}

/** The most bytes one upload may have (FILE_MAX_BYTES). */
export const maxFileBytes = (): number => env().files.maxBytes;
