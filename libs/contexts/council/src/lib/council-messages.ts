import { defineMessages } from '@wspolnie/platform-i18n';

/**
 * What the council context says in either language about itself: its nouns, the policy
 * table's words and conditions. Meetings, votes, resolutions and the calendar have their own
 * catalogues beside them.
 */
export const councilMessage = defineMessages('council', {
  en: {
    'noun.meeting': 'Council meeting',
    'noun.agendaItem': 'Agenda item',
    'noun.vote': 'Vote',
    'noun.resolution': 'Resolution',
    'noun.settings': 'Council settings',

    'action.council.read': 'reading council meetings, votes and the register of resolutions',
    'action.council.settings': "changing the council's quorum, voting rule and the moves it decides",
    'action.meeting.create': 'calling council meetings',
    'action.meeting.manage': 'running a meeting: its agenda, invitations, attendance, minutes and votes',
    'action.meeting.vote': "casting a member gmina's vote, as its representative present",

    'condition.asChair': "as the meeting's chair",
  },
  pl: {
    'noun.meeting': 'Posiedzenie Rady',
    'noun.agendaItem': 'Punkt porządku obrad',
    'noun.vote': 'Głosowanie',
    'noun.resolution': 'Uchwała',
    'noun.settings': 'Ustawienia Rady',

    'action.council.read': 'przeglądanie posiedzeń Rady, głosowań i rejestru uchwał',
    'action.council.settings': 'zmiana kworum, zasady głosowania i przejść, o których decyduje Rada',
    'action.meeting.create': 'zwoływanie posiedzeń Rady',
    'action.meeting.manage': 'prowadzenie posiedzenia: porządek obrad, zaproszenia, obecność, protokół i głosowania',
    'action.meeting.vote': 'oddawanie głosu gminy członkowskiej jako jej obecny przedstawiciel',

    'condition.asChair': 'jako przewodniczący posiedzenia',
  },
});
