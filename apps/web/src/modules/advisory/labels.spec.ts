import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { MESSAGES } from '../../i18n/messages';
import { FORMAT_LABEL, GMINA_TYPE_LABEL, KIND_LABEL, OPERATOR_KIND_LABEL, REGISTRATION_STATUS_LABEL, ROLE_LABEL, STAGE_LABEL, STATUS_LABEL, TOPIC_KIND_LABEL } from './labels';

const schema = readFileSync(join(__dirname, '../../../../api/schema.graphql'), 'utf8');

/** The values of an enum of the committed schema. */
function enumValues(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? '';
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z_]+$/.test(line));
}

describe('labels of the advisory enums', () => {
  it.each([
    ['ActivityKind', KIND_LABEL],
    ['ActivityFormat', FORMAT_LABEL],
    ['ActivityStatus', STATUS_LABEL],
    ['RegistrationStatus', REGISTRATION_STATUS_LABEL],
    ['ProgrammeRole', ROLE_LABEL],
    ['TopicKind', TOPIC_KIND_LABEL],
    ['OperatorKind', OPERATOR_KIND_LABEL],
    ['PartnershipStage', STAGE_LABEL],
    ['GminaType', GMINA_TYPE_LABEL],
  ])('labels every value of %s in both languages', (name, labels) => {
    const values = enumValues(name);
    expect(values.length).toBeGreaterThan(1);
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const id of Object.values(labels)) {
      expect(MESSAGES.pl[id]).toBeTruthy();
      expect(MESSAGES.en[id]).toBeTruthy();
    }
  });
});

describe('Polish plurals of the advisory messages', () => {
  const say = (id: keyof typeof MESSAGES.pl, n: number) => new IntlMessageFormat(MESSAGES.pl[id], 'pl-PL').format({ n }) as string;

  it('counts activities with the four forms, 0 to 25', () => {
    const expected: Record<number, string> = { 0: 'Brak działań', 1: '1 działanie', 2: '2 działania', 4: '4 działania', 5: '5 działań', 12: '12 działań', 14: '14 działań', 21: '21 działań', 22: '22 działania', 25: '25 działań' };
    for (const [n, text] of Object.entries(expected)) expect(say('advisory.activities.count', Number(n))).toBe(text);
    for (let n = 0; n <= 25; n++) expect(say('advisory.activities.count', n)).not.toMatch(/\{|\}/);
  });

  it('counts minutes, seats, gminas and programmes the same way', () => {
    expect([1, 2, 5, 22, 25].map((n) => say('advisory.activity.minutes', n))).toEqual(['1 minuta', '2 minuty', '5 minut', '22 minuty', '25 minut']);
    expect([1, 3, 11, 24].map((n) => say('advisory.public.seatsLeft', n))).toEqual(['1 miejsce', '3 miejsca', '11 miejsc', '24 miejsca']);
    expect([1, 2, 6, 23].map((n) => say('advisory.engagements.gminas', n))).toEqual(['1 gmina', '2 gminy', '6 gmin', '23 gminy']);
    expect([1, 4, 5].map((n) => say('advisory.programmes.count', n))).toEqual(['1 program', '4 programy', '5 programów']);
    expect(say('advisory.report.notReached', 99)).toBe('99 gmin bez wsparcia w tym okresie');
  });
});
