import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsService } from '@wspolnie/identity';
import { DemoSeedRunner } from '@wspolnie/platform-database';
import { Logger } from 'nestjs-pino';
import { CoreModule } from './app/app.module';
import { DEMO_SEEDERS } from './app/composition';
import { configOrExit, exitWith } from './app/config';

type Command = (app: INestApplicationContext, args: string[]) => Promise<string>;

const COMMANDS: Record<string, { usage: string; what: string; run: Command }> = {
  seed: {
    usage: 'seed',
    what: 'migrate the database and seed the demo partnership if it is empty',
    run: async (app) => `demo seed: ${await app.get(DemoSeedRunner).run(DEMO_SEEDERS.map((seeder) => app.get(seeder)))}`,
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

async function main([name, ...args]: string[]): Promise<void> {
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`usage: cli <command>\n${Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.what}`).join('\n')}\n`);
    process.exit(2);
  }
  const config = configOrExit();
  const app = await NestFactory.createApplicationContext(CoreModule.forRoot(config, { fd: 2 }), { bufferLogs: true, abortOnError: false, logger: false });
  app.useLogger(app.get(Logger));
  try {
    process.stdout.write(`${await command.run(app, args)}\n`);
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).catch((error) => exitWith('The command failed', error));
