import { Type } from 'class-transformer';
import { IsString, MaxLength, ValidateNested } from 'class-validator';
import { DomainError, errorMessage } from '@wspolnie/platform-errors';
import { render } from '@wspolnie/platform-i18n';
import { withMessage } from './input-rules';
import { inputValidationPipe } from './validation.pipe';

class Member {
  @IsString()
  gminaTerc: string;
}

class Input {
  @MaxLength(5, withMessage(errorMessage('tooLong', { field: 'name', max: 5 })))
  name: string;

  @ValidateNested({ each: true })
  @Type(() => Member)
  members: Member[];
}

describe('inputValidationPipe', () => {
  const pipe = inputValidationPipe();
  const validate = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Input });

  it('reports every failing field with its path, as BAD_USER_INPUT', async () => {
    const error: DomainError = await validate({ name: 'Partnerstwo', members: [{ gminaTerc: '2417112' }, { gminaTerc: 7 }] }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    const fields = (error.details['fields'] as { field: string; message: Parameters<typeof render>[0] }[]).map(({ field, message }) => [field, render(message, 'en'), render(message, 'pl')]);
    expect(fields).toEqual([
      ['name', 'name must be at most 5 characters long.', 'name może mieć najwyżej 5 znaków.'],
      // A constraint without a catalogue message still names the field, in both languages.
      ['members.1.gminaTerc', 'members.1.gminaTerc has a value that is not allowed here.', 'members.1.gminaTerc ma wartość, która nie jest tu dozwolona.'],
    ]);
  });

  it('refuses properties the input does not declare', async () => {
    const error: DomainError = await validate({ name: 'ok', members: [], isAdmin: true }).catch((e) => e);
    expect(error.details['field']).toBe('isAdmin');
  });
});
