import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PgListener } from './pg-listener';

export const SIGNALS_CHANNEL = 'wspolnie_signals';

/** How often `onResync` handlers re-read the truth while the LISTEN connection is down. */
const RESYNC_WHILE_DOWN_MS = 5_000;

type SignalHandler = (value: string) => void;

/**
 * Small facts every API process must learn at once ("session 5e… has ended"), carried by
 * NOTIFY as "<name>:<value>". Published inside a transaction, a signal is delivered when it
 * commits, and never if it rolls back. Signals are a prompt, not a record: the database holds
 * the truth, and while the LISTEN connection is down, and once it is back, `onResync`
 * handlers must re-read it.
 */
@Injectable()
export class Signals implements OnModuleInit {
  private readonly handlers = new Map<string, SignalHandler[]>();

  constructor(
    private readonly listener: PgListener,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listener.listen(SIGNALS_CHANNEL, (payload) => {
      const split = payload.indexOf(':');
      const name = split < 0 ? payload : payload.slice(0, split);
      const value = split < 0 ? '' : payload.slice(split + 1);
      this.handlers.get(name)?.forEach((handler) => handler(value));
    });
  }

  /** Sends `name:value` to every process when the current transaction commits (now, outside one). */
  async publish(name: string, value: string): Promise<void> {
    await this.txHost.tx.query('SELECT pg_notify($1, $2)', [SIGNALS_CHANNEL, `${name}:${value}`]);
  }

  on(name: string, handler: SignalHandler): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
  }

  /**
   * Runs when signals may have been missed: every few seconds while the LISTEN connection is
   * down, and once more when it is back.
   */
  onResync(handler: () => void): void {
    this.listener.whileDown(handler, RESYNC_WHILE_DOWN_MS);
    this.listener.onReconnect(handler);
  }
}
