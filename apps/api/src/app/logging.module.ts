import { Module } from '@nestjs/common';
import { AppConfig } from '@wspolnie/platform-config';
import { LoggerModule } from 'nestjs-pino';

/**
 * Structured JSON logs (pino); readable single lines when a person watches a terminal.
 * Credentials never reach the log.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
          autoLogging: { ignore: (req: { url?: string }) => Boolean(req.url?.startsWith('/health')) },
          transport:
            process.stdout.isTTY && !config.production
              ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req,res' } }
              : undefined,
        },
      }),
    }),
  ],
})
export class LoggingModule {}
