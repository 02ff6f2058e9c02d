import { defineMessages } from '@wspolnie/platform-i18n';

/** What the advisory context tells people about programmes, roles and the policy table's words. */
export const advisoryMessage = defineMessages('advisory', {
  en: {
    'noun.programme': 'Advisory programme',
    'noun.team': 'Regional team',
    'noun.engagement': 'Engagement',
    'noun.activity': 'Activity',
    'noun.registration': 'Registration',
    'noun.topic': 'Module or topic',
    'noun.followUp': 'Follow-up',

    'role.PROGRAMME_MANAGER': 'programme manager',
    'role.CONSULTANT': 'consultant',
    inProgramme: 'in this programme',

    'action.programme.create': 'creating advisory programmes',
    'action.programme.read': 'seeing the programme, its modules, teams and people',
    'action.programme.manage': "changing the programme's details, modules and teams",
    'action.programme.people': 'giving and taking away roles in the programme',
    'action.programme.report': "seeing the programme's reports",
    'action.support.read': 'seeing the support given (engagements and activities)',
    'action.support.record': 'recording support (engagements, activities, follow-ups)',
    'action.support.people': 'seeing who took part in an activity, by name',
    'action.registration.manage': 'seeing and managing registrations',

    'condition.inTeam': 'in your regional team',

    'people.noAccount': 'Nobody has an account with the e-mail address {{email}} yet: invite them to a partnership first, or ask them to sign up.',
    'people.noRole': 'This person has no role in the programme.',
    'people.managerWhole': 'A programme manager works for the whole programme: leave out teamId.',
    'people.lastManager': '{{name}} is the programme\'s only manager: appoint another manager first.',
    'team.notInProgramme': 'That team is not a team of this programme.',
    'topic.duplicate': 'The programme already has a module or topic named „{{name}}”.',
    'team.duplicate': 'The programme already has a team named „{{name}}”.',
    voivodeshipCode: 'voivodeshipCode must be the two-digit TERC code of a voivodeship (02, 04, … 32).',
    negativeAmount: '{{field}} cannot be negative.',
    euAboveTotal: 'The EU contribution ({{eu}}) cannot exceed the total value ({{total}}).',
    periodEndsBeforeStart: 'The end ({{endsOn}}) cannot come before the start ({{startsOn}}).',
  },
  pl: {
    'noun.programme': 'Program doradczy',
    'noun.team': 'Zespół regionalny',
    'noun.engagement': 'Wsparcie',
    'noun.activity': 'Działanie',
    'noun.registration': 'Zgłoszenie',
    'noun.topic': 'Moduł lub temat',
    'noun.followUp': 'Dalszy krok',

    'role.PROGRAMME_MANAGER': 'kierownik programu',
    'role.CONSULTANT': 'konsultant',
    inProgramme: 'w tym programie',

    'action.programme.create': 'tworzenie programów doradczych',
    'action.programme.read': 'przeglądanie programu, jego modułów, zespołów i osób',
    'action.programme.manage': 'zmienianie danych programu, jego modułów i zespołów',
    'action.programme.people': 'nadawanie i odbieranie ról w programie',
    'action.programme.report': 'przeglądanie raportów programu',
    'action.support.read': 'przeglądanie udzielonego wsparcia (wsparć i działań)',
    'action.support.record': 'zapisywanie wsparcia (wsparć, działań, dalszych kroków)',
    'action.support.people': 'przeglądanie imiennej listy uczestników działania',
    'action.registration.manage': 'przeglądanie zgłoszeń i zarządzanie nimi',

    'condition.inTeam': 'w Twoim zespole regionalnym',

    'people.noAccount': 'Nikt nie ma jeszcze konta z adresem {{email}}: najpierw zaproś tę osobę do partnerstwa albo poproś, by założyła konto.',
    'people.noRole': 'Ta osoba nie ma roli w programie.',
    'people.managerWhole': 'Kierownik programu odpowiada za cały program: pomiń teamId.',
    'people.lastManager': '{{name}} jest jedynym kierownikiem programu: najpierw wyznacz innego kierownika.',
    'team.notInProgramme': 'Ten zespół nie należy do tego programu.',
    'topic.duplicate': 'Program ma już moduł lub temat o nazwie „{{name}}”.',
    'team.duplicate': 'Program ma już zespół o nazwie „{{name}}”.',
    voivodeshipCode: 'voivodeshipCode musi być dwucyfrowym kodem TERC województwa (02, 04, … 32).',
    negativeAmount: '{{field}} nie może być ujemne.',
    euAboveTotal: 'Wkład UE ({{eu}}) nie może przekraczać wartości całkowitej ({{total}}).',
    periodEndsBeforeStart: 'Koniec ({{endsOn}}) nie może być wcześniej niż początek ({{startsOn}}).',
  },
});
