import { createIntl } from 'react-intl';
import { CommentAnchorState, CommentThreadStatus, CommentThreadStepKind, PartnershipRole, PlanKind, PlanStatus } from './graphql.generated';
import { MESSAGES } from '../../i18n/messages';
import { commentPieces, findQuote, mentionToken, paragraphs } from './comment-text';
import { fileNameOf } from '../../ui/download';

const intl = (locale: 'pl' | 'en') => createIntl({ locale: locale === 'pl' ? 'pl-PL' : 'en-GB', messages: MESSAGES[locale] });
type Id = keyof (typeof MESSAGES)['pl'];

describe('plans: labels and plurals', () => {
  const enums: [string, Record<string, string>][] = [
    ['plans.kind', PlanKind],
    ['plans.status', PlanStatus],
    ['plans.anchor', CommentAnchorState],
    ['plans.thread.status', CommentThreadStatus],
    ['plans.step', CommentThreadStepKind],
    ['plans.role', PartnershipRole],
  ];
  it.each(enums)('labels every value of %s in both languages', (prefix, values) => {
    for (const value of Object.values(values)) {
      for (const locale of ['pl', 'en'] as const) expect(MESSAGES[locale][`${prefix}.${value}` as Id]).toBeTruthy();
    }
  });

  it('counts comments with the four Polish plural forms, 0 to 25', () => {
    const pl = intl('pl');
    const counted = Array.from({ length: 26 }, (_, n) => pl.formatMessage({ id: 'plans.count.comments' }, { n }));
    expect(counted.slice(0, 6)).toEqual(['0 komentarzy', '1 komentarz', '2 komentarze', '3 komentarze', '4 komentarze', '5 komentarzy']);
    expect(counted.slice(11, 15)).toEqual(['11 komentarzy', '12 komentarzy', '13 komentarzy', '14 komentarzy']);
    expect(counted.slice(21, 26)).toEqual(['21 komentarzy', '22 komentarze', '23 komentarze', '24 komentarze', '25 komentarzy']);
    expect(pl.formatMessage({ id: 'plans.count.comments' }, { n: 1.5 })).toBe('1,5 komentarza');
    expect(intl('en').formatMessage({ id: 'plans.count.comments' }, { n: 1 })).toBe('1 comment');
    expect(intl('en').formatMessage({ id: 'plans.count.comments' }, { n: 5 })).toBe('5 comments');
  });

  it('counts plans, revisions, threads and open threads in Polish', () => {
    const pl = intl('pl');
    const say = (id: Id, n: number) => pl.formatMessage({ id }, { n });
    expect([1, 2, 5, 22].map((n) => say('plans.list.count', n))).toEqual(['1 plan', '2 plany', '5 planów', '22 plany']);
    expect([1, 2, 5, 12].map((n) => say('plans.count.revisions', n))).toEqual(['1 wersja', '2 wersje', '5 wersji', '12 wersji']);
    expect([0, 1, 3, 5].map((n) => say('plans.count.openThreads', n))).toEqual(['0 otwartych wątków', '1 otwarty wątek', '3 otwarte wątki', '5 otwartych wątków']);
    expect([1, 4, 15].map((n) => say('plans.count.threads', n))).toEqual(['1 wątek', '4 wątki', '15 wątków']);
  });

  it('writes the consultation round with its closing day', () => {
    expect(intl('pl').formatMessage({ id: 'plans.round.until' }, { date: '31.12.2026' })).toBe('Konsultacje do 31.12.2026');
    // The section key example is text, not an ICU argument.
    expect(intl('pl').formatMessage({ id: 'plans.publish.keys' }, { example: '## Diagnoza {#s2}' })).toContain('## Diagnoza {#s2}');
  });
});

describe('comment text', () => {
  it('finds mentions written @[Name](user id) between the text', () => {
    const id = '0b6f0a9e-3a43-4b43-9c1c-5b5c1f7e2a10';
    expect(commentPieces(`Proszę o opinię @[Anna Zięba](${id}), dziękuję.`)).toEqual([
      { kind: 'text', text: 'Proszę o opinię ' },
      { kind: 'mention', name: 'Anna Zięba', userId: id },
      { kind: 'text', text: ', dziękuję.' },
    ]);
    expect(commentPieces('@[Bez id](nie-uuid) zostaje tekstem')).toEqual([{ kind: 'text', text: '@[Bez id](nie-uuid) zostaje tekstem' }]);
    expect(mentionToken('Anna [CWD] Zięba', id)).toBe(`@[Anna CWD Zięba](${id})`);
  });

  it('splits paragraphs on blank lines and keeps line breaks', () => {
    expect(paragraphs('Pierwszy\nwiersz\r\n\r\n\n  Drugi  ')).toEqual(['Pierwszy\nwiersz', 'Drugi']);
  });
});

describe('findQuote', () => {
  const body = '1. **Cel 1. Dostępny obszar:** spójna sieć tras rowerowych i dróg lokalnych.\n2. **Cel 2. Usługi blisko mieszkańców:** opieka nad dziećmi.';

  it('gives the exact passage and its UTF-16 offsets', () => {
    expect(findQuote(body, ' spójna sieć tras ')).toEqual({ text: 'spójna sieć tras', start: 31, end: 47 });
    expect(body.slice(31, 47)).toBe('spójna sieć tras');
  });

  it('finds a selection of rendered text across bold marks and list items, quoting the source as it is', () => {
    const found = findQuote(body, 'Dostępny obszar: spójna');
    expect(found?.text).toBe('Dostępny obszar:** spójna');
    expect(body.slice(found!.start, found!.end)).toBe(found!.text);
    const across = findQuote(body, 'dróg lokalnych.\nCel 2.');
    expect(across && body.slice(across.start, across.end)).toBe('dróg lokalnych.\n2. **Cel 2.');
  });

  it('says when the passage is not in the section', () => {
    expect(findQuote(body, 'trasa przez Przełęcz Glinne')).toBeNull();
    expect(findQuote(body, '   ')).toBeNull();
  });

  it('counts offsets as JavaScript does, astral characters included', () => {
    const withEmoji = 'Rowery 🚲 nad Sołą';
    expect(findQuote(withEmoji, 'nad Sołą')).toEqual({ text: 'nad Sołą', start: 10, end: 18 });
  });
});

describe('fileNameOf', () => {
  it('takes the UTF-8 name of Content-Disposition, else the plain one, else the fallback', () => {
    expect(fileNameOf(`attachment; filename="Komentarze - Strategia.csv"; filename*=UTF-8''Komentarze%20%E2%80%94%20Strategia.csv`, 'x.csv')).toBe('Komentarze — Strategia.csv');
    expect(fileNameOf('attachment; filename="komentarze.csv"', 'x.csv')).toBe('komentarze.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });
});
