import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@wspolnie/platform-config';

/**
 * Settings of the HTTP server every way the API is started shares (main.ts, the test app):
 * which proxies may tell the client's address (sign-in limits count per address), no
 * framework banner, and a body limit.
 */
export function configureHttpServer(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '1mb' });
}
