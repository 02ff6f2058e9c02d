import { type BeforeApplicationShutdown, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Client, type Notification } from 'pg';
import { DataSource } from 'typeorm';

type Handler = (payload: string) => void;

/** How often the LISTEN connection is asked `SELECT 1`, to notice one that stopped answering. */
export const HEARTBEAT_INTERVAL_MS = 2_000;
/** How long it may take to answer before it counts as lost (and is replaced). */
export const HEARTBEAT_TIMEOUT_MS = 3_000;
/** Longest wait between two attempts to reconnect; the attempts never stop. */
export const MAX_RECONNECT_DELAY_MS = 3_000;
/** How often `whileDown` handlers run while the connection is down. */
export const DOWN_POLL_INTERVAL_MS = 1_000;
/** Longest a connect, with its LISTENs, may take. */
const CONNECT_TIMEOUT_MS = 5_000;

export const LISTENER_APPLICATION_NAME = 'wspolnie-listener';

/** Whether notifications reach this process now (readiness reports it). */
export interface ListenerHealth {
  readonly up: boolean;
  /** Since when it has been up, or down. */
  readonly since: Date;
  /** Why it is down. */
  readonly reason?: string;
  /** Attempts to reconnect since it went down. */
  readonly attempts?: number;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Ends a connection at once, whatever the server does (a server that stopped answering never ends it). */
function destroy(client: Client): void {
  client.connection.stream.destroy();
}

/**
 * The process's one LISTEN connection, shared by everything that waits for NOTIFY: the
 * activity log's wake-ups and the signals that end sessions. PostgreSQL delivers the
 * notifications of one connection in commit order, across channels, so a signal committed
 * before an event is handled before that event's wake-up.
 *
 * A connection that is lost, or stops answering (a heartbeat `SELECT 1` every
 * HEARTBEAT_INTERVAL_MS that must answer within HEARTBEAT_TIMEOUT_MS), is destroyed and
 * replaced; attempts go on for as long as the process runs, at most MAX_RECONNECT_DELAY_MS
 * apart. While it is down, `whileDown` handlers run every DOWN_POLL_INTERVAL_MS, so that
 * nobody waits for a notification that cannot come; once it is back, `onReconnect` handlers
 * run: notifications sent while it was down are gone, so each listener must catch up by
 * reading what it watches. A small client of its own on `pg` (pg-listen gives up after its
 * retry timeout and does not notice a connection that stopped answering).
 */
@Injectable()
export class PgListener implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('PgListener');
  private readonly handlers = new Map<string, Handler[]>();
  private readonly reconnectHandlers: (() => void)[] = [];
  private readonly downHandlers: { readonly handler: () => void; readonly ticks: number }[] = [];
  /** The connection in use, once connected and listening. */
  private client?: Client;
  /** A connection being opened; its notifications count too. */
  private opening?: Client;
  private url?: string;
  private closed = false;
  private attempts = 0;
  private downTicks = 0;
  private state: ListenerHealth = { up: false, since: new Date(), reason: 'not connected yet' };
  private heartbeat?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private pollTimer?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {}

  get health(): ListenerHealth {
    return this.state;
  }

  async onModuleInit(): Promise<void> {
    this.url = (this.dataSource.options as { url?: string }).url;
    // A database that refuses the first connection stops the start, as the pool does.
    await this.open();
  }

  /** Before any onApplicationShutdown: the server may be stopped by one (the embedded PostgreSQL). */
  async beforeApplicationShutdown(): Promise<void> {
    this.closed = true;
    [this.heartbeat, this.retryTimer, this.pollTimer].forEach((timer) => clearTimeout(timer));
    const client = this.client;
    this.client = undefined;
    if (this.opening) destroy(this.opening);
    if (!client) return;
    // A polite goodbye, unless the server does not answer it.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([client.end().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, 1_000)))]);
    clearTimeout(timer);
    destroy(client);
  }

  /** Calls `handler` with the payload of every notification on `channel`, in commit order. */
  async listen(channel: string, handler: Handler): Promise<void> {
    const known = this.handlers.get(channel);
    if (known) {
      known.push(handler);
      return;
    }
    this.handlers.set(channel, [handler]);
    // Not connected (or still opening, which LISTENs to every channel as it goes): the next
    // connection listens to it.
    const client = this.client;
    if (!client) return;
    await client.query(`LISTEN ${client.escapeIdentifier(channel)}`).catch((error: unknown) => this.lost(client, error));
  }

