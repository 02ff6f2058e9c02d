import type { LoggerOptions } from 'pino';

const INFO = 30;

/**
 * Nest's own start-up chatter: one line per module ("… dependencies initialized"), per
 * controller and route, and "Starting Nest application…". It is logged at debug level
 * (`LOG_LEVEL=debug` shows it); start-up then prints a summary instead (main.ts).
 */
const NEST_WIRING_CONTEXTS = new Set(['NestFactory', 'NestApplication', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

export function isNestWiring(context: unknown, message: unknown): boolean {
  if (typeof context !== 'string') return false;
  if (NEST_WIRING_CONTEXTS.has(context)) return true;
  // "Mapped {/graphql, POST} route"
  return context === 'GraphQLModule' && typeof message === 'string' && message.startsWith('Mapped {');
}

/** A pino hook that moves Nest's start-up lines from info to debug; warnings and errors are untouched. */
export const demoteNestWiring: NonNullable<LoggerOptions['hooks']> = {
  logMethod(args, method, level) {
    const [fields, message] = args as unknown[];
    if (level === INFO && fields && typeof fields === 'object' && isNestWiring((fields as { context?: unknown }).context, message)) {
      (this.debug as (...values: unknown[]) => void)(...args);
      return;
    }
    method.apply(this, args);
  },
};
