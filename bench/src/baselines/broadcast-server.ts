/**
 * The least a live-update server can do, as a separate process like the API: one LISTEN
 * connection, one SELECT per notification, and the same pre-serialised graphql-ws "next"
 * message written to every open socket. No GraphQL, no authorisation, no per-subscriber
 * cursor. Prints its port, then serves until killed.
 */
import { Client } from 'pg';
import { WebSocket, WebSocketServer } from 'ws';

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is required');
  const db = new Client({ connectionString: url });
  await db.connect();
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  db.on('notification', async (notification) => {
    const [streamId, seq] = String(notification.payload).split(':');
    const { rows } = await db.query(`SELECT seq::int AS seq, action, subject_id AS "subjectId" FROM stream_event WHERE stream_id = $1 AND seq = $2`, [streamId, seq]);
    if (!rows.length) return;
    const message = JSON.stringify({ id: '1', type: 'next', payload: { data: { projectTaskChanges: rows[0] } } });
    for (const socket of server.clients) if (socket.readyState === WebSocket.OPEN) socket.send(message);
  });
  await db.query('LISTEN wspolnie_events');
  const address = server.address();
  process.stdout.write(`broadcast baseline listening on ${typeof address === 'object' && address ? address.port : address}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
