import { dataSourceOptions } from './data-source-options';

describe('dataSourceOptions', () => {
  const options = dataSourceOptions({ url: 'postgres://u:p@127.0.0.1:5432/db', poolSize: 7, entities: [], migrations: [] });

  it('never lets TypeORM change the schema on its own', () => {
    expect(options).toMatchObject({ synchronize: false, migrationsRun: false, type: 'postgres' });
  });

  it('bounds statements and idle transactions, and survives pool errors', () => {
    expect(options).toMatchObject({ poolSize: 7, extra: { statement_timeout: 30_000, idle_in_transaction_session_timeout: 60_000 } });
    expect(() => (options as { poolErrorHandler: (error: unknown) => void }).poolErrorHandler(new Error('terminating connection'))).not.toThrow();
  });
});
