import { defineMessages, hasMessage, render } from './catalogue';
import { localeOf } from './locale';
import { inEachLanguage } from './message';

const m = defineMessages('spec', {
  en: { stage: 'idea', moved: 'Moved to {{stage}}.', fields: { one: '{{count}} field', other: '{{count}} fields' }, list: 'Problems: {{list}}' },
  pl: { stage: 'pomysł', moved: 'Przeniesiono do etapu „{{stage}}”.', fields: { one: '{{count}} pole', few: '{{count}} pola', many: '{{count}} pól', other: '{{count}} pola' }, list: 'Problemy: {{list}}' },
});

describe('message catalogue', () => {
  it('renders one message in either language, nested messages in the same one', () => {
    const message = m('moved', { stage: m('stage') });
    expect(render(message, 'pl')).toBe('Przeniesiono do etapu „pomysł”.');
    expect(render(message, 'en')).toBe('Moved to idea.');
  });

  it('takes values written per language, such as dates', () => {
    const day = inEachLanguage((locale) => (locale === 'pl' ? '8 grudnia 2026' : '8 December 2026'));
    expect(render(m('moved', { stage: day }), 'pl')).toBe('Przeniesiono do etapu „8 grudnia 2026”.');
    expect(render(m('moved', { stage: day }), 'en')).toBe('Moved to 8 December 2026.');
  });

  it('uses the Polish plural forms', () => {
    expect([1, 2, 5, 22, 25].map((count) => render(m('fields', { count }), 'pl'))).toEqual(['1 pole', '2 pola', '5 pól', '22 pola', '25 pól']);
    expect(render(m('fields', { count: 2 }), 'en')).toBe('2 fields');
  });

  it('joins a list of sentences without doubled full stops', () => {
    expect(render(m('list', { list: [m('moved', { stage: 'a' }), m('moved', { stage: 'b' })] }), 'en')).toBe('Problems: Moved to a; Moved to b');
  });

  it('keeps diacritics and refuses a namespace defined twice', () => {
    expect(render(m('moved', { stage: 'Węgierska Górka' }), 'pl')).toContain('Węgierska Górka');
    expect(() => defineMessages('spec', { en: {}, pl: {} })).toThrow(/twice/);
    expect(hasMessage('spec:moved', 'pl')).toBe(true);
    expect(hasMessage('spec:nothing', 'pl')).toBe(false);
  });
});

describe('localeOf', () => {
  it.each([
    [undefined, 'pl'],
    ['', 'pl'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9', 'pl'],
    ['de;q=1, en;q=0.5, pl;q=0.8', 'pl'],
    ['pl-PL', 'pl'],
    ['*', 'pl'],
  ])('%j answers in %s', (header, locale) => {
    expect(localeOf(header)).toBe(locale);
  });
});
