import { defineMessages } from '@wspolnie/platform-i18n';

/** The feed's own words (written in Polish: calendar apps fetch it outside any session) and its one refusal. */
export const calendarMessage = defineMessages('council.calendar', {
  en: {
    notFound: 'There is no calendar at this address: the link may have been replaced by a newer one.',
    summary: 'Partnership council meeting no. {{number}}: {{title}}',
    partnership: 'Partnership: {{name}}',
    online: 'Join online: {{url}}',
    cancelled: 'The meeting has been cancelled: {{reason}}',
    myCalendar: 'My partnership council meetings (Wspólnie)',
    partnershipCalendar: '{{name}}: partnership council meetings',
  },
  pl: {
    notFound: 'Pod tym adresem nie ma kalendarza: link mógł zostać zastąpiony nowszym.',
    summary: 'Posiedzenie Rady Partnerstwa nr {{number}}: {{title}}',
    partnership: 'Partnerstwo: {{name}}',
    online: 'Dołącz online: {{url}}',
    cancelled: 'Posiedzenie zostało odwołane: {{reason}}',
    myCalendar: 'Moje posiedzenia Rad Partnerstw (Wspólnie)',
    partnershipCalendar: '{{name}}: posiedzenia Rady Partnerstwa',
  },
});
