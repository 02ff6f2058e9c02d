import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { AppConfig } from '@wspolnie/platform-config';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type MigrationList } from './data-source-options';
import { DatabaseServer } from './database-server';
import { DemoSeedRunner } from './demo-seed';
import { migrate } from './migrations';
import { ServerTimingMiddleware } from './server-timing.middleware';

@Module({ providers: [DatabaseServer], exports: [DatabaseServer] })
class DatabaseServerModule {}

export interface DatabaseModuleOptions {
  /** Every context's migrations, in order; the composition root assembles the list. */
  readonly migrations: MigrationList;
}

/**
 * TypeORM on PostgreSQL, migrated before the first request is served, with `@Transactional()`
 * (nestjs-cls): a service method so marked runs in one transaction, and the services it calls
 * join it through `TransactionHost.tx`, so a mutation commits whole or not at all.
 */
@Global()
@Module({})
export class DatabaseModule implements NestModule {
  constructor(private readonly config: AppConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    if (this.config.serverTiming) consumer.apply(ServerTimingMiddleware).forRoutes('*path');
  }

  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DatabaseServerModule,
        TypeOrmModule.forRootAsync({
          imports: [DatabaseServerModule],
          inject: [AppConfig, DatabaseServer],
          useFactory: async (config: AppConfig, server: DatabaseServer) => ({
            ...dataSourceOptions({
              url: await server.connectionUrl(),
              poolSize: config.database.poolSize,
              statementTimeoutMs: config.database.statementTimeoutMs,
              entities: [],
              migrations: options.migrations,
            }),
            autoLoadEntities: true,
            retryAttempts: 3,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (dataSourceOptions) => {
            if (!dataSourceOptions) throw new Error('the database options were not built');
            const dataSource = await new DataSource(dataSourceOptions).initialize();
            await migrate(dataSource);
            return dataSource;
          },
        }),
        ClsModule.forRoot({
          global: true,
          plugins: [new ClsPluginTransactional({ adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: DataSource }) })],
        }),
      ],
      providers: [DemoSeedRunner],
      exports: [DatabaseServerModule, DemoSeedRunner],
    };
  }
}
