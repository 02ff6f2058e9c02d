import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { type AppConfig, ConfigModule } from '@wspolnie/platform-config';
import { DatabaseModule } from '@wspolnie/platform-database';
import { ApiGraphqlModule } from '@wspolnie/platform-graphql';
import { CONTEXT_MODULES, MIGRATIONS } from './composition';
import { HealthController } from './health/health.controller';
import { LoggingModule, type LoggingOptions } from './logging.module';
import { WebAppModule } from './web-app.module';

/** The product without its HTTP face: configuration, database and the bounded contexts. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logging: LoggingOptions = { fd: 1 }): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(logging), DatabaseModule.forRoot({ migrations: MIGRATIONS }), ...CONTEXT_MODULES],
    };
  }
}

/** The API: the core behind GraphQL, plus health endpoints and the web app. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config), ApiGraphqlModule.forRoot(), TerminusModule, WebAppModule.forRoot(config.webDir)],
      controllers: [HealthController],
    };
  }
}
