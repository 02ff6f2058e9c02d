import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import createSubscriber, { type Subscriber } from 'pg-listen';
import { DataSource } from 'typeorm';

type Handler = (payload: string) => void;

/**
 * The process's one LISTEN connection, shared by everything that waits for NOTIFY: the
 * activity log's wake-ups and the signals that end sessions. PostgreSQL delivers the
 * notifications of one connection in commit order, across channels, so a signal committed
 * before an event is handled before that event's wake-up.
 *
 * After a lost connection comes back, `onReconnect` handlers run: notifications sent while it
 * was down are gone, so each listener must catch up by reading what it watches.
 */
@Injectable()
export class PgListener implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('PgListener');
  private subscriber?: Subscriber;
  private readonly handlers = new Map<string, Handler[]>();
  private readonly reconnectHandlers: (() => void)[] = [];
  private connected = false;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    this.subscriber = createSubscriber(
      { connectionString: options.url, application_name: 'wspolnie-listener' },
      { retryInterval: (attempt) => Math.min(5_000, 100 * 2 ** attempt), retryTimeout: 24 * 3_600_000, parse: (raw) => raw },
    );
    let first = true;
    this.subscriber.events.on('connected', () => {
      if (!first) this.reconnectHandlers.forEach((handler) => handler());
      first = false;
    });
    this.subscriber.events.on('reconnect', (attempt) => this.logger.warn(`listen connection lost; reconnecting (attempt ${attempt})`));
    this.subscriber.events.on('error', (error) => this.logger.error(`listen connection failed: ${error.message}`));
    for (const channel of this.handlers.keys()) this.attach(channel);
    await this.subscriber.connect();
    this.connected = true;
    for (const channel of this.handlers.keys()) await this.subscriber.listenTo(channel);
  }

  async onApplicationShutdown(): Promise<void> {
    this.connected = false;
    await this.subscriber?.close().catch(() => undefined);
    this.subscriber = undefined;
  }

  /** Calls `handler` with the payload of every notification on `channel`, in commit order. */
  async listen(channel: string, handler: Handler): Promise<void> {
    const known = this.handlers.get(channel);
    if (known) {
      known.push(handler);
      return;
    }
    this.handlers.set(channel, [handler]);
    if (!this.subscriber) return;
    this.attach(channel);
    if (this.connected) await this.subscriber.listenTo(channel);
  }

  /** Runs after the connection came back from a loss (not after the first connect). */
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }

  private attach(channel: string): void {
    this.subscriber?.notifications.on(channel, (payload: unknown) => this.dispatch(channel, String(payload)));
  }

  private dispatch(channel: string, payload: string): void {
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        handler(payload);
      } catch (error) {
        this.logger.error(`a ${channel} handler failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
