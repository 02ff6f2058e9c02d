import { DomainError } from './domain-error';
import { ErrorCode } from './error-code';
import { isDatabaseUnavailable, postgresErrorOf } from './postgres-errors';

describe('DomainError', () => {
  it('reports one bad field with its path', () => {
    const error = DomainError.badInput('members.1.gminaTerc', '2417992 is not a gmina in the TERC register.');
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.message).toBe('2417992 is not a gmina in the TERC register.');
    expect(error.details).toEqual({
      field: 'members.1.gminaTerc',
      fields: [{ field: 'members.1.gminaTerc', message: '2417992 is not a gmina in the TERC register.' }],
    });
  });

  it('names every bad field when there are several, pointing at the first', () => {
    const error = DomainError.invalidFields([
      { field: 'name', message: 'name must not be empty' },
      { field: 'slug', message: 'slug must be 2 to 60 characters' },
    ]);
    expect(error.message).toBe('2 fields are invalid: name must not be empty; slug must be 2 to 60 characters');
    expect(error.details['field']).toBe('name');
  });

  it('words NOT_FOUND the same way everywhere', () => {
    expect(DomainError.notFound('Partnership', 'abc').message).toBe('Partnership abc does not exist.');
  });
});

describe('PostgreSQL errors', () => {
  it('reads the SQLSTATE and constraint from pg errors, raw or wrapped by TypeORM', () => {
    const pg = { code: '23505', constraint: 'partnership_slug_key' };
    expect(postgresErrorOf(pg)).toEqual(pg);
    expect(postgresErrorOf({ driverError: pg, code: 'ignored' })).toEqual(pg);
    expect(postgresErrorOf(new Error('plain'))).toBeNull();
    expect(postgresErrorOf({ code: 'ECONNREFUSED' })).toBeNull();
  });

  it.each([
    [{ code: '57P01' }, true],
    [{ code: '08006' }, true],
    [new Error('connect ECONNREFUSED 127.0.0.1:5432'), true],
    [new Error('Connection terminated unexpectedly'), true],
    [{ code: '23505' }, false],
    [new Error('syntax error'), false],
  ])('%j is a lost connection: %s', (error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
