import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DemoSeedRunner } from '@wspolnie/platform-database';
import { configureHttpServer } from '@wspolnie/platform-graphql';
import { MailDelivery } from '@wspolnie/platform-mail';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app/app.module';
import { DEMO_SEEDERS } from './app/composition';
import { configOrExit, exitWith } from './app/config';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = configOrExit();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, abortOnError: false, logger: false });
  const logger = app.get(Logger);
  app.useLogger(logger);
  configureHttpServer(app, config);
  // SIGTERM/SIGINT: stop accepting, finish in-flight requests, close the pool, stop the embedded server.
  app.enableShutdownHooks();

  // Modules register their access rules and open the LISTEN connection here, before any seeding.
  await app.init();
  if (config.seedDemo) {
    await app.get(DemoSeedRunner).run(DEMO_SEEDERS.map((seeder) => app.get(seeder)));
  }
  await (config.host ? app.listen(config.port, config.host) : app.listen(config.port));
  const mail = app.get(MailDelivery);
  mail.start();
  if (!mail.configured) logger.log('SMTP_URL is not set: e-mails wait in the outbox (node dist/apps/api/cli.js outbox shows them)', 'Mail');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.log(`Wspólnie is ready at http://localhost:${port}/graphql (started in ${Date.now() - started} ms)`, 'Bootstrap');
}

bootstrap().catch((error) => exitWith('Wspólnie could not start', error));
