import { formatWarsawTime } from '@wspolnie/kernel';
import type { OutgoingMail } from '@wspolnie/platform-mail';
import { ActivityFormat } from '../activity/activity-enums';
import type { Activity } from '../activity/activity.entity';

/** What a registration e-mail says of the activity. */
export type MailedActivity = Pick<Activity, 'title' | 'heldOn' | 'startsAt' | 'format' | 'place' | 'link'>;

/** "7 marca 2027, godz. 10:00" (the day and start in Warsaw, as the activity records them). */
function when(activity: MailedActivity): string {
  const day = formatWarsawTime(new Date(`${activity.heldOn}T12:00:00Z`), 'day');
  return activity.startsAt ? `${day}, godz. ${activity.startsAt.slice(0, 5)}` : day;
}

/**
 * The e-mail with the single-use link that confirms a registration made without an account, in
 * Polish. The token sits after `#`, as in identity's invitations: browsers never send that part
 * to a server, so it appears in no access log, proxy log or Referer header.
 */
export function confirmationMail(to: string, activity: MailedActivity, gminaName: string, link: string, expiresAt: Date): OutgoingMail {
  return {
    to,
    subject: `Potwierdź zgłoszenie: „${activity.title}”`,
    text: [
      'Dzień dobry,',
      '',
      `otrzymaliśmy zgłoszenie na „${activity.title}” (${when(activity)}) w imieniu gminy ${gminaName}.`,
      '',
      `Aby je potwierdzić, otwórz ten link do ${formatWarsawTime(expiresAt)}:`,
      link,
      '',
      'Miejsca przydzielamy w kolejności potwierdzeń; gdy wszystkie będą zajęte, trafisz na listę rezerwową.',
      'Jeśli to nie Ty się zgłaszasz, zignoruj tę wiadomość: niepotwierdzone zgłoszenie wygaśnie.',
      '',
      '— Wspólnie',
    ].join('\n'),
  };
}

/**
 * The e-mail that tells a registrant they have a seat, with where to come or the online link:
 * the link goes to confirmed registrants only, never into a public answer.
 */
export function seatMail(to: string, activity: MailedActivity, gminaName: string, fromWaitingList: boolean): OutgoingMail {
  const where = [
    activity.format !== ActivityFormat.ONLINE && activity.place ? `Miejsce: ${activity.place}` : null,
    activity.format !== ActivityFormat.ON_SITE && activity.link ? `Link do spotkania online: ${activity.link}` : null,
  ].filter((line): line is string => line !== null);
  return {
    to,
    subject: `Masz miejsce: „${activity.title}”`,
    text: [
      'Dzień dobry,',
      '',
      fromWaitingList
        ? `zwolniło się miejsce, więc Twoje zgłoszenie z listy rezerwowej na „${activity.title}” jest potwierdzone.`
        : `Twoje zgłoszenie na „${activity.title}” jest potwierdzone.`,
      '',
      `Termin: ${when(activity)}`,
      ...where,
      `Gmina: ${gminaName}`,
      '',
      'Jeśli nie możesz wziąć udziału, anuluj zgłoszenie we Wspólnie (po zalogowaniu na ten adres) albo daj znać organizatorom: miejsce dostanie ktoś z listy rezerwowej.',
      '',
      '— Wspólnie',
    ].join('\n'),
  };
}

/**
 * The answer to registering an address that is already registered, sent to that address instead
 * of said to whoever asked: the public form must not tell who has registered.
 */
export function alreadyRegisteredMail(to: string, activity: MailedActivity, pending: boolean): OutgoingMail {
  return {
    to,
    subject: `Zgłoszenie już przyjęte: „${activity.title}”`,
    text: [
      'Dzień dobry,',
      '',
      `ktoś (może Ty) ponownie zgłosił ten adres na „${activity.title}” (${when(activity)}). Zgłoszenie z tego adresu już mamy, więc nie dodaliśmy drugiego.`,
      '',
      pending
        ? 'Aby je potwierdzić, otwórz link z poprzedniej wiadomości; gdy wygaśnie, możesz zgłosić się ponownie.'
        : 'Nie musisz nic robić. Jeśli nie możesz wziąć udziału, anuluj zgłoszenie we Wspólnie (po zalogowaniu na ten adres) albo daj znać organizatorom.',
      '',
      '— Wspólnie',
    ].join('\n'),
  };
}
