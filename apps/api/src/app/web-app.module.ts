import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { APP_CONTENT_POLICY } from '@wspolnie/platform-graphql';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** dist/apps/web, beside this bundle's own folder (dist/apps/api). */
export const BUILT_WEB_APP = join(__dirname, '..', 'web');

/**
 * Paths that are never the app's page: the API's (they answer as the API does, 404 included),
 * and the build's assets (a file missing after a new build is a 404, not the page as a script).
 */
const API_PATHS = ['/graphql', '/health{/*path}', '/calendar/{*path}', '/plans/:planId/comments.csv', '/programmes/:programmeId/report.csv', '/council/:partnershipId/resolutions.csv', '/attachments/{*path}', '/projects/:projectId/attachments', '/tasks/:taskId/attachments', '/assets/{*path}'];

/**
 * The browser app, served by the API process so one `npm start` runs everything: its files,
 * and its index.html for every other GET (the app's own router reads the path). Hashed assets
 * are cached for a year; index.html never, so a new build is picked up at the next load.
 * Absent when the app is not built (the API's own tests): the API works without it.
 */
export function webAppServed(dir = BUILT_WEB_APP): boolean {
  return existsSync(join(dir, 'index.html'));
}

@Module({})
export class WebAppModule {
  static forRoot(dir = BUILT_WEB_APP): DynamicModule {
    if (!webAppServed(dir)) return { module: WebAppModule };
    return {
      module: WebAppModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: dir,
          exclude: API_PATHS,
          serveStaticOptions: {
            index: false,
            setHeaders: (response: { setHeader(name: string, value: string): void }, path: string) => {
              response.setHeader('Content-Security-Policy', APP_CONTENT_POLICY);
              response.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
            },
          },
        }),
      ],
    };
  }
}
