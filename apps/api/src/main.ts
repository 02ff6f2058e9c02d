import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DatabaseServer, DemoSeedRunner } from '@wspolnie/platform-database';
import { configureHttpServer } from '@wspolnie/platform-graphql';
import { MailDelivery } from '@wspolnie/platform-mail';
import { DueRemindersSchedule } from '@wspolnie/projects';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app/app.module';
import { DEMO_SEEDERS } from './app/composition';
import { configOrExit, exitWith, portFreeOrExit } from './app/config';
import { webAppServed } from './app/web-app.module';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = configOrExit();
  // A second start in the same checkout says so at once, before it starts a database.
  await portFreeOrExit(config.port, config.host);
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
  // Like mail, only a serving API sends reminders: commands and tests never start the schedule.
  app.get(DueRemindersSchedule).start();
  if (!mail.configured) logger.log('SMTP_URL is not set: e-mails wait in the outbox (node dist/apps/api/cli.js outbox shows them)', 'Mail');
  const address = app.getHttpServer().address() as AddressInfo | string | null;
  const port = typeof address === 'object' && address ? address.port : config.port;
  // One line instead of Nest's line per module and route (those are at debug level, startup-logging.ts).
  const database = await describeDatabase(app.get(DatabaseServer), config.database.url ? 'PostgreSQL' : 'embedded PostgreSQL');
  const listening = typeof address === 'object' && address ? (config.host ? `${address.address}:${port}` : `port ${port} on all interfaces`) : String(address);
  logger.log(`${app.get(ModulesContainer).size} modules loaded; database: ${database}; listening on ${listening}`, 'Bootstrap');
  // The web app when it is built (npm start builds it), else the API alone.
  const where = webAppServed(config.webDir) ? `http://localhost:${port}/ (the API at /graphql)` : `http://localhost:${port}/graphql`;
  logger.log(`Wspólnie is ready at ${where} (started in ${Date.now() - started} ms)`, 'Bootstrap');
}

/** Where the database is, without the user name or password. */
async function describeDatabase(server: DatabaseServer, what: string): Promise<string> {
  const url = new URL(await server.connectionUrl());
  return `${what} at ${url.host}${url.pathname}`;
}

bootstrap().catch((error) => exitWith('Wspólnie could not start', error));
