import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { type RunningApi, startApi } from '@wspolnie/testing-api-process';

const PASSWORD = 'Wspolnie-demo-2026';

/** Follows the demo partnership's activity on one API until `count` events arrived. */
function follow(api: RunningApi, token: string, partnershipId: string, afterSeq: number, count: number): Promise<number[]> {
  const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const seqs: number[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${seqs.length} of ${count} events arrived`)), 40_000);
    client.subscribe(
      { query: `subscription ($p: UUID!, $a: Int) { partnershipActivity(partnershipId: $p, afterSeq: $a) { seq } }`, variables: { p: partnershipId, a: afterSeq } },
      {
        next: (message) => {
          if (message.errors) return reject(new Error(JSON.stringify(message.errors)));
          seqs.push((message.data as { partnershipActivity: { seq: number } }).partnershipActivity.seq);
          if (seqs.length === count) {
            clearTimeout(timer);
            void client.dispose();
            resolve(seqs);
          }
        },
        error: reject,
        complete: () => undefined,
      },
    );
  });
}

describe('two API processes on one database', () => {
  it('deliver 120 changes made through one process to a subscriber of the other, in order, none lost', async () => {
    const first = await startApi({ DATA_DIR: mkdtempSync(join(tmpdir(), 'wspolnie-two-')) });
    const port = /embedded PostgreSQL ready on 127\.0\.0\.1:(\d+)/.exec(first.output())?.[1];
    expect(port).toBeDefined();
    const second = await startApi({ DATABASE_URL: `postgres://postgres:wspolnie-embedded@127.0.0.1:${port}/wspolnie` });
    try {
      const writer = await first.signIn('koordynator@wspolnie.example', PASSWORD);
      const reader = await second.signIn('obserwator@wspolnie.example', PASSWORD);
      const { data } = await second.gql(`{ partnerships { edges { node { id version activity(first: 1) { edges { node { seq } } } } } } }`, {}, reader);
      const partnership = data.partnerships.edges[0].node;
      const lastSeq = partnership.activity.edges[0]?.node.seq ?? 0;

      const delivered = follow(second, reader, partnership.id, lastSeq, 120);
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (let i = 0; i < 120; i += 1) {
        const result = await first.gql(
          `mutation ($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { version } }`,
          { i: { id: partnership.id, expectedVersion: partnership.version + i, description: `zmiana ${i} przez pierwszy proces` } },
          writer,
        );
        expect(result.errors).toBeUndefined();
      }
      expect(await delivered).toEqual(Array.from({ length: 120 }, (_, i) => lastSeq + 1 + i));
    } finally {
      await second.stop();
      await first.stop();
    }
  });
});

describe('a restart of the API', () => {
  it('loses nothing: a subscriber resuming from its last seq gets the changes from before and after the restart, in order', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wspolnie-restart-'));
    let api = await startApi({ DATA_DIR: dataDir });
    const token = await api.signIn('koordynator@wspolnie.example', PASSWORD);
    const { data } = await api.gql(`{ partnerships { edges { node { id version activity(first: 1) { edges { node { seq } } } } } } }`, {}, token);
    const partnership = data.partnerships.edges[0].node;
    const lastSeen = partnership.activity.edges[0].node.seq;
    let version = partnership.version;
    const change = async (server: RunningApi, accessToken: string, text: string) => {
      const result = await server.gql(
        `mutation ($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { version } }`,
        { i: { id: partnership.id, expectedVersion: version, description: text } },
        accessToken,
      );
      version = result.data.updatePartnership.version;
    };
    for (let i = 0; i < 60; i += 1) await change(api, token, `przed restartem ${i}`);
    await api.stop();
    api = await startApi({ DATA_DIR: dataDir });
    try {
      const again = await api.signIn('koordynator@wspolnie.example', PASSWORD);
      for (let i = 0; i < 60; i += 1) await change(api, again, `po restarcie ${i}`);
      expect(await follow(api, again, partnership.id, lastSeen, 120)).toEqual(Array.from({ length: 120 }, (_, i) => lastSeen + 1 + i));
    } finally {
      await api.stop();
    }
  });
});
