import { defineMessages } from '@wspolnie/platform-i18n';

/** What the paging arguments tell people; a cursor that is not one is the platform's `errors:cursor`. */
export const paginationMessage = defineMessages('pagination', {
  en: {
    first: '{{field}} must be between 0 and {{max}}.',
  },
  pl: {
    first: '{{field}} musi wynosić od 0 do {{max}}.',
  },
});
