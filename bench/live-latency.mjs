#!/usr/bin/env node
// Delivery latency of live updates: N graphql-ws subscribers follow the demo partnership's
// activity on a freshly started API (embedded PostgreSQL, built dist), M changes are made one
// after another, and for every (subscriber, event) the time from sending the mutation to the
// event's arrival is recorded. Prints median, p99 and max, and checks every subscriber got every
// event, in order, once. Usage: npm run build && node bench/live-latency.mjs [subscribers] [changes]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const SUBSCRIBERS = Number(process.argv[2] ?? 100);
const CHANGES = Number(process.argv[3] ?? 50);
const dataDir = mkdtempSync(join(tmpdir(), 'wspolnie-bench-'));

const api = spawn(process.execPath, ['dist/apps/api/main.js'], { env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info' } });
let output = '';
api.stdout.on('data', (chunk) => (output += chunk));
api.stderr.on('data', (chunk) => (output += chunk));
const port = await new Promise((resolve, reject) => {
  const timer = setInterval(() => {
    const match = /ready at http:\/\/localhost:(\d+)/.exec(output);
    if (match) {
      clearInterval(timer);
      resolve(match[1]);
    }
  }, 50);
  api.on('exit', () => reject(new Error(output)));
});
const url = `http://127.0.0.1:${port}/graphql`;
const gql = async (query, variables, token) =>
  (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) })).json();

const signIn = async (email) =>
  (await gql('mutation ($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: { email, password: 'Wspolnie-demo-2026' } })).data.signIn.accessToken;
const writer = await signIn('koordynator@wspolnie.example');
const reader = await signIn('obserwator@wspolnie.example');
const { data } = await gql('{ partnerships { edges { node { id version activity(first: 1) { edges { node { seq } } } } } } }', {}, reader);
const partnership = data.partnerships.edges[0].node;
const startSeq = partnership.activity.edges[0].node.seq;

const sentAt = new Map();
const latencies = [];
const received = Array.from({ length: SUBSCRIBERS }, () => []);
const clients = [];
let connected = 0;
await new Promise((resolve) => {
  for (let s = 0; s < SUBSCRIBERS; s += 1) {
    const client = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${reader}` }, retryAttempts: 0 });
    clients.push(client);
    client.on('connected', () => ++connected === SUBSCRIBERS && setTimeout(resolve, 500));
    client.subscribe(
      { query: 'subscription ($p: ID!, $a: Int) { partnershipActivity(partnershipId: $p, afterSeq: $a) { seq } }', variables: { p: partnership.id, a: startSeq } },
      { next: ({ data: event }) => { const seq = event.partnershipActivity.seq; received[s].push(seq); latencies.push(performance.now() - sentAt.get(seq)); }, error: (e) => console.error(e), complete: () => undefined },
    );
  }
});

let version = partnership.version;
for (let i = 0; i < CHANGES; i += 1) {
  sentAt.set(startSeq + 1 + i, performance.now());
  const result = await gql('mutation ($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { version } }', { i: { id: partnership.id, expectedVersion: version, description: `pomiar ${i}` } }, writer);
  version = result.data.updatePartnership.version;
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const deadline = Date.now() + 30_000;
while (latencies.length < SUBSCRIBERS * CHANGES && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));

const expected = Array.from({ length: CHANGES }, (_, i) => startSeq + 1 + i).join(',');
const complete = received.filter((seqs) => seqs.join(',') === expected).length;
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
console.log(`subscribers ${SUBSCRIBERS}, changes ${CHANGES}, deliveries ${latencies.length}/${SUBSCRIBERS * CHANGES}, complete and in order: ${complete}/${SUBSCRIBERS}`);
console.log(`delivery latency (mutation sent → event received): p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${latencies.at(-1).toFixed(1)} ms`);

await Promise.all(clients.map((client) => client.dispose()));
api.kill('SIGTERM');
await new Promise((resolve) => api.on('exit', resolve));
rmSync(dataDir, { recursive: true, force: true });
process.exit(complete === SUBSCRIBERS ? 0 : 1);
