import { defineMessages, type Message } from '@wspolnie/platform-i18n';
import type { MeetingStatus } from '../council-enums';

/**
 * What meetings tell people: their times, agendas, invitations, attendance and minutes. A
 * meeting (posiedzenie) is neuter in Polish: „jest zaplanowane”, „zostało odwołane”.
 */
export const meetingMessage = defineMessages('council.meeting', {
  en: {
    'noun.minutes': 'Minutes of the meeting',
    'noun.invitee': 'Invitee',

    'status.PLANNED': 'planned',
    'status.IN_PROGRESS': 'in progress',
    'status.CLOSED': 'closed',
    'status.CANCELLED': 'cancelled',

    timeOfDay: '{{field}} must be a time of day written as HH:MM, e.g. "09:30".',
    onlineUrl: 'onlineUrl must be a link starting with http:// or https://.',
    endsBeforeStart: 'The meeting cannot end at {{endTime}} when it starts at {{startTime}}: the end must come after the start, on the same day.',
    chairRole: "The chair must be one of the partnership's coordinators or council members.",
    minutesVersion: "expectedVersion is the minutes' version as you read it: 0 before anything was written.",

    notChangeable: 'The meeting „{{title}}” is {{status}}: its details can no longer be changed.',
    cancelPlannedOnly: 'Only a planned meeting can be cancelled; „{{title}}” is {{status}}.',
    startPlannedOnly: 'Only a planned meeting can be started; „{{title}}” is {{status}}.',
    startOnItsDay: 'The meeting „{{title}}” is called for {{date}}: it starts on that day, or change its date first.',
    timeFixedOnceStarted: 'The meeting „{{title}}” has started: its day and hours stay as they were (its resolutions are dated by them).',
    closeInProgressOnly: 'Only a meeting in progress can be closed; „{{title}}” is {{status}}.',
    voteStillOpen: 'A vote is still open at the meeting „{{title}}”: close it before closing the meeting.',

    agendaClosed: 'The agenda of „{{title}}” can no longer change: the meeting is {{status}}.',
    reorderEveryItem: { one: 'List every item of the agenda exactly once: it has {{count}} item.', other: 'List every item of the agenda exactly once: it has {{count}} items.' },
    planOfAnother: "The plan is not one of this partnership's plans.",
    planNotOpen: 'The plan „{{title}}” is already adopted or archived: there is nothing left to adopt.',
    motionNeeded: 'A decision is taken by a resolution: write its text in motionText.',
    decisionNeedsProject: 'This decision is about a project: give projectId.',
    decisionNeedsStage: 'Moving a project names the stage it moves to: give decisionStage.',
    decisionNeedsPlan: 'Adopting a plan names the plan: give planId.',
    noSharesToApprove: 'The project „{{title}}” has no participants with cost shares to approve.',
    projectArchived: 'The project „{{title}}” is archived: restore it before putting it on the agenda.',
    itemWasVoted: 'The item „{{title}}” was put to a vote: it stays on the agenda, as its votes are part of the record.',
    motionWhileVoteOpen: 'A vote on „{{title}}” is open: its motion and decision cannot change until the vote closes.',
    motionAdopted: 'The item „{{title}}” was adopted as resolution {{number}}: its motion and decision can no longer change.',

    invitationsClosed: 'Invitations to „{{title}}” can no longer change: the meeting is {{status}}.',
    gminaNeeded: 'A representative acts for a member gmina: give gminaTerc.',
    guestHasNoGmina: 'A guest acts for no gmina: leave gminaTerc out.',
    notAMember: '{{gmina}} is not a member gmina of the partnership: only member gminas are represented at the council.',
    actsForOtherGmina: '{{name}} acts for another gmina in this partnership, not for {{gmina}}: a gmina is represented by someone who acts for it.',
    actsForNoGmina: '{{name}} acts for no member gmina in this partnership: a gmina is represented by someone whose role names it (invite them as a guest instead).',
    secondRepresentative: '{{gmina}} already has a representative at „{{title}}”: remove them first, or invite this person as a guest.',
    notInvited: '{{name}} is not invited to „{{title}}”.',
    tookPart: '{{name}} took part in „{{title}}”: their attendance stays on record.',
    attendanceInProgressOnly: 'Attendance is recorded while the meeting is in progress; „{{title}}” is {{status}}.',

    minutesOfClosed: 'The meeting „{{title}}” is closed: its minutes change only by a correction (correctMinutes), which keeps its reason.',
    minutesOfCancelled: 'The meeting „{{title}}” was cancelled: it has no minutes.',
    correctClosedOnly: 'The minutes of „{{title}}” are corrected once the meeting is closed; until then, edit them (saveMinutes).',
    sameMinutes: 'The text is the same as the minutes now: there is nothing to correct.',
  },
  pl: {
    'noun.minutes': 'Protokół posiedzenia',
    'noun.invitee': 'Zaproszona osoba',

    'status.PLANNED': 'zaplanowane',
    'status.IN_PROGRESS': 'w toku',
    'status.CLOSED': 'zamknięte',
    'status.CANCELLED': 'odwołane',

    timeOfDay: '{{field}} musi być godziną zapisaną jako GG:MM, np. „09:30”.',
    onlineUrl: 'onlineUrl musi być odnośnikiem zaczynającym się od http:// albo https://.',
    endsBeforeStart: 'Posiedzenie nie może się kończyć o {{endTime}}, skoro zaczyna się o {{startTime}}: koniec musi nastąpić po początku, tego samego dnia.',
    chairRole: 'Przewodniczącym może być koordynator albo członek Rady Partnerstwa.',
    minutesVersion: 'expectedVersion to wersja protokołu, którą odczytano: 0, zanim cokolwiek zapisano.',

    notChangeable: 'Posiedzenie „{{title}}” jest {{status}}: jego danych nie można już zmieniać.',
    cancelPlannedOnly: 'Odwołać można tylko zaplanowane posiedzenie; posiedzenie „{{title}}” jest {{status}}.',
    startPlannedOnly: 'Rozpocząć można tylko zaplanowane posiedzenie; posiedzenie „{{title}}” jest {{status}}.',
    startOnItsDay: 'Posiedzenie „{{title}}” zwołano na {{date}}: rozpoczyna się tego dnia; możesz też najpierw zmienić jego datę.',
    timeFixedOnceStarted: 'Posiedzenie „{{title}}” już się rozpoczęło: jego dzień i godziny pozostają bez zmian (są datą jego uchwał).',
    closeInProgressOnly: 'Zamknąć można tylko posiedzenie w toku; posiedzenie „{{title}}” jest {{status}}.',
    voteStillOpen: 'Na posiedzeniu „{{title}}” trwa głosowanie: zamknij je przed zamknięciem posiedzenia.',

    agendaClosed: 'Porządku obrad posiedzenia „{{title}}” nie można już zmieniać: posiedzenie jest {{status}}.',
    reorderEveryItem: {
      one: 'Podaj każdy punkt porządku obrad dokładnie raz: porządek ma {{count}} punkt.',
      few: 'Podaj każdy punkt porządku obrad dokładnie raz: porządek ma {{count}} punkty.',
      many: 'Podaj każdy punkt porządku obrad dokładnie raz: porządek ma {{count}} punktów.',
      other: 'Podaj każdy punkt porządku obrad dokładnie raz: porządek ma {{count}} punktu.',
    },
    planOfAnother: 'Ten plan nie należy do tego partnerstwa.',
    planNotOpen: 'Plan „{{title}}” jest już przyjęty albo w archiwum: nie ma czego przyjmować.',
    motionNeeded: 'Decyzję podejmuje się uchwałą: wpisz jej treść w motionText.',
    decisionNeedsProject: 'Ta decyzja dotyczy projektu: podaj projectId.',
    decisionNeedsStage: 'Przeniesienie projektu wskazuje etap docelowy: podaj decisionStage.',
    decisionNeedsPlan: 'Przyjęcie planu wskazuje plan: podaj planId.',
    noSharesToApprove: 'Projekt „{{title}}” nie ma uczestników z udziałami w kosztach do zatwierdzenia.',
    projectArchived: 'Projekt „{{title}}” jest zarchiwizowany: przywróć go, zanim wpiszesz go do porządku obrad.',
    itemWasVoted: 'Nad punktem „{{title}}” głosowano: zostaje w porządku obrad, bo głosowania są częścią dokumentacji.',
    motionWhileVoteOpen: 'Trwa głosowanie nad punktem „{{title}}”: projektu uchwały i decyzji nie można zmienić do jego zamknięcia.',
    motionAdopted: 'Punkt „{{title}}” przyjęto jako uchwałę nr {{number}}: projektu uchwały i decyzji nie można już zmienić.',

    invitationsClosed: 'Zaproszeń na posiedzenie „{{title}}” nie można już zmieniać: posiedzenie jest {{status}}.',
    gminaNeeded: 'Przedstawiciel działa w imieniu gminy członkowskiej: podaj gminaTerc.',
    guestHasNoGmina: 'Gość nie działa w imieniu gminy: pomiń gminaTerc.',
    notAMember: '{{gmina}} nie jest gminą członkowską partnerstwa: w Radzie reprezentowane są tylko gminy członkowskie.',
    actsForOtherGmina: '{{name}} działa w tym partnerstwie w imieniu innej gminy, nie gminy {{gmina}}: gminę reprezentuje osoba, która działa w jej imieniu.',
    actsForNoGmina: '{{name}} nie działa w tym partnerstwie w imieniu żadnej gminy członkowskiej: gminę reprezentuje osoba, której rola ją wskazuje (zaproś tę osobę jako gościa).',
    secondRepresentative: '{{gmina}} ma już przedstawiciela na posiedzeniu „{{title}}”: najpierw usuń to zaproszenie albo zaproś tę osobę jako gościa.',
    notInvited: '{{name}} nie ma zaproszenia na posiedzenie „{{title}}”.',
    tookPart: '{{name}} uczestniczy w posiedzeniu „{{title}}”: ta obecność pozostaje w dokumentacji.',
    attendanceInProgressOnly: 'Obecność odnotowuje się w trakcie posiedzenia; posiedzenie „{{title}}” jest {{status}}.',

    minutesOfClosed: 'Posiedzenie „{{title}}” jest zamknięte: protokół zmienia się już tylko przez korektę (correctMinutes) z podaniem jej powodu.',
    minutesOfCancelled: 'Posiedzenie „{{title}}” zostało odwołane: nie ma protokołu.',
    correctClosedOnly: 'Protokół posiedzenia „{{title}}” koryguje się po zamknięciu posiedzenia; do tego czasu edytuj go (saveMinutes).',
    sameMinutes: 'Tekst jest taki sam jak obecny protokół: nie ma czego korygować.',
  },
});

/** How a status reads after "is" / "jest": "in progress" / "w toku". */
export function meetingStatusWords(status: MeetingStatus): Message {
  return meetingMessage(`status.${status}`);
}
