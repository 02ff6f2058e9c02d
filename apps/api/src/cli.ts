import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsService } from '@wspolnie/identity';
import { formatWarsawTime } from '@wspolnie/kernel';
import { type MailMessage, MailOutbox } from '@wspolnie/platform-mail';
import { DemoSeedRunner, EmbeddedPostgresServer } from '@wspolnie/platform-database';
import { Logger } from 'nestjs-pino';
import { CoreModule } from './app/app.module';
import { DEMO_SEEDERS } from './app/composition';
import { configOrExit, exitWith } from './app/config';

type Command = (app: INestApplicationContext, args: string[]) => Promise<string>;

/** Commands that need no application: they run before (or instead of) one. */
const STANDALONE: Record<string, { usage: string; what: string; run: () => Promise<void> }> = {
  database: {
    usage: 'database',
    what: 'run the embedded PostgreSQL under DATA_DIR, print its URL (for psql, or DATABASE_URL of other processes) and keep it running until stopped',
    run: serveEmbeddedDatabase,
  },
};

const COMMANDS: Record<string, { usage: string; what: string; run: Command }> = {
  seed: {
    usage: 'seed',
    what: 'migrate the database and seed the demo partnership if it is empty',
    run: async (app) => `demo seed: ${await app.get(DemoSeedRunner).run(DEMO_SEEDERS.map((seeder) => app.get(seeder)))}`,
  },
  outbox: {
    usage: 'outbox [e-mail]   (OUTBOX_LIMIT, default 10)',
    what: 'show the newest e-mails of the outbox (to one address), with their links: how to read invitations and password resets without a mail server',
    run: async (app, [recipient]) => formatOutbox(await app.get(MailOutbox).recent(Number(process.env['OUTBOX_LIMIT'] ?? 10) || 10, recipient)),
  },
  'revoke-admin': {
    usage: 'revoke-admin <e-mail>',
    what: 'take the platform administrator\'s title away; every session of the account ends at once',
    run: async (app, [email]) => {
      if (!email) throw new Error('give the e-mail of the administrator');
      const account = await app.get(AccountsService).setPlatformAdmin(email, false);
      return `no longer a platform administrator, signed out everywhere: ${account.email}`;
    },
  },
  'create-admin': {
    usage: 'create-admin <e-mail> <display name>   (password from ADMIN_PASSWORD)',
    what: 'create a platform administrator, who can then create partnerships',
    run: async (app, [email, ...name]) => {
      const password = process.env['ADMIN_PASSWORD'];
      if (!email || name.length === 0 || !password) throw new Error('give an e-mail and a display name, and the password in ADMIN_PASSWORD');
      const account = await app.get(AccountsService).create({ email, displayName: name.join(' '), password, isPlatformAdmin: true });
      return `platform administrator created: ${account.email}`;
    },
  },
};

const STATUS = (message: MailMessage) => (message.sentAt ? 'wysłana' : message.failedAt ? `nie wysłana (${message.lastError ?? ''})` : 'czeka na wysłanie');

function formatOutbox(messages: MailMessage[]): string {
  if (!messages.length) return 'The outbox is empty.';
  return messages
    .map((message) => [`── ${formatWarsawTime(message.createdAt, 'compact')} · ${STATUS(message)} · do: ${message.recipient}`, `Temat: ${message.subject}`, '', message.body, ''].join('\n'))
    .join('\n');
}

async function main([name, ...args]: string[]): Promise<void> {
  const standalone = name ? STANDALONE[name] : undefined;
  if (standalone) return standalone.run();
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const all = [...Object.values(COMMANDS), ...Object.values(STANDALONE)];
    process.stderr.write(`usage: cli <command>\n${all.map((c) => `  ${c.usage}\n      ${c.what}`).join('\n')}\n`);
    process.exit(2);
  }
  // A command may run beside the API: it then uses the embedded PostgreSQL the API started.
  const config = configOrExit({ shareRunningServer: true });
  const app = await NestFactory.createApplicationContext(CoreModule.forRoot(config, { fd: 2 }), { bufferLogs: true, abortOnError: false, logger: false });
  app.useLogger(app.get(Logger));
  try {
    process.stdout.write(`${await command.run(app, args)}\n`);
  } finally {
    await app.close();
  }
}

/**
 * The same embedded server the API would start (same data folder, same root handling), for
 * tools that need the database without the API: the benchmark's data generator, psql.
 */
async function serveEmbeddedDatabase(): Promise<void> {
  const config = configOrExit();
  if (config.database.url) throw new Error('DATABASE_URL is set: there is no embedded database to run');
  const server = new EmbeddedPostgresServer({ dataDir: config.database.dataDir, database: 'wspolnie', persistent: true });
  const url = await server.start();
  process.stdout.write(`embedded PostgreSQL running: ${url}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await server.stop();
}

main(process.argv.slice(2)).catch((error) => exitWith('The command failed', error));
