import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DiskFileStorage } from '../src';

const everyFile = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

describe('the disk file store', () => {
  const root = mkdtempSync(join(tmpdir(), 'wspolnie-storage-'));
  const storage = new DiskFileStorage(root);

  it('streams a file in, measures and hashes it, and gives it back', async () => {
    const bytes = Buffer.from('Kosztorys inwestorski – żłobek');
    const stored = await storage.put('attachments/p1/a1', Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]));
    expect(stored).toEqual({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(readFileSync(join(root, 'attachments', 'p1', 'a1')).equals(bytes)).toBe(true);
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.open('attachments/p1/a1')) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });

  it('leaves nothing, not even the temporary file, when the body fails half-way', async () => {
    const before = everyFile(root);
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024));
        this.destroy(new Error('the connection was closed'));
      },
    });
    await expect(storage.put('attachments/p1/a2', failing)).rejects.toThrow('the connection was closed');
    expect(everyFile(root)).toEqual(before);
  });

  it('refuses keys that could leave its folder, and answers ENOENT for a missing file', async () => {
    for (const key of ['../etc/passwd', 'attachments/../../x', '/absolute', 'Wielkie/litery', '']) {
      await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toThrow(/not a storage key/);
    }
    await expect(storage.open('attachments/p1/none')).rejects.toMatchObject({ code: 'ENOENT' });
    await storage.remove('attachments/p1/a1');
    await storage.remove('attachments/p1/a1');
    await expect(storage.open('attachments/p1/a1')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
