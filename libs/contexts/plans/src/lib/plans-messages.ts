import { defineMessages, type Message } from '@wspolnie/platform-i18n';
import type { PlanKind, PlanStatus } from './plan/plan-status';

/**
 * What the plans context tells people: plans, revisions, consultation rounds, comment threads
 * and the policy table's words. Days are ISO dates in both languages (as the inputs take them).
 */
export const plansMessage = defineMessages('plans', {
  en: {
    'noun.plan': 'Plan',
    'noun.revision': 'Plan revision',
    'noun.comment': 'Comment',
    'noun.thread': 'Comment thread',

    'action.plan.read': 'reading plans, their revisions and comments',
    'action.plan.create': 'creating plans',
    'action.plan.edit': 'editing plans (publishing revisions, title, authors, linked projects)',
    'action.plan.consultation': 'opening and closing consultation rounds',
    'action.plan.adopt': 'recording that the council adopted a plan',
    'action.plan.archive': 'archiving plans',
    'action.comment.write': 'commenting on plans and replying',
    'action.comment.edit': 'editing and deleting comments',
    'action.comment.resolve': 'resolving and reopening comment threads',

    'condition.asAuthor': "as one of the plan's authors",
    'condition.inConsultation': 'while the plan is in consultation',
    'condition.ownComment': 'on comments they wrote',
    'condition.ownThreadOrAuthor': "on threads they started, or as one of the plan's authors",

    'status.DRAFT': 'a draft',
    'status.IN_CONSULTATION': 'in consultation',
    'status.ADOPTED': 'adopted',
    'status.ARCHIVED': 'archived',

    'kind.DIAGNOSIS': 'Socio-economic diagnosis',
    'kind.DEVELOPMENT_STRATEGY': 'Supra-local development strategy',
    'kind.REVITALISATION_PROGRAMME': 'Municipal revitalisation programme',
    'kind.PROJECT_SHEET': 'Project sheet',
    'kind.ACTION_PLAN': 'Action plan',
    'kind.OTHER': 'Other document',

    closedForEdits: 'The plan „{{title}}” is {{status}}: its text and details can no longer be changed.',
    closedForComments: 'The plan „{{title}}” is {{status}}: it takes no more comments.',
    roundClosed: 'Round {{round}} of the consultation on „{{title}}” closed on {{date}}: it takes no more comments.',
    roundNotOpenYet: 'Round {{round}} of the consultation on „{{title}}” opens on {{date}}: comments are taken from then.',
    openFromDraftOnly: 'A consultation round opens on a draft; the plan „{{title}}” is {{status}}.',
    notInConsultation: 'The plan „{{title}}” is {{status}}, not in consultation: there is no round to close.',
    adoptFrom: 'The plan „{{title}}” is {{status}}: only a draft or a plan in consultation can be adopted.',
    alreadyArchived: 'The plan „{{title}}” is already archived.',
    roundEndsBeforeStart: 'The round cannot close ({{closesOn}}) before it opens ({{opensOn}}).',
    roundClosesInPast: 'The closing date {{closesOn}} has already passed (today is {{today}} in Warsaw).',
    adoptedInFuture: 'The adoption date {{adoptedOn}} is in the future (today is {{today}} in Warsaw).',
    unknownSectionKey: 'Line {{line}} („{{heading}}”) names the section {#{{key}}}, which is not in the latest revision of „{{title}}”; remove the key to start a new section.',
    duplicateSectionKey: 'The section key {#{{key}}} is used again on line {{line}} („{{heading}}”); each section keeps its own key.',
    tooManySections: 'A plan has at most {{max}} sections; this text has {{count}}.',
    sameText: 'The text is the same as revision {{number}}: nothing to publish.',
    noSuchSection: 'Revision {{number}} of „{{title}}” has no section „{{key}}”.',
    revisionOfAnotherPlan: 'That revision is not a revision of the plan „{{title}}”.',
    quoteNotInSection: 'The quoted passage is not in the section „{{heading}}” at characters {{start}}–{{end}}; quote its text exactly, with its offsets in the section body.',
    replyToDeleted: 'The comment you are replying to was deleted; reply to another comment of the thread.',
    commentDeleted: 'The comment was deleted: there is nothing to edit.',
    mentionOutsider: 'The mention @[{{name}}] names someone without a role in this partnership; only its people can be mentioned.',
    alreadyResolved: 'The thread was already resolved.',
    notResolved: 'The thread is open: there is nothing to reopen.',
    sameRevision: 'Compare two different revisions.',
    noSuchRevision: 'The plan „{{title}}” has no revision {{number}}; its revisions are numbered 1 to {{count}}.',
  },
  pl: {
    'noun.plan': 'Plan',
    'noun.revision': 'Wersja planu',
    'noun.comment': 'Komentarz',
    'noun.thread': 'Wątek komentarzy',

    'action.plan.read': 'czytanie planów, ich wersji i komentarzy',
    'action.plan.create': 'tworzenie planów',
    'action.plan.edit': 'edytowanie planów (publikowanie wersji, tytuł, autorzy, powiązane projekty)',
    'action.plan.consultation': 'otwieranie i zamykanie tur konsultacji',
    'action.plan.adopt': 'odnotowywanie przyjęcia planu przez Radę',
    'action.plan.archive': 'archiwizowanie planów',
    'action.comment.write': 'komentowanie planów i odpowiadanie',
    'action.comment.edit': 'edytowanie i usuwanie komentarzy',
    'action.comment.resolve': 'rozstrzyganie i ponowne otwieranie wątków',

    'condition.asAuthor': 'jako współautor planu',
    'condition.inConsultation': 'w czasie konsultacji planu',
    'condition.ownComment': 'we własnych komentarzach',
    'condition.ownThreadOrAuthor': 'w wątkach, które rozpoczęto, albo jako współautor planu',

    'status.DRAFT': 'projektem',
    'status.IN_CONSULTATION': 'w konsultacjach',
    'status.ADOPTED': 'przyjęty',
    'status.ARCHIVED': 'w archiwum',

    'kind.DIAGNOSIS': 'Diagnoza społeczno-gospodarcza',
    'kind.DEVELOPMENT_STRATEGY': 'Strategia rozwoju ponadlokalnego',
    'kind.REVITALISATION_PROGRAMME': 'Gminny program rewitalizacji',
    'kind.PROJECT_SHEET': 'Karta projektu',
    'kind.ACTION_PLAN': 'Plan działania',
    'kind.OTHER': 'Inny dokument',

    closedForEdits: 'Plan „{{title}}” jest {{status}}: jego treści i danych nie można już zmieniać.',
    closedForComments: 'Plan „{{title}}” jest {{status}}: nie przyjmuje już komentarzy.',
    roundClosed: 'Tura {{round}} konsultacji planu „{{title}}” zakończyła się {{date}}: komentarze nie są już przyjmowane.',
    roundNotOpenYet: 'Tura {{round}} konsultacji planu „{{title}}” zaczyna się {{date}}: komentarze są przyjmowane od tego dnia.',
    openFromDraftOnly: 'Turę konsultacji otwiera się dla projektu planu; plan „{{title}}” jest {{status}}.',
    notInConsultation: 'Plan „{{title}}” jest {{status}}, nie w konsultacjach: nie ma tury do zamknięcia.',
    adoptFrom: 'Plan „{{title}}” jest {{status}}: przyjąć można tylko projekt albo plan w konsultacjach.',
    alreadyArchived: 'Plan „{{title}}” jest już w archiwum.',
    roundEndsBeforeStart: 'Tura nie może się zakończyć ({{closesOn}}) przed rozpoczęciem ({{opensOn}}).',
    roundClosesInPast: 'Data zakończenia {{closesOn}} już minęła (dziś w Warszawie jest {{today}}).',
    adoptedInFuture: 'Data przyjęcia {{adoptedOn}} jest w przyszłości (dziś w Warszawie jest {{today}}).',
    unknownSectionKey: 'Wiersz {{line}} („{{heading}}”) wskazuje sekcję {#{{key}}}, której nie ma w ostatniej wersji planu „{{title}}”; usuń klucz, aby zacząć nową sekcję.',
    duplicateSectionKey: 'Klucz sekcji {#{{key}}} użyto ponownie w wierszu {{line}} („{{heading}}”); każda sekcja ma własny klucz.',
    tooManySections: 'Plan może mieć najwyżej {{max}} sekcji; ten tekst ma ich {{count}}.',
    sameText: 'Tekst jest taki sam jak w wersji {{number}}: nie ma czego publikować.',
    noSuchSection: 'Wersja {{number}} planu „{{title}}” nie ma sekcji „{{key}}”.',
    revisionOfAnotherPlan: 'Ta wersja nie jest wersją planu „{{title}}”.',
    quoteNotInSection: 'Cytowanego fragmentu nie ma w sekcji „{{heading}}” na znakach {{start}}–{{end}}; zacytuj tekst dokładnie, z jego położeniem w treści sekcji.',
    replyToDeleted: 'Komentarz, na który odpowiadasz, został usunięty; odpowiedz na inny komentarz wątku.',
    commentDeleted: 'Komentarz został usunięty: nie ma czego edytować.',
    mentionOutsider: 'Wzmianka @[{{name}}] wskazuje osobę bez roli w tym partnerstwie; wspominać można tylko jego uczestników.',
    alreadyResolved: 'Wątek został już rozstrzygnięty.',
    notResolved: 'Wątek jest otwarty: nie ma czego otwierać ponownie.',
    sameRevision: 'Porównaj dwie różne wersje.',
    noSuchRevision: 'Plan „{{title}}” nie ma wersji {{number}}; jego wersje mają numery od 1 do {{count}}.',
  },
});

/** How a status reads after "is" / "jest": "in consultation" / "w konsultacjach". */
export function statusWords(status: PlanStatus): Message {
  return plansMessage(`status.${status}`);
}

export function kindLabel(kind: PlanKind): Message {
  return plansMessage(`kind.${kind}`);
}
