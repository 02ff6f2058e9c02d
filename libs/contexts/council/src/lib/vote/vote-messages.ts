import { defineMessages } from '@wspolnie/platform-i18n';

/** What the council says about votes: why one cannot open, take a ballot or close. */
export const voteMessage = defineMessages('council.vote', {
  en: {
    meetingNotInProgress: 'Meeting no. {{number}} „{{title}}” is not in progress: votes are held only during a meeting that has started.',
    noMotion: 'The agenda item „{{title}}” has no motion (the text of the resolution) to vote on: add one first.',
    alreadyAdopted: 'The council has already adopted a resolution on „{{title}}”.',
    alreadyOpen: 'A vote on „{{title}}” is already open.',
    noQuorum: 'There is no quorum: {{represented}} of {{members}} member gminas are represented, {{needed}} are needed.',
    noQuorumToClose:
      'There is no quorum now ({{represented}} of {{members}} member gminas represented, {{needed}} needed), so the vote cannot be closed with a result: wait for representatives to return, or cancel the vote.',
    notOpen: 'The vote on „{{title}}” is closed: ballots are taken only while it is open.',
    notOpenToEnd: 'The vote on „{{title}}” is no longer open.',
    notRepresentative: 'You are not invited to this meeting as the representative of a member gmina, so you cannot vote.',
    notMember: '{{gmina}} is no longer a member gmina of the partnership, so its representative cannot vote.',
    notPresent: 'You are not recorded as present at the meeting: ask the chair to record your attendance, then vote.',
    notActingFor: 'You no longer act for {{gmina}} in this partnership, so you cannot cast its vote.',
    votedYourself: "You have already cast a ballot in this vote: one person casts one gmina's vote.",
    alreadyVoted: '{{gmina}} has already voted on „{{title}}”: one vote per member gmina.',
    decisionFailed: 'The vote was not closed and no resolution was adopted, because its decision cannot be applied: {{reason}}',
  },
  pl: {
    meetingNotInProgress: 'Posiedzenie nr {{number}} „{{title}}” nie trwa: głosowania odbywają się tylko podczas rozpoczętego posiedzenia.',
    noMotion: 'Punkt porządku obrad „{{title}}” nie ma projektu uchwały, nad którym można głosować: najpierw go dodaj.',
    alreadyAdopted: 'Rada podjęła już uchwałę w sprawie „{{title}}”.',
    alreadyOpen: 'Głosowanie w sprawie „{{title}}” jest już otwarte.',
    noQuorum: 'Brak kworum: reprezentowane są {{represented}} z {{members}} gmin członkowskich, potrzeba {{needed}}.',
    noQuorumToClose:
      'Nie ma teraz kworum (reprezentowane {{represented}} z {{members}} gmin członkowskich, potrzeba {{needed}}), więc głosowania nie można zamknąć z wynikiem: poczekaj na powrót przedstawicieli albo unieważnij głosowanie.',
    notOpen: 'Głosowanie w sprawie „{{title}}” jest zamknięte: głosy przyjmuje się tylko, gdy jest otwarte.',
    notOpenToEnd: 'Głosowanie w sprawie „{{title}}” nie jest już otwarte.',
    notRepresentative: 'Nie jesteś zaproszony na to posiedzenie jako przedstawiciel gminy członkowskiej, więc nie możesz głosować.',
    notMember: 'Gmina {{gmina}} nie jest już członkiem partnerstwa, więc jej przedstawiciel nie może głosować.',
    notPresent: 'Nie odnotowano Twojej obecności na posiedzeniu: poproś przewodniczącego o jej odnotowanie, a potem głosuj.',
    notActingFor: 'Nie działasz już w tym partnerstwie w imieniu gminy {{gmina}}, więc nie możesz oddać jej głosu.',
    votedYourself: 'W tym głosowaniu już oddano Twój głos: jedna osoba oddaje głos jednej gminy.',
    alreadyVoted: 'Gmina {{gmina}} już głosowała w sprawie „{{title}}”: jedna gmina członkowska ma jeden głos.',
    decisionFailed: 'Głosowania nie zamknięto i nie podjęto uchwały, bo jej rozstrzygnięcia nie można wykonać: {{reason}}',
  },
});
