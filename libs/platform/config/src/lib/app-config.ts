import { isAbsolute, join, resolve } from 'node:path';
import type { Environment } from './environment';

/** Typed configuration the modules receive; derived once from the validated environment. */
export class AppConfig {
  readonly production: boolean;
  readonly port: number;
  readonly host?: string;
  readonly logLevel: Environment['LOG_LEVEL'];
  readonly database: {
    /** Unset: the API starts its own embedded PostgreSQL under `dataDir`. */
    readonly url?: string;
    readonly poolSize: number;
    readonly statementTimeoutMs: number;
    readonly dataDir: string;
    /**
     * Use the embedded PostgreSQL another process already runs on `dataDir` (a command run
     * beside the API); the API itself refuses to share it and says so.
     */
    readonly shareRunningServer: boolean;
  };
  readonly seedDemo: boolean;
  /** Where the built web app is; undefined: beside the API's build (dist/apps/web). */
  readonly webDir?: string;
  readonly graphql: { readonly introspection: boolean };
  /** Server-Timing header with the SQL statement count of each HTTP request. */
  readonly serverTiming: boolean;
  /** The job that reminds assignees of tasks due tomorrow and overdue: whether it runs here, and when (Warsaw time). */
  readonly dueReminders: { readonly enabled: boolean; readonly cron: string };
  readonly http: {
    /** Express's "trust proxy": which proxies may tell the client's address. */
    readonly trustProxy: boolean | number | string[];
    /** Origins allowed to call the API from a browser (CORS); empty: none. */
    readonly corsOrigins: readonly string[];
  };
  readonly mail: {
    /** Unset: mail waits in the outbox (read it with `cli outbox`). */
    readonly smtpUrl?: string;
    readonly from: string;
  };
  /** Uploaded files: where they are kept and how large one may be. */
  readonly storage: {
    readonly driver: Environment['STORAGE_DRIVER'];
    /** The disk driver's folder: `files` under the data folder. */
    readonly dir: string;
    readonly attachmentMaxBytes: number;
  };
  readonly auth: {
    /** Unset outside production: identity keeps a generated one under the data folder. */
    readonly jwtSecret?: string;
    readonly publicUrl: string;
  };
  /**
   * Who runs this instance, for its accessibility statement. Outside production every unset
   * value is an example (and `example` says so); in production an unset value stays unset.
   */
  readonly site: SiteOperator;

  constructor(env: Environment, cwd = process.cwd(), options: { shareRunningServer?: boolean } = {}) {
    this.production = env.NODE_ENV === 'production';
    this.port = env.PORT;
    this.host = env.HOST;
    this.logLevel = env.LOG_LEVEL;
    this.database = {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      dataDir: isAbsolute(env.DATA_DIR) ? env.DATA_DIR : resolve(cwd, env.DATA_DIR),
      shareRunningServer: options.shareRunningServer ?? false,
    };
    this.seedDemo = env.SEED_DEMO ?? !this.production;
    this.webDir = env.WEB_DIR === undefined ? undefined : isAbsolute(env.WEB_DIR) ? env.WEB_DIR : resolve(cwd, env.WEB_DIR);
    this.graphql = { introspection: env.GRAPHQL_INTROSPECTION ?? !this.production };
    this.serverTiming = env.SERVER_TIMING ?? !this.production;
    this.dueReminders = { enabled: env.DUE_REMINDERS ?? true, cron: env.DUE_REMINDERS_CRON };
    const proxy = env.TRUST_PROXY;
    this.http = {
      trustProxy: proxy === undefined ? false : /^\d+$/.test(proxy) ? Number(proxy) : proxy.split(',').map((part) => part.trim()),
      corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((origin) => origin.trim().replace(/\/$/, '')) : [],
    };
    this.mail = { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM ?? 'Wspólnie <noreply@wspolnie.localhost>' };
    this.storage = { driver: env.STORAGE_DRIVER, dir: join(this.database.dataDir, 'files'), attachmentMaxBytes: env.ATTACHMENT_MAX_BYTES };
    this.auth = { jwtSecret: env.JWT_SECRET, publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT || 3000}`).replace(/\/$/, '') };
    this.site = siteOperator(env, this.production, this.auth.publicUrl);
  }
}

export interface SiteOperator {
  /** Some values are the built-in examples (never in production). */
  readonly example: boolean;
  readonly operatorName?: string;
  readonly operatorUrl?: string;
  readonly operatorAddress?: string;
  readonly accessibility: {
    readonly contactName?: string;
    readonly contactEmail?: string;
    readonly contactPhone?: string;
    readonly publishedOn?: string;
    readonly updatedOn?: string;
    readonly preparedOn?: string;
    readonly reviewedOn?: string;
    readonly architecture?: string;
    readonly communication?: string;
  };
}

/** Marked as examples where they are read (the statement says so), so nobody mistakes them for a real body's. */
const EXAMPLE_DAY = '2026-12-01';
function siteOperator(env: Environment, production: boolean, publicUrl: string): SiteOperator {
  let example = false;
  const value = (given: string | undefined, fallback: string): string | undefined => {
    if (given !== undefined || production) return given;
    example = true;
    return fallback;
  };
  const site: SiteOperator = {
    operatorName: value(env.OPERATOR_NAME, 'Operator przykładowy instancji demonstracyjnej Wspólnie'),
    operatorUrl: value(env.OPERATOR_URL, publicUrl),
    operatorAddress: value(env.OPERATOR_ADDRESS, 'ul. Przykładowa 1, 00-001 Warszawa'),
    example: false,
    accessibility: {
      contactName: value(env.ACCESSIBILITY_CONTACT_NAME, 'Zespół ds. dostępności (przykład)'),
      contactEmail: value(env.ACCESSIBILITY_CONTACT_EMAIL, 'dostepnosc@wspolnie.example'),
      contactPhone: value(env.ACCESSIBILITY_CONTACT_PHONE, '+48 22 000 00 00'),
      publishedOn: value(env.ACCESSIBILITY_PUBLISHED_ON, EXAMPLE_DAY),
      updatedOn: value(env.ACCESSIBILITY_UPDATED_ON, EXAMPLE_DAY),
      preparedOn: value(env.ACCESSIBILITY_PREPARED_ON, EXAMPLE_DAY),
      reviewedOn: value(env.ACCESSIBILITY_REVIEWED_ON, EXAMPLE_DAY),
      architecture: value(
        env.ACCESSIBILITY_ARCHITECTURE,
        'Siedziba operatora (przykład): wejście z poziomu chodnika, winda do wszystkich pięter, toaleta dostosowana do potrzeb osób z niepełnosprawnościami na parterze, miejsce parkingowe dla osób z niepełnosprawnościami przed budynkiem. Do budynku można wejść z psem asystującym.',
      ),
      communication: value(
        env.ACCESSIBILITY_COMMUNICATION,
        'Kontakt z operatorem (przykład): e-mail i telefon podane wyżej. Tłumacz polskiego języka migowego (PJM) online nie jest dostępny; na wizytę z tłumaczem PJM należy umówić się co najmniej 3 dni robocze wcześniej.',
      ),
    },
  };
  return { ...site, example };
}
