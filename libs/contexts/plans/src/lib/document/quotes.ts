import { diffText } from './compare';

/**
 * A passage of a section's body that a comment thread is about. Offsets count UTF-16 code units,
 * as JavaScript strings and the browser Selection API do; `end` is exclusive.
 */
export interface Quote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * True when body.slice(start, end) === text and 0 <= start < end <= body.length and text is not
 * blank. Offsets must also be whole numbers and fall between characters: an offset inside a
 * surrogate pair (half an emoji) is refused, as no selection in a browser makes one and the
 * half-character it leaves could not be shown.
 */
export function quoteFits(body: string, quote: Quote): boolean {
  const { text, start, end } = quote;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start < end &&
    end <= body.length &&
    text.trim() !== '' &&
    body.slice(start, end) === text &&
    !splitsPair(body, start) &&
    !splitsPair(body, end)
  );
}

/**
 * Where the quote is in a new version of the section's body, so that a thread keeps pointing at
 * its passage when the text around it changes. The old offset is carried through the word diff
 * of old body → new body, and of the places the quoted text now occurs (exactly; no fuzzy
 * matching) the one nearest to it is taken, the earlier on a tie. That picks the right one of
 * several occurrences when text was written before the quote, where the nearest to the old offset
 * would be another. Null when the text no longer occurs: the passage was edited or deleted.
 * Needs the old body for that mapping, hence three arguments.
 */
export function relocateQuote(oldBody: string, newBody: string, quote: Quote): Quote | null {
  if (quote.text.trim() === '') return null;
  const expected = oldBody === newBody ? quote.start : mapOffset(oldBody, newBody, quote.start);
  let best: number | null = null;
  for (let at = newBody.indexOf(quote.text); at !== -1; at = newBody.indexOf(quote.text, at + 1)) {
    if (best === null || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
    // Occurrences come in increasing order: past the expected place they only get farther.
    if (at >= expected) break;
  }
  return best === null ? null : { text: quote.text, start: best, end: best + quote.text.length };
}

/**
 * The offset in the new text of what stood at `offset` in the old one. Inside unchanged text it
 * is exact; inside a removed part it is where the replacement (if any) begins.
 */
function mapOffset(oldText: string, newText: string, offset: number): number {
  let oldAt = 0;
  let newAt = 0;
  for (const change of diffText(oldText, newText)) {
    const length = change.text.length;
    if (change.kind === 'ADDED') {
      newAt += length;
      continue;
    }
    if (offset < oldAt + length) return change.kind === 'SAME' ? newAt + (offset - oldAt) : newAt;
    oldAt += length;
    if (change.kind === 'SAME') newAt += length;
  }
  return newAt;
}

function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
