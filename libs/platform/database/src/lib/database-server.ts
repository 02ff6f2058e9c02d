import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig } from '@wspolnie/platform-config';
import { DataSource } from 'typeorm';
import { EmbeddedPostgresServer } from './embedded-postgres.server';

/**
 * Where the database is: DATABASE_URL when set, otherwise an embedded PostgreSQL kept under
 * DATA_DIR. On shutdown it closes the pool before stopping the embedded server, so the server
 * never sees its clients vanish mid-statement.
 */
@Injectable()
export class DatabaseServer implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private embedded?: EmbeddedPostgresServer;
  private url?: Promise<string>;

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  connectionUrl(): Promise<string> {
    this.url ??= this.resolveUrl();
    return this.url;
  }

  private async resolveUrl(): Promise<string> {
    if (this.config.database.url) return this.config.database.url;
    const started = Date.now();
    this.embedded = new EmbeddedPostgresServer({
      dataDir: this.config.database.dataDir,
      database: 'wspolnie',
      persistent: true,
      shareRunning: this.config.database.shareRunningServer,
      log: (message) => this.logger.debug?.(message),
    });
    const url = await this.embedded.start();
    const whose = this.embedded.owned ? '' : ', started by another process';
    this.logger.log(`embedded PostgreSQL ready on 127.0.0.1:${new URL(url).port} in ${Date.now() - started} ms (data in ${this.embedded.clusterDir}${whose})`);
    return url;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.embedded?.owned) return;
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource?.isInitialized) await dataSource.destroy();
    await this.embedded.stop();
    this.logger.log('embedded PostgreSQL stopped');
  }
}
