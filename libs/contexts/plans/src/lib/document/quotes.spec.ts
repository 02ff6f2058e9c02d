import { type Quote, quoteFits, relocateQuote } from './quotes';

const DIAGNOSIS = 'Gminy Rajcza, Ujsoły i Milówka tracą mieszkańców. Odpływ młodych jest największy w Ujsołach.';

const quoteOf = (body: string, text: string, from = 0): Quote => {
  const start = body.indexOf(text, from);
  if (start === -1) throw new Error(`"${text}" is not in the body`);
  return { text, start, end: start + text.length };
};

describe('quoted passages', () => {
  describe('quoteFits', () => {
    it('accepts a passage at its offsets', () => {
      expect(quoteFits(DIAGNOSIS, quoteOf(DIAGNOSIS, 'Odpływ młodych'))).toBe(true);
      expect(quoteFits(DIAGNOSIS, { text: DIAGNOSIS, start: 0, end: DIAGNOSIS.length })).toBe(true);
    });

    it('refuses wrong text, offsets out of range or reversed, fractional offsets and blank text', () => {
      const quote = quoteOf(DIAGNOSIS, 'Milówka');
      expect(quoteFits(DIAGNOSIS, { ...quote, text: 'Milowka' })).toBe(false);
      expect(quoteFits(DIAGNOSIS, { ...quote, start: quote.start + 1 })).toBe(false);
      expect(quoteFits(DIAGNOSIS, { text: '', start: 3, end: 3 })).toBe(false);
      expect(quoteFits(DIAGNOSIS, { text: '.', start: DIAGNOSIS.length - 1, end: DIAGNOSIS.length + 1 })).toBe(false);
      expect(quoteFits(DIAGNOSIS, { text: 'G', start: -0.5, end: 0.5 })).toBe(false);
      expect(quoteFits('a   b', { text: '   ', start: 1, end: 4 })).toBe(false);
      expect(quoteFits('a \n\tb', { text: ' \n\t', start: 1, end: 4 })).toBe(false);
    });

    it('counts offsets in UTF-16 code units, as the browser does, so an emoji counts two', () => {
      const body = 'Szlak 🚵 rowerowy 🌲🌲 przez Ujsoły';
      const quote = quoteOf(body, 'rowerowy 🌲🌲');
      expect(quote).toEqual({ text: 'rowerowy 🌲🌲', start: 9, end: 22 });
      expect(quoteFits(body, quote)).toBe(true);
      // Half an emoji at either end is no passage a reader selected.
      expect(quoteFits(body, { text: body.slice(7, 12), start: 7, end: 12 })).toBe(false);
      expect(quoteFits(body, { text: body.slice(9, 19), start: 9, end: 19 })).toBe(false);
    });
  });

  describe('relocateQuote', () => {
    it('keeps the offsets when the body did not change', () => {
      const quote = quoteOf(DIAGNOSIS, 'Ujsoły');
      expect(relocateQuote(DIAGNOSIS, DIAGNOSIS, quote)).toEqual(quote);
    });

    it('follows the passage when text is written before it', () => {
      const newBody = `Według danych GUS z 2024 r. ${DIAGNOSIS}`;
      expect(relocateQuote(DIAGNOSIS, newBody, quoteOf(DIAGNOSIS, 'Odpływ młodych'))).toEqual(quoteOf(newBody, 'Odpływ młodych'));
    });

    it('picks the same one of several occurrences, even when the nearest to the old offset is another', () => {
      const oldBody = 'Rajcza: turystyka. Ujsoły: turystyka.';
      const newBody = 'Rajcza: turystyka. Milówka: turystyka. Ujsoły: turystyka.';
      const second = quoteOf(oldBody, 'turystyka', 20);
      // The old offset of the second one (27) is now the second occurrence of three (28); the third one is the same passage.
      expect(relocateQuote(oldBody, newBody, second)).toEqual(quoteOf(newBody, 'turystyka', 40));
      expect(relocateQuote(oldBody, newBody, quoteOf(oldBody, 'turystyka'))).toEqual(quoteOf(newBody, 'turystyka'));
    });

    it('takes the nearest occurrence when the passage itself was edited away but the words occur elsewhere', () => {
      const oldBody = 'Cel 1: turystyka. Cel 2: drogi. Cel 3: turystyka zimowa.';
      const newBody = 'Cel 1: turystyka. Cel 2: drogi gminne. Cel 3: narciarstwo, turystyka zimowa.';
      expect(relocateQuote(oldBody, newBody, quoteOf(oldBody, 'turystyka zimowa'))).toEqual(quoteOf(newBody, 'turystyka zimowa'));
      // "drogi" kept its place, whatever was added after it.
      expect(relocateQuote(oldBody, newBody, quoteOf(oldBody, 'drogi'))).toEqual(quoteOf(newBody, 'drogi'));
    });

    it('prefers the earlier of two occurrences equally near', () => {
      // A stale quote whose offsets point between two occurrences, three units from each.
      const body = 'ab xx ab';
      expect(relocateQuote(body, body, { text: 'ab', start: 3, end: 5 })).toEqual({ text: 'ab', start: 0, end: 2 });
      expect(relocateQuote(body, body, { text: 'ab', start: 4, end: 6 })).toEqual({ text: 'ab', start: 6, end: 8 });
    });

    it('answers null when the passage is gone', () => {
      const newBody = 'Gminy Rajcza, Ujsoły i Milówka zyskują mieszkańców.';
      expect(relocateQuote(DIAGNOSIS, newBody, quoteOf(DIAGNOSIS, 'tracą mieszkańców'))).toBeNull();
      expect(relocateQuote(DIAGNOSIS, '', quoteOf(DIAGNOSIS, 'Rajcza'))).toBeNull();
      // Exact matching only: another case or lost diacritics is another text.
      expect(relocateQuote(DIAGNOSIS, DIAGNOSIS.replace('Milówka', 'Milowka'), quoteOf(DIAGNOSIS, 'Milówka'))).toBeNull();
      expect(relocateQuote(DIAGNOSIS, DIAGNOSIS, { text: '  ', start: 0, end: 2 })).toBeNull();
    });

    it('moves offsets by whole emoji, in UTF-16 code units', () => {
      const oldBody = 'Szlak rowerowy przez Ujsoły.';
      const newBody = '🚵🚵 Szlak 🌲 rowerowy przez Ujsoły.';
      const found = relocateQuote(oldBody, newBody, quoteOf(oldBody, 'rowerowy przez'));
      expect(found).toEqual({ text: 'rowerowy przez', start: 14, end: 28 });
      expect(found && newBody.slice(found.start, found.end)).toBe('rowerowy przez');
    });
  });
});
