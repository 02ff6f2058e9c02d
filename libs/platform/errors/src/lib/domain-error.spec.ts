import { DomainError } from './domain-error';
import { defineMessages, render } from '@wspolnie/platform-i18n';
import { ErrorCode } from './error-code';
import { errorMessage } from './error-messages';
import { isDatabaseUnavailable, postgresErrorOf } from './postgres-errors';

describe('DomainError', () => {
  const required = (field: string) => errorMessage('required', { field });

  it('reports one bad field with its path; its message is the English text', () => {
    const error = DomainError.badInput('members.1.gminaTerc', required('gminaTerc'));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.message).toBe('gminaTerc must not be empty.');
    expect(error.details).toEqual({ field: 'members.1.gminaTerc', fields: [{ field: 'members.1.gminaTerc', message: required('gminaTerc') }] });
  });

  it('names every bad field in one sentence, pointing at the first, with Polish plurals', () => {
    const two = DomainError.invalidFields([
      { field: 'name', message: required('name') },
      { field: 'slug', message: required('slug') },
    ]);
    expect(two.message).toBe('2 fields are invalid: name must not be empty; slug must not be empty');
    expect(render(two.text, 'pl')).toBe('2 pola są niepoprawne: name nie może być puste; slug nie może być puste');
    expect(two.details['field']).toBe('name');
    const five = DomainError.invalidFields(['a', 'b', 'c', 'd', 'e'].map((field) => ({ field, message: required(field) })));
    expect(render(five.text, 'pl')).toMatch(/^5 pól jest niepoprawnych: /);
  });

  it('words NOT_FOUND the same way everywhere', () => {
    const noun = defineMessages('domain-error.spec', { en: { partnership: 'Partnership' }, pl: { partnership: 'Partnerstwo' } });
    const error = DomainError.notFound(noun('partnership'), 'abc');
    expect(error.message).toBe('Partnership abc does not exist.');
    expect(render(error.text, 'pl')).toBe('Partnerstwo abc nie istnieje.');
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
    [{ code: '40P01' }, true],
    [Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), { name: 'QueryRunnerAlreadyReleasedError' }), true],
    [{ code: '57014' }, false],
    [{ code: '23505' }, false],
    [new Error('syntax error'), false],
  ])('%j is a lost connection: %s', (error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
