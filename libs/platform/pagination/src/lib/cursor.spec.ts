import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursors', () => {
  it('round-trips Polish text and numbers', () => {
    const values = ['Węgierska Górka', 42, '0b6c7e1e-6d7c-4a77-9f34-5f2b8c1d2e3f'];
    expect(decodeCursor(encodeCursor(values), 3)).toEqual(values);
  });

  it.each(['', 'not-base64!', encodeCursor(['a']), Buffer.from('{"a":1}').toString('base64url'), encodeCursor([null as never, 1])])(
    'refuses %j as BAD_USER_INPUT on the after field',
    (cursor) => {
      let error: unknown;
      try {
        decodeCursor(cursor, 2);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.BadUserInput);
      expect((error as DomainError).details['field']).toBe('after');
    },
  );
});
