import { defineMessages } from '@wspolnie/platform-i18n';

/** What the advisory context tells people about engagements: whom a programme supports, and by whom. */
export const engagementMessage = defineMessages('advisory.engagement', {
  en: {
    partnershipUnknown: 'There is no partnership with the id {{id}}.',
    partnershipWithoutMembers: 'The partnership has no member gminas yet: name the gminas supported (gminaTercs).',
    noGminas: 'Name at least one gmina supported (gminaTercs), or a partnership whose member gminas are.',
    consultantWithoutRole: 'This person holds no role in the programme: only its managers and consultants can work on its engagements.',
    gminaStillServed: '{{gmina}} took part in activities of this engagement, so it stays among its gminas.',
  },
  pl: {
    partnershipUnknown: 'Nie ma partnerstwa o identyfikatorze {{id}}.',
    partnershipWithoutMembers: 'Partnerstwo nie ma jeszcze gmin członkowskich: podaj wspierane gminy (gminaTercs).',
    noGminas: 'Podaj co najmniej jedną wspieraną gminę (gminaTercs) albo partnerstwo, którego gminy członkowskie są wspierane.',
    consultantWithoutRole: 'Ta osoba nie ma roli w programie: przy jego wsparciu mogą pracować tylko jego kierownicy i konsultanci.',
    gminaStillServed: 'Gmina {{gmina}} brała udział w działaniach tego wsparcia, więc pozostaje wśród jego gmin.',
  },
});
