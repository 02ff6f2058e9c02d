import { type TercProblem, tercProblem } from '@wspolnie/kernel';
import { defineMessages, type Message } from '@wspolnie/platform-i18n';

/** What the gmina register tells people: TERC codes, the register's filters, population figures. */
export const gminasMessage = defineMessages('gminas', {
  en: {
    'noun.gminaWithTerc': 'Gmina with TERC code',

    'terc.invalid': '"{{terc}}" is not a gmina TERC code: {{problem}}.',
    'terc.sevenDigits': 'not seven digits',
    'terc.voivodeship': 'unknown voivodeship part',
    'terc.powiat': 'unknown powiat part',
    'terc.gminaPart': 'gmina part must be 01-99',
    'terc.type': 'not a gmina type (last digit must be 1, 2 or 3)',
    'terc.unknown': '{{terc}} is not a gmina in the TERC register.',

    'filter.searchLength': '{{field}} must be 1 to {{max}} characters long.',
    'filter.searchLetter': '{{field}} must contain a letter or a digit.',
    'filter.voivodeshipCode': '{{field}} must be two digits, e.g. "24".',
    'filter.powiatCode': '{{field}} must be four digits, e.g. "2417".',

    population: '{{field}} must be a whole number of residents, 0 or more.',
  },
  pl: {
    'noun.gminaWithTerc': 'Gmina o kodzie TERC',

    'terc.invalid': '„{{terc}}” nie jest kodem TERC gminy: {{problem}}.',
    'terc.sevenDigits': 'kod musi mieć siedem cyfr',
    'terc.voivodeship': 'nieznany kod województwa (dwie pierwsze cyfry)',
    'terc.powiat': 'nieznany kod powiatu (trzecia i czwarta cyfra)',
    'terc.gminaPart': 'numer gminy (piąta i szósta cyfra) musi wynosić od 01 do 99',
    'terc.type': 'ostatnia cyfra, oznaczająca rodzaj gminy, musi być 1, 2 lub 3',
    'terc.unknown': 'W rejestrze TERC nie ma gminy o kodzie {{terc}}.',

    'filter.searchLength': '{{field}} musi mieć od 1 do {{max}} znaków.',
    'filter.searchLetter': '{{field}} musi zawierać literę lub cyfrę.',
    'filter.voivodeshipCode': '{{field}} musi składać się z dwóch cyfr, np. „24”.',
    'filter.powiatCode': '{{field}} musi składać się z czterech cyfr, np. „2417”.',

    population: '{{field}} musi być liczbą mieszkańców: liczbą całkowitą, 0 lub większą.',
  },
});

const PROBLEM_KEYS: Record<TercProblem, Parameters<typeof gminasMessage>[0]> = {
  'not seven digits': 'terc.sevenDigits',
  'unknown voivodeship part': 'terc.voivodeship',
  'unknown powiat part': 'terc.powiat',
  'gmina part must be 01-99': 'terc.gminaPart',
  'not a gmina type (last digit must be 1, 2 or 3)': 'terc.type',
};

/** Why `terc` is not a gmina TERC code, in the reader's language; null when it is one. */
export function tercCodeProblem(terc: string): Message | null {
  const problem = tercProblem(terc);
  return problem ? gminasMessage('terc.invalid', { terc: terc.slice(0, 40), problem: gminasMessage(PROBLEM_KEYS[problem]) }) : null;
}
