import { DomainError } from '@wspolnie/platform-errors';
import { highlightOf, searchQueryOf } from './search-query';

function refusal(work: () => unknown): DomainError {
  try {
    work();
  } catch (caught) {
    return caught as DomainError;
  }
  throw new Error('the search was taken');
}

describe('reading a search', () => {
  it('keeps letters and digits only, each word once', () => {
    expect(searchQueryOf('  Żłobek, żłobek – 100% grup_szkolnych ', 20)).toEqual({ phrase: 'Żłobek żłobek 100 grup szkolnych', words: ['Żłobek', 'żłobek', '100', 'grup', 'szkolnych'] });
  });

  it.each([
    ['%%%', 'text'],
    ['   ', 'text'],
    ['ż'.repeat(201), 'text'],
    ['a b c d e f g h i j k', 'text'],
  ])('refuses %j on %s', (text, field) => {
    expect(refusal(() => searchQueryOf(text, 20)).details['field']).toBe(field);
  });

  it.each([0, 51, 1.5])('refuses first = %d', (first) => {
    expect(refusal(() => searchQueryOf('zlobek', first)).details['field']).toBe('first');
  });
});

describe('the highlight of a hit', () => {
  const query = searchQueryOf('zlobek', 20);

  it('is the title when the title holds every word', () => {
    expect(highlightOf('Żłobek gminny', 'Opis bez tego słowa.', query)).toBe('Żłobek gminny');
  });

  it('is the part of the text around the word, cut at spaces', () => {
    const text = `${'Bardzo długi wstęp o niczym szczególnym. '.repeat(5)}Tu stanie nowy ŻŁOBEK dla trzydzieściorga dzieci. ${'I jeszcze długie zakończenie. '.repeat(5)}`;
    const highlight = highlightOf('Uzgodnić dojazd', text, query);
    expect(highlight).toContain('nowy ŻŁOBEK dla');
    expect(highlight.startsWith('…')).toBe(true);
    expect(highlight.endsWith('…')).toBe(true);
    expect(highlight.length).toBeLessThanOrEqual(122);
  });
});
