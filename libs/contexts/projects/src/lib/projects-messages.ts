import { formatWarsawTime } from '@wspolnie/kernel';
import { defineMessages, type InEachLanguage, inEachLanguage, type Message } from '@wspolnie/platform-i18n';

/**
 * What the projects context tells people: projects, the pipeline, budgets and indicators, and
 * the policy table's words. Tasks have their own namespace (task-messages.ts). A message has
 * the same values in both languages, so amounts are written with formatPln and days with
 * formatWarsawTime in either. The Polish stage labels are also the schema's descriptions.
 */
export const projectsMessage = defineMessages('projects', {
  en: {
    'noun.project': 'Project',
    'project.reference': 'Only a joint project of this partnership can be named here.',

    'action.project.read': 'seeing projects, their budgets and tasks',
    'action.project.create': 'creating projects',
    'action.project.edit': 'preparing projects (their sheet, budget and indicators)',
    'action.project.stage.change': 'moving projects through the pipeline',
    'action.task.create': 'adding tasks',
    'action.task.edit': 'editing and moving tasks',
    'action.project.archive': 'archiving and restoring projects',
    'action.task.archive': 'archiving and restoring tasks',
    'condition.forLeadGmina': 'where their gmina leads the project',

    'stage.IDEA': 'Idea',
    'stage.CONCEPT': 'Concept',
    'stage.PREPARATION': 'Preparation (documentation, studies)',
    'stage.APPLICATION_SUBMITTED': 'Application submitted',
    'stage.FUNDED': 'Funded (grant agreement)',
    'stage.IN_IMPLEMENTATION': 'In implementation',
    'stage.COMPLETED': 'Completed',
    'stage.REJECTED': 'Rejected',
    'stage.WITHDRAWN': 'Withdrawn',

    'programme.FE_SL': 'European Funds for Silesia 2021–2027 (FE SL)',
    'programme.FENIKS': 'European Funds for Infrastructure, Climate, Environment (FEnIKS)',
    'programme.FERS': 'European Funds for Social Development (FERS)',
    'programme.KPO': 'National Recovery Plan (KPO)',
    'programme.RFRD': 'Government Road Development Fund (RFRD)',
    'programme.SENIOR_PLUS': 'the multiannual programme „Senior+”',
    'programme.AKTYWNY_MALUCH': 'the programme „Aktywny Maluch”',
    'programme.EEA_NORWAY_GRANTS': 'EEA and Norway Grants',
    'programme.OTHER': 'another source',

    quoted: '„{{text}}”',
    'list.or': '{{first}} or {{last}}',
    'list.comma': '{{first}}, {{next}}',

    'project.cannotMove': 'The project „{{title}}” is at the stage „{{from}}”; it cannot move to „{{to}}”. It can move to {{allowed}}.',
    'project.cannotMoveFinal': 'The project „{{title}}” is at the stage „{{from}}”, which is final; it cannot move to „{{to}}”.',
    'project.alreadyAtStage': 'The project „{{title}}” is already at the stage „{{stage}}”.',
    'project.alreadyArchived': 'The project „{{title}}” is already archived.',
    'project.notArchived': 'The project „{{title}}” is not archived.',
    'project.archived': 'The project „{{title}}” is archived; restore it first.',
    'project.sharesChanged': 'The cost shares of „{{title}}” have changed since the motion named them; the council can approve only the shares the budget now has.',
    'project.endsBeforeStart': 'The project cannot end ({{endsOn}}) before it starts ({{startsOn}}).',
    'project.noSuchThematicArea': 'There is no such thematic area.',
    'project.ownGminaMissing': 'As an official of {{gmina}} you can create only projects it takes part in: add it to the participants.',
    'project.ownGminaMissingUnnamed': 'As a gmina official you can create only projects your gmina takes part in: add it to the participants.',
    'project.leadGminaTerc': 'The lead gmina\'s TERC code has seven digits, e.g. "2417112".',
    'indicator.baseline': 'The baseline is a number with at most three decimals, such as "0" or "12.5".',
    'indicator.target': 'The target is a number with at most three decimals, such as "40" or "12.5".',

    'budget.totalNegative': 'The total cost cannot be negative ({{amount}}).',
    'budget.shareNegative': 'The cost share of {{gmina}} cannot be negative ({{amount}}).',
    'budget.sharesShort': 'The cost shares add up to {{shared}}, not the total cost of {{total}} (short by {{gap}}).',
    'budget.sharesOver': 'The cost shares add up to {{shared}}, not the total cost of {{total}} (over by {{gap}}).',
    'budget.fundingNegative': 'A funding amount cannot be negative: {{programme}}, {{amount}}.',
    'budget.rate': 'The co-financing rate is a percentage from 0 to 100 with at most two decimals, e.g. "85" or "79.71"; "{{rate}}" ({{programme}}) is not.',
    'budget.fundingExceeds': 'Funding of {{funded}} exceeds the total cost of {{total}}.',
    'budget.notMember': '{{gmina}} ({{terc}}) is not a member of the partnership „{{partnership}}”.',
    'budget.listedTwice': '{{gmina}} is listed among the participants twice.',
    'budget.noLead': 'Name exactly one lead gmina among the participants; none is marked as the lead.',
    'budget.manyLeads': 'Name exactly one lead gmina among the participants; these are all marked as the lead: {{gminas}}.',
    'budget.memberLeft': 'A participant stopped being a member of the partnership meanwhile; reload the partnership and try again.',
  },
  pl: {
    'noun.project': 'Projekt',
    'project.reference': 'Wskazać tu można tylko wspólny projekt tego partnerstwa.',

    'action.project.read': 'przeglądanie projektów, ich budżetów i zadań',
    'action.project.create': 'tworzenie projektów',
    'action.project.edit': 'przygotowywanie projektów (fiszki, budżetu i wskaźników)',
    'action.project.stage.change': 'przenoszenie projektów między etapami',
    'action.task.create': 'dodawanie zadań',
    'action.task.edit': 'edytowanie i przenoszenie zadań',
    'action.project.archive': 'archiwizowanie i przywracanie projektów',
    'action.task.archive': 'archiwizowanie i przywracanie zadań',
    'condition.forLeadGmina': 'gdy ich gmina jest wiodąca w projekcie',

    'stage.IDEA': 'Pomysł',
    'stage.CONCEPT': 'Koncepcja',
    'stage.PREPARATION': 'Przygotowanie (dokumentacja, studium)',
    'stage.APPLICATION_SUBMITTED': 'Wniosek złożony',
    'stage.FUNDED': 'Dofinansowany (umowa)',
    'stage.IN_IMPLEMENTATION': 'W realizacji',
    'stage.COMPLETED': 'Zakończony',
    'stage.REJECTED': 'Odrzucony',
    'stage.WITHDRAWN': 'Wycofany',

    'programme.FE_SL': 'Fundusze Europejskie dla Śląskiego 2021–2027',
    'programme.FENIKS': 'Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko',
    'programme.FERS': 'Fundusze Europejskie dla Rozwoju Społecznego',
    'programme.KPO': 'Krajowy Plan Odbudowy',
    'programme.RFRD': 'Rządowy Fundusz Rozwoju Dróg',
    'programme.SENIOR_PLUS': 'Program wieloletni „Senior+”',
    'programme.AKTYWNY_MALUCH': 'Program „Aktywny Maluch”',
    'programme.EEA_NORWAY_GRANTS': 'Fundusze EOG i norweskie',
    'programme.OTHER': 'inne źródło',

    quoted: '„{{text}}”',
    'list.or': '{{first}} lub {{last}}',
    'list.comma': '{{first}}, {{next}}',

    'project.cannotMove': 'Projekt „{{title}}” jest na etapie „{{from}}”; nie można go przenieść do etapu „{{to}}”. Może przejść do etapu {{allowed}}.',
    'project.cannotMoveFinal': 'Projekt „{{title}}” jest na etapie „{{from}}”, który jest końcowy; nie można go przenieść do etapu „{{to}}”.',
    'project.alreadyAtStage': 'Projekt „{{title}}” jest już na etapie „{{stage}}”.',
    'project.alreadyArchived': 'Projekt „{{title}}” jest już zarchiwizowany.',
    'project.notArchived': 'Projekt „{{title}}” nie jest zarchiwizowany.',
    'project.archived': 'Projekt „{{title}}” jest zarchiwizowany; najpierw go przywróć.',
    'project.sharesChanged': 'Udziały w kosztach projektu „{{title}}” zmieniły się od chwili, gdy wskazał je wniosek; Rada może zatwierdzić tylko udziały, które są teraz w budżecie.',
    'project.endsBeforeStart': 'Data zakończenia projektu ({{endsOn}}) nie może być wcześniejsza niż data jego rozpoczęcia ({{startsOn}}).',
    'project.noSuchThematicArea': 'Nie ma takiego obszaru tematycznego.',
    'project.ownGminaMissing': 'Jako urzędnik gminy {{gmina}} możesz tworzyć tylko projekty, w których ta gmina uczestniczy: dodaj ją do uczestników.',
    'project.ownGminaMissingUnnamed': 'Jako urzędnik gminy możesz tworzyć tylko projekty, w których uczestniczy Twoja gmina: dodaj ją do uczestników.',
    'project.leadGminaTerc': 'Kod TERC gminy wiodącej ma siedem cyfr, np. „2417112”.',
    'indicator.baseline': 'Wartość bazowa musi być liczbą o najwyżej trzech miejscach po kropce dziesiętnej, np. „0” albo „12.5”.',
    'indicator.target': 'Wartość docelowa musi być liczbą o najwyżej trzech miejscach po kropce dziesiętnej, np. „40” albo „12.5”.',

    'budget.totalNegative': 'Koszt całkowity nie może być ujemny ({{amount}}).',
    'budget.shareNegative': 'Udział gminy {{gmina}} w kosztach nie może być ujemny ({{amount}}).',
    'budget.sharesShort': 'Udziały w kosztach sumują się do {{shared}}, a nie do kosztu całkowitego {{total}} (brakuje {{gap}}).',
    'budget.sharesOver': 'Udziały w kosztach sumują się do {{shared}}, a nie do kosztu całkowitego {{total}} (o {{gap}} za dużo).',
    'budget.fundingNegative': 'Kwota dofinansowania nie może być ujemna: {{programme}}, {{amount}}.',
    'budget.rate': 'Poziom dofinansowania to procent od 0 do 100 z najwyżej dwoma miejscami po kropce dziesiętnej, np. „85” albo „79.71”; „{{rate}}” ({{programme}}) nim nie jest.',
    'budget.fundingExceeds': 'Dofinansowanie w kwocie {{funded}} przekracza koszt całkowity {{total}}.',
    'budget.notMember': 'Gmina {{gmina}} ({{terc}}) nie należy do partnerstwa „{{partnership}}”.',
    'budget.listedTwice': 'Gmina {{gmina}} występuje wśród uczestników dwukrotnie.',
    'budget.noLead': 'Wskaż dokładnie jedną gminę wiodącą wśród uczestników; żadna nie jest oznaczona jako wiodąca.',
    'budget.manyLeads': 'Wskaż dokładnie jedną gminę wiodącą wśród uczestników; jako wiodące oznaczono gminy: {{gminas}}.',
    'budget.memberLeft': 'Jeden z uczestników w międzyczasie przestał należeć do partnerstwa; wczytaj partnerstwo ponownie i spróbuj jeszcze raz.',
  },
});

/** A calendar day as Wspólnie writes it in messages, in either language: "31 marca 2027". */
export function dayText(day: string): InEachLanguage {
  return inEachLanguage((locale) => formatWarsawTime(new Date(`${day}T12:00:00Z`), 'day', locale));
}

/** Labels as one phrase, each in quotes: „a”, „b” lub „c”. */
export function quotedList(labels: readonly Message[]): Message {
  const quoted = labels.map((text) => projectsMessage('quoted', { text }));
  const commas = (items: readonly Message[]): Message => (items.length === 1 ? items[0] : projectsMessage('list.comma', { first: commas(items.slice(0, -1)), next: items[items.length - 1] }));
  return quoted.length === 1 ? quoted[0] : projectsMessage('list.or', { first: commas(quoted.slice(0, -1)), last: quoted[quoted.length - 1] });
}
