import { defineMessages } from '@wspolnie/platform-i18n';

/** What the partnership search tells people (namespace `projects.search`). */
export const searchMessage = defineMessages('projects.search', {
  en: {
    empty: 'Type what to search for.',
    tooLong: 'A search can be at most {{max}} characters long; this one has {{length}}.',
    noLetter: 'A search must contain a letter or a digit.',
    tooManyWords: 'A search can have at most {{max}} words; this one has {{count}}.',
    first: 'first must be a whole number from 1 to {{max}}.',
  },
  pl: {
    empty: 'Wpisz, czego szukasz.',
    tooLong: 'Wyszukiwana fraza może mieć najwyżej {{max}} znaków; ta ma {{length}}.',
    noLetter: 'Wyszukiwana fraza musi zawierać literę lub cyfrę.',
    tooManyWords: 'Wyszukiwana fraza może mieć najwyżej {{max}} słów; ta ma {{count}}.',
    first: 'first musi być liczbą całkowitą od 1 do {{max}}.',
  },
});
