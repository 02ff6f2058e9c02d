import { registerEnumType } from '@nestjs/graphql';

/** The language a person reads Wspólnie in: the app's, and that of e-mails to them. Stored as 'pl'/'en'. */
export enum Language {
  PL = 'pl',
  EN = 'en',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'A language of the app and its e-mails.',
  valuesMap: {
    PL: { description: 'Polski (the default).' },
    EN: { description: 'English.' },
  },
});
