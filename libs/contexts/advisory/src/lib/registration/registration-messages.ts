import { formatWarsawTime } from '@wspolnie/kernel';
import { defineMessages, type InEachLanguage, inEachLanguage, type Message } from '@wspolnie/platform-i18n';
import type { ActivityKind } from '../activity/activity-enums';
import type { RegistrationStatus } from './registration.entity';

/** What registrations for seminars, conferences and educational meetings tell people (namespace `advisory.registration`). */
export const registrationMessage = defineMessages('advisory.registration', {
  // Refusals anyone may read (closed, nothing to cancel) do not name the activity: once registration
  // has closed, its title is no longer public.
  en: {
    gminaNotInEngagement: "This activity is part of an engagement: it takes registrations for the engagement's gminas only.",
    'kind.CONSULTATION': 'a consultation',
    'kind.EDUCATIONAL_MEETING': 'an educational meeting',
    'kind.TRAINING': 'a training',
    'kind.WORKSHOP': 'a workshop',
    'kind.SEMINAR': 'a seminar',
    'kind.CONFERENCE': 'a conference',
    'kind.STUDY_VISIT': 'a study visit',

    'status.PENDING': 'waiting for the e-mailed link to be opened',
    'status.CONFIRMED': 'confirmed',
    'status.WAITLISTED': 'on the waiting list',
    'status.CANCELLED': 'cancelled',

    notRegistrable: 'Only seminars, conferences and educational meetings take registrations; „{{title}}” is {{kind}}.',
    closesInPast: 'closesAt ({{closesAt}}) has already passed: registration must close in the future.',
    capacityRange: 'capacity must be a whole number from 1 to 100000; leave it out for no limit.',
    capacityBelowConfirmed: 'capacity ({{capacity}}) cannot be lower than the number of confirmed registrations ({{confirmed}}); cancel some first, or give at least {{confirmed}}.',
    notOpen: 'Registration for „{{title}}” is not open.',
    closed: 'Registration for this activity closed on {{closesAt}}.',
    full: 'All seats at „{{title}}” ({{capacity}}) are taken. To join the waiting list, register again with joinWaitingList: true; you get a seat when one frees up.',
    already: '{{email}} is already registered for „{{title}}” ({{status}}).',
    alreadyPending: '{{email}} is already registered for „{{title}}”: open the link e-mailed to that address, which works until {{expiresAt}}.',
    alreadyCancelled: 'This registration was already cancelled on {{cancelledAt}}.',
    noneOfYours: 'You have no registration for this activity to cancel.',
    gminaFull: 'Gmina {{gmina}} already has the most participants one activity can record (10000).',
    invalidToken: 'This confirmation link is invalid, has already been used or has expired. Register again to get a new one.',
    tokenLength: 'token must be the text after "#token=" in the e-mailed link.',
  },
  pl: {
    gminaNotInEngagement: 'To działanie należy do wsparcia: przyjmuje zgłoszenia tylko z gmin objętych tym wsparciem.',
    'kind.CONSULTATION': 'konsultacja',
    'kind.EDUCATIONAL_MEETING': 'spotkanie edukacyjne',
    'kind.TRAINING': 'szkolenie',
    'kind.WORKSHOP': 'warsztat',
    'kind.SEMINAR': 'seminarium',
    'kind.CONFERENCE': 'konferencja',
    'kind.STUDY_VISIT': 'wizyta studyjna',

    'status.PENDING': 'czeka na otwarcie linku z e-maila',
    'status.CONFIRMED': 'potwierdzone',
    'status.WAITLISTED': 'na liście rezerwowej',
    'status.CANCELLED': 'anulowane',

    notRegistrable: 'Zapisy prowadzi się tylko na seminaria, konferencje i spotkania edukacyjne; „{{title}}” to {{kind}}.',
    closesInPast: 'Termin zamknięcia zapisów (closesAt: {{closesAt}}) już minął: zapisy muszą kończyć się w przyszłości.',
    capacityRange: 'capacity musi być liczbą całkowitą od 1 do 100000; pomiń ją, jeśli liczba miejsc jest nieograniczona.',
    capacityBelowConfirmed: 'Liczba miejsc ({{capacity}}) nie może być mniejsza niż liczba potwierdzonych zgłoszeń ({{confirmed}}); najpierw anuluj część zgłoszeń albo podaj co najmniej {{confirmed}}.',
    notOpen: 'Zapisy na „{{title}}” nie są otwarte.',
    closed: 'Zapisy na to wydarzenie zakończyły się {{closesAt}}.',
    full: 'Wszystkie miejsca na „{{title}}” ({{capacity}}) są już zajęte. Aby zapisać się na listę rezerwową, zgłoś się ponownie z joinWaitingList: true; dostaniesz miejsce, gdy któreś się zwolni.',
    already: 'Adres {{email}} jest już zgłoszony na „{{title}}” ({{status}}).',
    alreadyPending: 'Adres {{email}} jest już zgłoszony na „{{title}}”: otwórz link wysłany na ten adres, ważny do {{expiresAt}}.',
    alreadyCancelled: 'To zgłoszenie anulowano już {{cancelledAt}}.',
    noneOfYours: 'Nie masz zgłoszenia na to wydarzenie, które można by anulować.',
    gminaFull: 'Gmina {{gmina}} ma już najwięcej uczestników, ilu jedno działanie może odnotować (10000).',
    invalidToken: 'Ten link potwierdzający jest nieprawidłowy, został już użyty albo wygasł. Zgłoś się ponownie, aby otrzymać nowy.',
    tokenLength: 'token to tekst po „#token=” w linku z e-maila.',
  },
});

/** A moment as messages write it, in Warsaw time: "8 grudnia 2026 10:05" / "8 December 2026 at 10:05". */
export function momentText(instant: Date): InEachLanguage {
  return inEachLanguage((locale) => formatWarsawTime(instant, 'moment', locale));
}

export const kindWords = (kind: ActivityKind): Message => registrationMessage(`kind.${kind}`);
export const statusWords = (status: RegistrationStatus): Message => registrationMessage(`status.${status}`);