  /** Runs after the connection came back from a loss (not after the first connect). */
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }

  /** Runs every `everyMs` (rounded to DOWN_POLL_INTERVAL_MS) while the connection is down: notifications are being missed. */
  whileDown(handler: () => void, everyMs = DOWN_POLL_INTERVAL_MS): void {
    this.downHandlers.push({ handler, ticks: Math.max(1, Math.round(everyMs / DOWN_POLL_INTERVAL_MS)) });
  }

  private async open(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: LISTENER_APPLICATION_NAME, keepAlive: true, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // Errors of a connection that is no longer used are expected and ignored; they must be
    // handled, or Node would crash the process on them.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    client.on('notification', (message: Notification) => {
      if (client === this.client || client === this.opening) this.dispatch(message.channel, message.payload ?? '');
    });
    this.opening = client;
    // The LISTENs too must answer in time: a server that accepts and then hangs is down.
    const timer = setTimeout(() => destroy(client), CONNECT_TIMEOUT_MS);
    timer.unref();
    try {
      await client.connect();
      // Channels added while this runs are picked up: the loop reads the map as it goes.
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      destroy(client);
      throw error;
    } finally {
      clearTimeout(timer);
      if (this.opening === client) this.opening = undefined;
    }
    if (this.closed) {
      destroy(client);
      throw new Error('the listener is shut down');
    }
    this.client = client;
    this.state = { up: true, since: new Date() };
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
    this.scheduleHeartbeat(client);
  }

  private scheduleHeartbeat(client: Client): void {
    this.heartbeat = setTimeout(() => void this.beat(client), HEARTBEAT_INTERVAL_MS);
    this.heartbeat.unref();
  }

  private async beat(client: Client): Promise<void> {
    if (client !== this.client) return;
    const sent = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const expire = (due: number) => {
      timer = setTimeout(() => {
        // Fired late, the process itself was stalled (a busy machine): let an answer that may
        // be waiting in the socket be read before judging the connection.
        if (Date.now() - due > 1_000) {
          expire(Date.now() + 500);
          return;
        }
        this.lost(client, new Error(`it did not answer a heartbeat within ${HEARTBEAT_TIMEOUT_MS} ms`));
      }, Math.max(0, due - Date.now()));
      timer.unref();
    };
    expire(sent + HEARTBEAT_TIMEOUT_MS);
    try {
      await client.query('SELECT 1');
    } catch (error) {
      this.lost(client, error);
      return;
    } finally {
      clearTimeout(timer);
    }
    if (client === this.client) this.scheduleHeartbeat(client);
  }

  /** A connection failed or stopped answering: replace it (once per connection). */
  private lost(client: Client, error: unknown): void {
    destroy(client);
    if (client !== this.client) return;
    this.client = undefined;
    clearTimeout(this.heartbeat);
    if (this.closed) return;
    this.state = { up: false, since: new Date(), reason: messageOf(error), attempts: 0 };
    this.logger.warn(`listen connection lost (${messageOf(error)}); reconnecting, and reading every ${DOWN_POLL_INTERVAL_MS} ms meanwhile`);
    this.downTicks = 0;
    this.pollTimer = setInterval(() => {
      this.downTicks += 1;
      this.run(this.downHandlers.filter((down) => this.downTicks % down.ticks === 0).map((down) => down.handler), 'while-down');
    }, DOWN_POLL_INTERVAL_MS);
    this.pollTimer.unref();
    this.attempts = 0;
    this.retry();
  }

  private retry(): void {
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, 100 * 2 ** this.attempts);
    this.attempts += 1;
    this.retryTimer = setTimeout(() => void this.attempt(), delay);
    this.retryTimer.unref();
  }

  private async attempt(): Promise<void> {
    if (this.closed) return;
    try {
      await this.open();
    } catch (error) {
      if (this.closed) return;
      this.state = { ...this.state, reason: messageOf(error), attempts: this.attempts };
      if (this.attempts % 20 === 1) this.logger.warn(`listen connection still down after ${this.attempts} attempt(s): ${messageOf(error)}`);
      this.retry();
      return;
    }
    this.logger.log(`listen connection is back after ${this.attempts} attempt(s); catching up`);
    this.run(this.reconnectHandlers, 'reconnect');
  }

  private run(handlers: readonly (() => void)[], what: string): void {
    for (const handler of handlers) {
      try {
        handler();
      } catch (error) {
        this.logger.error(`a ${what} handler failed: ${messageOf(error)}`);
      }
    }
  }

  private dispatch(channel: string, payload: string): void {
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        handler(payload);
      } catch (error) {
        this.logger.error(`a ${channel} handler failed: ${messageOf(error)}`);
      }
    }
  }
}
