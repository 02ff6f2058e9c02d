import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@wspolnie/platform-config';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import type { Options } from 'pino-http';
import { type LoggedRequest, loggedPath, requestLogOptions } from './request-logging';
import { demoteNestWiring } from './startup-logging';

export interface LoggingOptions {
  /** 1 (stdout) for the API; 2 (stderr) for commands whose stdout is their answer. */
  readonly fd: 1 | 2;
}

/** pino and pino-http settings, the same for JSON and terminal output. */
export function logSettings(level: AppConfig['logLevel']): Options<LoggedRequest> {
  return {
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    // Paths only, and no feed secret: a query string may hold something secret someone pasted into a link.
    serializers: { req: (req: { url?: string; query?: unknown }) => ({ ...req, url: loggedPath(req.url), query: undefined }) },
    autoLogging: { ignore: (req: { url?: string }) => Boolean(req.url?.startsWith('/health')) },
    // `POST /graphql UpdateTask 200 12 ms`, and `operationName` as a field.
    ...requestLogOptions,
    // Nest's line per module and route at debug level; main.ts prints a summary.
    hooks: demoteNestWiring,
  };
}

/** pino-pretty's options for a terminal: `[10:05:00] INFO: [Database] embedded PostgreSQL ready …`. */
export const PRETTY_OPTIONS = {
  singleLine: true,
  translateTime: 'SYS:HH:MM:ss',
  messageFormat: '{if context}[{context}] {end}{msg}',
  // The request line already says what req, res and these fields hold.
  ignore: 'pid,hostname,context,req,res,responseTime,operationName',
};

/**
 * Structured JSON logs (pino), written synchronously so the last lines before an exit are
 * not lost; readable single lines when a person watches a terminal. One line per request
 * (request-logging.ts); Nest's start-up wiring at debug level (startup-logging.ts).
 * Credentials never reach the log.
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
            const settings = logSettings(config.logLevel);
            return {
              pinoHttp: pretty
                ? { ...settings, transport: { target: 'pino-pretty', options: { ...PRETTY_OPTIONS, destination: options.fd } } }
                : [settings, pino.destination({ dest: options.fd, sync: true })],
            };
          },
        }),
      ],
    };
  }
}
