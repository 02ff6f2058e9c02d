import type { Readable } from 'node:stream';

/** What a store knows of a file once it has it whole. */
export interface StoredFile {
  readonly size: number;
  /** Lower-case hex of the bytes' SHA-256. */
  readonly sha256: string;
}

/**
 * Where uploaded files are kept, by key (`attachments/<partnership>/<id>`), with no idea what
 * they are: the context that stores them keeps their names, types and access. The disk store is
 * the default; an S3-compatible one implements the same three calls and is bound to FILE_STORAGE.
 */
export interface FileStorage {
  /**
   * Streams `body` in under `key`, never holding it whole. The file appears only complete: if
   * the body fails (a refused type, a size over the limit, a dropped connection) nothing is left
   * under the key or beside it, and the body's error is what rejects.
   */
  put(key: string, body: Readable): Promise<StoredFile>;
  /** The file's bytes; NOT_FOUND-like failures reject with code `ENOENT`. */
  open(key: string): Promise<Readable>;
  /** Forgets the file (a compensation for a failed write); no file there is no error. */
  remove(key: string): Promise<void>;
}

/** Nest's injection token for the configured store. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

const KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;

/** Keys are made by code, never from a file name: anything else is a bug, not input. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.length > 300) throw new Error(`not a storage key: ${JSON.stringify(key.slice(0, 80))}`);
}
