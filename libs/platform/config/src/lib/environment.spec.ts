import { AppConfig } from './app-config';
import { ConfigurationError, readEnvironment } from './environment';

describe('readEnvironment', () => {
  it('gives working defaults for a fresh machine', () => {
    const config = new AppConfig(readEnvironment({}), '/repo');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ url: undefined, poolSize: 10, statementTimeoutMs: 30_000, dataDir: '/repo/.data', shareRunningServer: false });
    expect(config.seedDemo).toBe(true);
    expect(config.graphql.introspection).toBe(true);
  });

  it('accepts the machine PostgreSQL URL and a port', () => {
    const env = readEnvironment({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', PORT: '8080' });
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(env.PORT).toBe(8080);
  });

  it('requires a JWT secret in production', () => {
    expect(() => readEnvironment({ NODE_ENV: 'production' })).toThrow('JWT_SECRET must be set in production');
    expect(() => readEnvironment({ JWT_SECRET: 'short' })).toThrow('JWT_SECRET must be at least 32 characters long');
  });

  it('reads the trusted proxies and the mail server', () => {
    expect(new AppConfig(readEnvironment({})).http.trustProxy).toBe(false);
    expect(new AppConfig(readEnvironment({ TRUST_PROXY: '1' })).http.trustProxy).toBe(1);
    expect(new AppConfig(readEnvironment({ TRUST_PROXY: 'loopback, 10.0.0.0/8' })).http.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    const mail = new AppConfig(readEnvironment({ SMTP_URL: 'smtp://wspolnie:tajne@mail.gmina.example:587', MAIL_FROM: 'Wspólnie <noreply@gmina.example>' })).mail;
    expect(mail).toEqual({ smtpUrl: 'smtp://wspolnie:tajne@mail.gmina.example:587', from: 'Wspólnie <noreply@gmina.example>' });
  });

  it('reads the CORS origins and the statement timeout', () => {
    expect(new AppConfig(readEnvironment({})).http.corsOrigins).toEqual([]);
    expect(new AppConfig(readEnvironment({ CORS_ORIGINS: 'https://rada.example.org, http://localhost:5173/' })).http.corsOrigins).toEqual(['https://rada.example.org', 'http://localhost:5173']);
    expect(new AppConfig(readEnvironment({})).database.statementTimeoutMs).toBe(30_000);
    expect(new AppConfig(readEnvironment({ DATABASE_STATEMENT_TIMEOUT_MS: '1500' })).database.statementTimeoutMs).toBe(1500);
  });

  it('turns production defaults off', () => {
    const config = new AppConfig(readEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }));
    expect(config.seedDemo).toBe(false);
    expect(config.graphql.introspection).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535'],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, 'DATABASE_URL must look like postgres://'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL must look like postgres://'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO must be true or false'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY must be loopback'],
    [{ SMTP_URL: 'http://mail.example' }, 'SMTP_URL must look like smtp://'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS must be origins'],
    [{ CORS_ORIGINS: 'https://app.example.org/path' }, 'CORS_ORIGINS must be origins'],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '10' }, 'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number'],
  ])('refuses %j with one clear line', (env, message) => {
    let error: unknown;
    try {
      readEnvironment(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('names every bad variable at once', () => {
    expect(() => readEnvironment({ PORT: '-1', DATABASE_URL: 'x' })).toThrow(/PORT.*DATABASE_URL|DATABASE_URL.*PORT/);
  });
});
