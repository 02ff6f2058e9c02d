import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  ValidateBy,
  validateSync,
} from 'class-validator';
import { validateCronExpression } from 'cron';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;
const STORAGE_DRIVERS = ['disk'] as const;

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (/^(1|true|yes|on)$/i.test(value) ? true : /^(0|false|no|off)$/i.test(value) ? false : value) : value;
const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
/** A calendar day as YYYY-MM-DD (IsISO8601 strict refuses 2026-02-30). */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** Every environment variable the product reads, validated once at start. */
export class Environment {
  @IsIn(NODE_ENVS, { message: `NODE_ENV must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @Transform(toInteger)
  @IsInt({ message: 'PORT must be a whole number from 0 to 65535' })
  @Min(0, { message: 'PORT must be a whole number from 0 to 65535' })
  @Max(65535, { message: 'PORT must be a whole number from 0 to 65535' })
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  HOST?: string;

  /** The built web app the API serves at `/`; unset: dist/apps/web beside the API's own build. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WEB_DIR?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { protocols: ['postgres', 'postgresql'], require_protocol: true, require_tld: false, require_host: true },
    { message: 'DATABASE_URL must look like postgres://user:password@host:5432/database' },
  )
  DATABASE_URL?: string;

  @IsString()
  @MinLength(1, { message: 'DATA_DIR must not be empty' })
  DATA_DIR = '.data';

  @Transform(toInteger)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be a whole number from 1 to 100' })
  @Min(1, { message: 'DATABASE_POOL_SIZE must be a whole number from 1 to 100' })
  @Max(100, { message: 'DATABASE_POOL_SIZE must be a whole number from 1 to 100' })
  DATABASE_POOL_SIZE = 10;

  /**
   * How long one SQL statement may run (a lock wait included) before PostgreSQL stops it and
   * the operation is answered TIMEOUT, nothing changed.
   */
  @Transform(toInteger)
  @IsInt({ message: 'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000' })
  @Min(100, { message: 'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000' })
  @Max(600_000, { message: 'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000' })
  DATABASE_STATEMENT_TIMEOUT_MS = 30_000;

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO?: boolean;

  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'GRAPHQL_INTROSPECTION must be true or false' })
  GRAPHQL_INTROSPECTION?: boolean;

  /** Adds a Server-Timing header with the SQL statements each request ran (benchmarks, devtools). */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'SERVER_TIMING must be true or false' })
  SERVER_TIMING?: boolean;

  /** Reminders of tasks due tomorrow and overdue, sent by every API process (the database sends each once); `off` stops them. */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'DUE_REMINDERS must be on or off' })
  DUE_REMINDERS?: boolean;

  /** When the reminders are looked for, as a cron expression in Warsaw time (five fields, or six with seconds first). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @ValidateBy({ name: 'cronExpression', validator: { validate: (value: unknown) => typeof value === 'string' && validateCronExpression(value).valid } }, {
    message: 'DUE_REMINDERS_CRON must be a cron expression such as */15 * * * * (every 15 minutes)',
  })
  DUE_REMINDERS_CRON = '*/15 * * * *';

  /** Signs access tokens. Required in production; in development one is kept under DATA_DIR. */
  @Transform(emptyToUndefined)
  @ValidateIf((env: Environment) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  @IsString({ message: 'JWT_SECRET must be set in production (at least 32 random characters)' })
  JWT_SECRET?: string;

  /**
   * Which reverse proxies to believe about the client's address (X-Forwarded-For), as Express
   * reads "trust proxy": `loopback`, addresses or subnets separated by commas, or a number of
   * hops. Unset: none, and the address is the TCP peer's. Sign-in limits count per address.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?))*)$/, {
    message: 'TRUST_PROXY must be loopback, a comma-separated list of proxy addresses or subnets, or a number of hops',
  })
  TRUST_PROXY?: string;

  /**
   * Web origins whose browser apps may call the API (CORS), separated by commas:
   * `https://rada.example.org, https://app.example.org`. Unset: none; the web app the API
   * serves itself is on the same origin and needs no entry.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,/]+\/?(\s*,\s*https?:\/\/[^\s,/]+\/?)*$/, { message: 'CORS_ORIGINS must be origins such as https://app.example.org, separated by commas (no paths)' })
  CORS_ORIGINS?: string;

  /** Where mail is sent: smtp://user:password@host:587 (smtps:// for TLS from the start). Unset: mail waits in the outbox. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_protocol: true, require_tld: false }, { message: 'SMTP_URL must look like smtp://user:password@host:587 or smtps://…' })
  SMTP_URL?: string;

  /** The sender of the product's mail. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Matches(/^(.+<)?[^@\s<>]+@[^@\s<>]+>?$/, { message: 'MAIL_FROM must be an address, optionally with a name: Wspólnie <noreply@example.org>' })
  MAIL_FROM?: string;

  /** Where uploaded files are kept: `disk`, under DATA_DIR/files (the only driver so far; an S3-compatible one can follow). */
  @IsIn(STORAGE_DRIVERS, { message: `STORAGE_DRIVER must be one of ${STORAGE_DRIVERS.join(', ')}` })
  STORAGE_DRIVER: (typeof STORAGE_DRIVERS)[number] = 'disk';

