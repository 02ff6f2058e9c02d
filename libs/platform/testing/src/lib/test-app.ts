import { type INestApplication, Logger, type ModuleMetadata } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { AppConfig, ConfigModule, readEnvironment } from '@wspolnie/platform-config';
import { DatabaseLogger, DatabaseModule, type MigrationList } from '@wspolnie/platform-database';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiGraphqlModule, type ApiGraphqlOptions, configureHttpServer } from '@wspolnie/platform-graphql';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: GraphqlError[];
}

export interface GraphqlClient {
  /** Sends one GraphQL operation over real HTTP, as a client would (with extra headers if given). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResult<T>>;
}

export interface TestApp extends GraphqlClient {
  readonly app: INestApplication;
  readonly database: TestDatabase;
  readonly dataSource: DataSource;
  readonly url: string;
  /** A client that sends `Authorization: Bearer <token>` with every operation. */
  as(token: string): GraphqlClient;
  /** Signs in through the API and returns a client acting as that person. */
  signIn(email: string, password: string): Promise<GraphqlClient & { accessToken: string; refreshToken: string }>;
  /** How many SQL statements `work` caused. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  readonly imports: ModuleMetadata['imports'];
  readonly migrations: MigrationList;
  readonly env?: Record<string, string>;
  readonly graphql?: ApiGraphqlOptions;
  /** Serve an existing test database (a second "process" on the same data) instead of a new one. */
  readonly database?: TestDatabase;
}

/**
 * The product's real modules on a fresh, migrated database, served over HTTP on a free port.
 * Nothing is mocked: what a test sees is what a client of the API sees.
 */
export async function createTestApp(options: TestAppOptions): Promise<TestApp> {
  Logger.overrideLogger(['error', 'warn']);
  const database = options.database ?? (await createTestDatabase(options.migrations));
  const ownsDatabase = !options.database;
  // Its own data folder (uploaded files), never the developer's: removed when the app closes.
  const dataDir = options.env?.['DATA_DIR'] ? null : await mkdtemp(join(tmpdir(), 'wspolnie-test-data-'));
  const config = new AppConfig(
    readEnvironment({ DATABASE_URL: database.url, SEED_DEMO: 'false', JWT_SECRET: randomBytes(32).toString('hex'), ...(dataDir ? { DATA_DIR: dataDir } : {}), ...options.env }),
  );
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot({ migrations: options.migrations }),
      ApiGraphqlModule.forRoot(options.graphql),
      ...(options.imports ?? []),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error', 'warn'] });
  configureHttpServer(app, config);
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  const dataSource = app.get(DataSource);
  const logger = dataSource.logger as DatabaseLogger;

  const send = async (query: string, variables?: Record<string, unknown>, token?: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      // English unless a test asks for Polish: assertions read as the code's own English.
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResult<any>;
  };
  const as = (token: string): GraphqlClient => ({ gql: (query, variables, headers) => send(query, variables, token, headers) });

  return {
    app,
    database,
    dataSource,
    url,
    gql: (query, variables, headers) => send(query, variables, undefined, headers),
    as,
    async signIn(email, password) {
      const result = await send(
        `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }`,
        { input: { email, password } },
      );
      if (!result.data) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
      const { accessToken, refreshToken } = result.data['signIn'];
      return { ...as(accessToken), accessToken, refreshToken };
    },
    async countStatements(work) {
      const before = logger.statementCount;
      await work();
      return logger.statementCount - before;
    },
    async close() {
      await app.close();
      if (ownsDatabase) await database.drop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The single error of a result, failing the test with the whole result when there is not one. */
export function onlyError(result: GraphqlResult): GraphqlError {
  if (result.errors?.length !== 1) throw new Error(`expected exactly one error, got ${JSON.stringify(result)}`);
  return result.errors[0];
}

/**
 * The token of the newest e-mailed link to `recipient` (`…#token=<token>`), read from the outbox
 * as the person would read it from their mailbox. Tests only: the API never answers it.
 */
export async function tokenFromMail(api: Pick<TestApp, 'dataSource'>, recipient: string): Promise<string> {
  const [mail] = await api.dataSource.query(`SELECT body FROM mail_message WHERE recipient = $1 ORDER BY created_at DESC, id LIMIT 1`, [recipient.toLowerCase()]);
  const token = /#token=([\w-]+)/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`no e-mailed link to ${recipient}`);
  return token;
}
