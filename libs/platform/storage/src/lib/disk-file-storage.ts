import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type FileStorage, type StoredFile } from './file-storage';

/**
 * Files on the local disk under one folder (DATA_DIR/files by default). A file is written to a
 * temporary name in its own folder and renamed when whole, so a reader never sees half a file
 * and a failed upload leaves nothing (the rename is atomic within one file system).
 */
export class DiskFileStorage implements FileStorage {
  constructor(readonly root: string) {}

  async put(key: string, body: Readable): Promise<StoredFile> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${randomBytes(8).toString('hex')}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const writer = createWriteStream(temporary, { flags: 'wx', mode: 0o640 });
    try {
      await pipeline(body, measure, writer);
      // On disk before the database says it is there: a crash after the commit must not lose it.
      const handle = await open(temporary, 'r');
      await handle.sync().finally(() => handle.close());
      await rename(temporary, path);
    } catch (error) {
      // A failure can come before the file is even open: it is removed once the stream has let go of it.
      if (!writer.closed) await once(writer, 'close').catch(() => undefined);
      await rm(temporary, { force: true });
      throw error;
    }
    return { size, sha256: hash.digest('hex') };
  }

  async open(key: string): Promise<Readable> {
    const stream = createReadStream(this.pathOf(key));
    // Opened before it is handed on, so a missing file is a rejection here, not a broken answer later.
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    return stream;
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.root, ...key.split('/'));
  }
}