  /** The largest attachment taken, in bytes: 25 MiB by default, 1 GiB at most. */
  @Transform(toInteger)
  @IsInt({ message: 'ATTACHMENT_MAX_BYTES must be a whole number of bytes from 1 to 1073741824' })
  @Min(1, { message: 'ATTACHMENT_MAX_BYTES must be a whole number of bytes from 1 to 1073741824' })
  @Max(1_073_741_824, { message: 'ATTACHMENT_MAX_BYTES must be a whole number of bytes from 1 to 1073741824' })
  ATTACHMENT_MAX_BYTES = 26_214_400;

  /** Where people open the product; invitation links point here. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL?: string;

  /**
   * The public body running this instance and its accessibility statement (deklaracja
   * dostępności, /deklaracja-dostepnosci). Unset outside production: clearly marked examples.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Length(1, 300, { message: 'OPERATOR_NAME must be 1 to 300 characters long' })
  OPERATOR_NAME?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'OPERATOR_URL must be an http(s) URL' })
  OPERATOR_URL?: string;

  /** Where complaints go by post. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Length(1, 500, { message: 'OPERATOR_ADDRESS must be 1 to 500 characters long' })
  OPERATOR_ADDRESS?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Length(1, 300, { message: 'ACCESSIBILITY_CONTACT_NAME must be 1 to 300 characters long' })
  ACCESSIBILITY_CONTACT_NAME?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({ allow_display_name: false, require_tld: false }, { message: 'ACCESSIBILITY_CONTACT_EMAIL must be an e-mail address' })
  ACCESSIBILITY_CONTACT_EMAIL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 ()-]{3,30}$/, { message: 'ACCESSIBILITY_CONTACT_PHONE must be a phone number such as +48 22 123 45 67' })
  ACCESSIBILITY_CONTACT_PHONE?: string;

  /** The day the site was first published. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(DAY, { message: 'ACCESSIBILITY_PUBLISHED_ON must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'ACCESSIBILITY_PUBLISHED_ON must be a day as YYYY-MM-DD' })
  ACCESSIBILITY_PUBLISHED_ON?: string;

  /** The day of the site's last significant update. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(DAY, { message: 'ACCESSIBILITY_UPDATED_ON must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'ACCESSIBILITY_UPDATED_ON must be a day as YYYY-MM-DD' })
  ACCESSIBILITY_UPDATED_ON?: string;

  /** The day the statement was first prepared. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(DAY, { message: 'ACCESSIBILITY_PREPARED_ON must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'ACCESSIBILITY_PREPARED_ON must be a day as YYYY-MM-DD' })
  ACCESSIBILITY_PREPARED_ON?: string;

  /** The day of the statement's last review (yearly, by the end of March). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(DAY, { message: 'ACCESSIBILITY_REVIEWED_ON must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'ACCESSIBILITY_REVIEWED_ON must be a day as YYYY-MM-DD' })
  ACCESSIBILITY_REVIEWED_ON?: string;

  /** The operator's own words on its buildings' accessibility (the statement's "Dostępność architektoniczna"). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Length(1, 4000, { message: 'ACCESSIBILITY_ARCHITECTURE must be 1 to 4000 characters long' })
  ACCESSIBILITY_ARCHITECTURE?: string;

  /** The operator's own words on contact for Deaf people, sign-language interpreting and the like ("Dostępność komunikacyjno-informacyjna"). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Length(1, 4000, { message: 'ACCESSIBILITY_COMMUNICATION must be 1 to 4000 characters long' })
  ACCESSIBILITY_COMMUNICATION?: string;
}

const VARIABLES: readonly (keyof Environment)[] = [
  'NODE_ENV', 'PORT', 'HOST', 'DATABASE_URL', 'DATA_DIR', 'DATABASE_POOL_SIZE', 'DATABASE_STATEMENT_TIMEOUT_MS', 'LOG_LEVEL', 'SEED_DEMO', 'GRAPHQL_INTROSPECTION', 'SERVER_TIMING', 'DUE_REMINDERS', 'DUE_REMINDERS_CRON',
  'JWT_SECRET', 'PUBLIC_URL', 'TRUST_PROXY', 'CORS_ORIGINS', 'SMTP_URL', 'MAIL_FROM', 'STORAGE_DRIVER', 'ATTACHMENT_MAX_BYTES',
  'OPERATOR_NAME', 'OPERATOR_URL', 'OPERATOR_ADDRESS', 'ACCESSIBILITY_CONTACT_NAME', 'ACCESSIBILITY_CONTACT_EMAIL', 'ACCESSIBILITY_CONTACT_PHONE',
  'ACCESSIBILITY_PUBLISHED_ON', 'ACCESSIBILITY_UPDATED_ON', 'ACCESSIBILITY_PREPARED_ON', 'ACCESSIBILITY_REVIEWED_ON', 'ACCESSIBILITY_ARCHITECTURE', 'ACCESSIBILITY_COMMUNICATION',
];

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error: ${problems.join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

/** Reads and checks the environment; throws one ConfigurationError naming every bad variable. */
export function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const given = Object.fromEntries(VARIABLES.filter((key) => env[key] !== undefined).map((key) => [key, env[key]]));
  const environment = plainToInstance(Environment, given);
  const errors = validateSync(environment, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigurationError(errors.flatMap((error) => Object.values(error.constraints ?? {}).slice(0, 1)));
  }
  return environment;
}
