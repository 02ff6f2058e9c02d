import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import { render } from '@wspolnie/platform-i18n';
import { decodeCursor, encodeCursor } from './cursor';

function refusal(work: () => unknown): DomainError {
  try {
    work();
  } catch (caught) {
    expect(caught).toBeInstanceOf(DomainError);
    return caught as DomainError;
  }
  throw new Error('the cursor was taken');
}

describe('cursors', () => {
  it('round-trips Polish text and numbers', () => {
    const values = ['Węgierska Górka', 42, '0b6c7e1e-6d7c-4a77-9f34-5f2b8c1d2e3f'];
    expect(decodeCursor(encodeCursor(values), 3)).toEqual(values);
    expect(decodeCursor(encodeCursor(values), ['text', 'integer', 'uuid'])).toEqual(values);
  });

  it.each(['', 'not-base64!', encodeCursor(['a']), Buffer.from('{"a":1}').toString('base64url'), encodeCursor([null as never, 1])])(
    'refuses %j as BAD_USER_INPUT on the after field',
    (cursor) => {
      const error = refusal(() => decodeCursor(cursor, 2));
      expect(error.code).toBe(ErrorCode.BadUserInput);
      expect(error.details['field']).toBe('after');
      expect(error.message).toBe('after is not a cursor this list gave out; start again without it.');
      expect(render(error.text, 'pl')).toBe('after nie jest kursorem wydanym przez tę listę; zacznij od początku bez niego.');
    },
  );

  it.each([
    [['abc'], ['integer']],
    [['12'], ['integer']],
    [[1.5], ['integer']],
    [['Rajcza', 'not-a-uuid'], ['text', 'uuid']],
    [[7, '0b6c7e1e-6d7c-4a77-9f34-5f2b8c1d2e3f'], ['text', 'uuid']],
  ] as const)('refuses %j where the values must be %j, naming the field', (values, kinds) => {
    const error = refusal(() => decodeCursor(encodeCursor(values), kinds, 'before'));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.details['field']).toBe('before');
    expect(error.message).toContain('before is not a cursor');
  });
});
