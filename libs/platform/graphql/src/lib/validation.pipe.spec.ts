import { Type } from 'class-transformer';
import { IsString, MaxLength, ValidateNested } from 'class-validator';
import { DomainError } from '@wspolnie/platform-errors';
import { inputValidationPipe } from './validation.pipe';

class Member {
  @IsString()
  gminaTerc: string;
}

class Input {
  @MaxLength(5, { message: 'name must be at most 5 characters long' })
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
    expect(error.details['fields']).toEqual([
      { field: 'name', message: 'name must be at most 5 characters long' },
      { field: 'members.1.gminaTerc', message: 'gminaTerc must be a string' },
    ]);
  });

  it('refuses properties the input does not declare', async () => {
    const error: DomainError = await validate({ name: 'ok', members: [], isAdmin: true }).catch((e) => e);
    expect(error.details['field']).toBe('isAdmin');
  });
});
