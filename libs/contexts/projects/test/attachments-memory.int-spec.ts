import { PartnershipRole } from '@wspolnie/identity';
import { once } from 'node:events';
import { statSync } from 'node:fs';
import http from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { attachmentsWorld, type AttachmentsWorld, type Person } from './attachments.world';

const MiB = 1024 * 1024;
const CHUNK = 64 * 1024;
const BOUNDARY = '----wspolnie-upload-test';

// A full collection before each sample, so what is measured is what the process keeps, not
// garbage it has not collected yet (each chunk streamed through is garbage once it is on disk).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** What the process keeps beyond its code: the JS heap and the buffers outside it, where a file held whole would show. */
const kept = () => {
  collect();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

/**
 * Sends a PDF of `size` bytes as a multipart body made as it is sent, 64 KiB at a time with
 * backpressure (the client, in this process too, holds no more of it than the server should),
 * and calls `midway` once 90% of it is sent. node:http, not fetch: fetch keeps a streamed
 * body's chunks (measured: +48 MiB at 90% of 64 MiB against a server that only counts them).
 */
async function send(url: URL, token: string, size: number, midway: () => Promise<void>): Promise<{ status: number; body: any }> {
  const request = http.request(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } });
  const answered = new Promise<{ status: number; body: any }>((resolve, reject) => {
    request.on('error', reject);
    request.on('response', async (response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of response) chunks.push(chunk as Buffer);
      resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
    });
  });
  const write = async (chunk: Buffer) => {
    if (!request.write(chunk)) await once(request, 'drain');
  };
  await write(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="skan.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`));
  let sent = 9;
  let measured = false;
  while (sent < size) {
    if (!measured && sent >= size * 0.9) {
      measured = true;
      await midway();
    }
    const length = Math.min(CHUNK, size - sent);
    await write(Buffer.alloc(length, 0x20));
    sent += length;
  }
  request.end(`\r\n--${BOUNDARY}--\r\n`);
  return answered;
}

describe('uploads are streamed', () => {
  let world: AttachmentsWorld;
  let coordinator: Person;
  let projectId: string;

  beforeAll(async () => {
    world = await attachmentsWorld({ ATTACHMENT_MAX_BYTES: String(96 * MiB) });
    const partnershipId = await world.partnership();
    coordinator = await world.person([{ partnershipId, role: PartnershipRole.COORDINATOR }]);
    projectId = await world.project(coordinator, partnershipId, 'Dokumentacja projektowa (przykład)');
  });
  afterAll(() => world?.api.close());

  /** How much more the process keeps with 90% of a `size`-byte upload inside the server (written to its temporary file) than before it. */
  async function keptDuring(size: number): Promise<number> {
    const before = kept();
    let growth = 0;
    const written = () =>
      world
        .storedFiles()
        .filter((path) => path.endsWith('.part'))
        .reduce((total, path) => total + statSync(path).size, 0);
    const answer = await send(new URL(`/projects/${projectId}/attachments`, world.api.url), coordinator.accessToken, size, async () => {
      for (let tries = 0; written() < size * 0.9 - 2 * MiB && tries < 400; tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(written()).toBeGreaterThan(size * 0.9 - 2 * MiB);
      // The least of a few samples: whatever else the process does meanwhile (a timer, a log line) comes and goes; a file held would stay.
      const samples: number[] = [];
      for (let sample = 0; sample < 3; sample += 1) {
        samples.push(kept() - before);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      growth = Math.min(...samples);
    });
    expect([answer.status, answer.body.sizeBytes]).toEqual([201, size]);
    return growth;
  }

  it('keeps about as much of a 64 MiB file as of an 8 MiB one while receiving it, and stores all of it', async () => {
    await keptDuring(1 * MiB); // warms up the route, the parser and the type check
    const small = await keptDuring(8 * MiB);
    const large = await keptDuring(64 * MiB);
    // Held whole, the large one would keep 57 MiB more at that point (the small one 7); streamed, both keep a few chunks
    // (measured: under 1 MiB each; the margins are for what a busy machine's sockets and timers hold for a moment).
    expect(large).toBeLessThan(small + 16 * MiB);
    expect(large).toBeLessThan(32 * MiB);
    const [row] = await world.api.dataSource.query(`SELECT size_bytes::int AS size FROM attachment ORDER BY uploaded_at DESC LIMIT 1`);
    expect(row.size).toBe(64 * MiB);
  }, 120_000);
});
