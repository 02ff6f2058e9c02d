import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@wspolnie/platform-config';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';

export interface LoggingOptions {
  /** 1 (stdout) for the API; 2 (stderr) for commands whose stdout is their answer. */
  readonly fd: 1 | 2;
}

/**
 * Structured JSON logs (pino), written synchronously so the last lines before an exit are
 * not lost; readable single lines when a person watches a terminal. Credentials never reach
 * the log.
 */
@Module({})
export class LoggingModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            const pretty = Boolean(options.fd === 1 ? process.stdout.isTTY : process.stderr.isTTY) && !config.production;
            const settings = {
              level: config.logLevel,
              redact: ['req.headers.authorization', 'req.headers.cookie'],
              // Paths only: a query string may hold something secret someone pasted into a link.
              serializers: { req: (req: { url?: string; query?: unknown }) => ({ ...req, url: req.url?.split('?')[0], query: undefined }) },
              autoLogging: { ignore: (req: { url?: string }) => Boolean(req.url?.startsWith('/health')) },
            };
            return {
              pinoHttp: pretty
                ? {
                    ...settings,
                    transport: {
                      target: 'pino-pretty',
                      options: { destination: options.fd, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req,res' },
                    },
                  }
                : [settings, pino.destination({ dest: options.fd, sync: true })],
            };
          },
        }),
      ],
    };
  }
}
