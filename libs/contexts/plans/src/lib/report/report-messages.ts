import { defineMessages } from '@wspolnie/platform-i18n';

/**
 * What the consultation report and the comments export say: the export's column headers and
 * cells (a protocol is read in the caller's language), and refusals of a round that is not one.
 */
export const reportMessage = defineMessages('plans.report', {
  en: {
    'column.thread': 'Thread',
    'column.sectionKey': 'Section key',
    'column.section': 'Section',
    'column.quote': 'Quoted passage',
    'column.status': 'Thread status',
    'column.anchor': 'Place in the text',
    'column.decisionNote': 'Decision note',
    'column.resolvedBy': 'Resolved by',
    'column.resolvedAt': 'Resolved at',
    'column.round': 'Round',
    'column.comment': 'Comment',
    'column.inReplyTo': 'In reply to',
    'column.author': 'Author',
    'column.gmina': "Author's gmina",
    'column.writtenAt': 'Written at',
    'column.edited': 'Edited',
    'column.text': 'Text',

    'status.OPEN': 'open',
    'status.RESOLVED': 'resolved',
    'anchor.CURRENT': 'current',
    'anchor.QUOTE_NOT_FOUND': 'quote no longer found',
    'anchor.OUTDATED': 'outdated (section removed)',

    yes: 'yes',
    no: 'no',
    deletedComment: '[comment deleted]',
    accountGone: '(account removed)',
    noGmina: 'no gmina',
    gmina: '{{name}} ({{terc}})',

    fileName: '{{title}} – comments',
    fileNameRound: '{{title}} – round {{round}} – comments',
    fileNameOutsideRounds: '{{title}} – comments outside consultation rounds',

    roundNotNumber: 'round is the number of a consultation round (1, 2, …), or 0 for comments made outside a round; „{{value}}” is not one.',
    noSuchRound: 'The plan „{{title}}” has no round {{round}}; its rounds are numbered 1 to {{count}} (0 for comments made outside a round).',
    noRoundsYet: 'The plan „{{title}}” has had no consultation round yet: ask for round 0 (comments on the draft), or for no round at all.',
  },
  pl: {
    'column.thread': 'Wątek',
    'column.sectionKey': 'Klucz sekcji',
    'column.section': 'Sekcja',
    'column.quote': 'Cytowany fragment',
    'column.status': 'Stan wątku',
    'column.anchor': 'Miejsce w tekście',
    'column.decisionNote': 'Rozstrzygnięcie',
    'column.resolvedBy': 'Rozstrzygnięte przez',
    'column.resolvedAt': 'Data rozstrzygnięcia',
    'column.round': 'Tura',
    'column.comment': 'Komentarz',
    'column.inReplyTo': 'W odpowiedzi na',
    'column.author': 'Autor',
    'column.gmina': 'Gmina autora',
    'column.writtenAt': 'Data napisania',
    'column.edited': 'Edytowany',
    'column.text': 'Treść',

    'status.OPEN': 'otwarty',
    'status.RESOLVED': 'rozstrzygnięty',
    'anchor.CURRENT': 'aktualne',
    'anchor.QUOTE_NOT_FOUND': 'cytatu nie ma już w tekście',
    'anchor.OUTDATED': 'nieaktualne (sekcję usunięto)',

    yes: 'tak',
    no: 'nie',
    deletedComment: '[komentarz usunięty]',
    accountGone: '(konto usunięte)',
    noGmina: 'bez gminy',
    gmina: '{{name}} ({{terc}})',

    fileName: '{{title}} – uwagi',
    fileNameRound: '{{title}} – tura {{round}} – uwagi',
    fileNameOutsideRounds: '{{title}} – uwagi spoza tur konsultacji',

    roundNotNumber: 'round to numer tury konsultacji (1, 2, …) albo 0 dla komentarzy spoza tur; „{{value}}” nim nie jest.',
    noSuchRound: 'Plan „{{title}}” nie ma tury {{round}}; jego tury mają numery od 1 do {{count}} (0 dla komentarzy spoza tur).',
    noRoundsYet: 'Plan „{{title}}” nie miał jeszcze tury konsultacji: wybierz turę 0 (komentarze do projektu) albo nie podawaj tury.',
  },
});
