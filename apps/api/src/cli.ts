import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DemoSeedRunner } from '@wspolnie/platform-database';
import { Logger } from 'nestjs-pino';
import { CoreModule } from './app/app.module';
import { DEMO_SEEDERS } from './app/composition';
import { configOrExit, exitWith } from './app/config';

const COMMANDS: Record<string, string> = {
  seed: 'migrate the database and seed the demo partnership if it is empty',
};

async function main(command: string | undefined): Promise<void> {
  if (!command || !COMMANDS[command]) {
    process.stderr.write(`usage: cli <command>\n${Object.entries(COMMANDS).map(([name, what]) => `  ${name}  ${what}`).join('\n')}\n`);
    process.exit(2);
  }
  const config = configOrExit();
  const app = await NestFactory.createApplicationContext(CoreModule.forRoot(config, { fd: 2 }), { bufferLogs: true, abortOnError: false, logger: false });
  app.useLogger(app.get(Logger));
  try {
    const outcome = await app.get(DemoSeedRunner).run(DEMO_SEEDERS.map((seeder) => app.get(seeder)));
    process.stdout.write(`demo seed: ${outcome}\n`);
  } finally {
    await app.close();
  }
}

main(process.argv[2]).catch((error) => exitWith('The command failed', error));
