import { DomainError } from '@wspolnie/platform-errors';
import { searchMessage } from './search-messages';

export const LONGEST_SEARCH = 200;
export const MOST_WORDS = 10;
export const MOST_HITS = 50;
const EXCERPT = 120;

/** A search as typed, checked: its words (letters and digits only) in the order given. */
export interface SearchQuery {
  /** The words joined by single spaces: what a title is compared with for exact and prefix matches. */
  readonly phrase: string;
  readonly words: readonly string[];
}

/**
 * Reads what someone typed into words. Only letters and digits make a word, so LIKE's "%" and "_"
 * (and every other sign) never reach a pattern: "%%%" has no word and is refused, not matched
 * against everything. Each refusal comes before any search statement runs.
 */
export function searchQueryOf(text: string, first: number): SearchQuery {
  if (!Number.isInteger(first) || first < 1 || first > MOST_HITS) throw DomainError.badInput('first', searchMessage('first', { max: MOST_HITS }));
  const trimmed = text.trim();
  if (!trimmed) throw DomainError.badInput('text', searchMessage('empty'));
  const length = Array.from(trimmed).length;
  if (length > LONGEST_SEARCH) throw DomainError.badInput('text', searchMessage('tooLong', { max: LONGEST_SEARCH, length }));
  const words = [...new Set(trimmed.split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
  if (!words.length) throw DomainError.badInput('text', searchMessage('noLetter'));
  if (words.length > MOST_WORDS) throw DomainError.badInput('text', searchMessage('tooManyWords', { max: MOST_WORDS, count: words.length }));
  return { phrase: words.join(' '), words };
}

/**
 * Folds one character the way search_fold does for Polish text, keeping one character for one,
 * so a position found in the folded text is the same position in the original. (unaccent knows
 * more than this; a word it folds differently is found by the database but not here, and its
 * excerpt then starts at the beginning.)
 */
function foldCharacter(character: string): string {
  const folded = character.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').toLowerCase();
  return folded.length === character.length ? folded : character.toLowerCase();
}

function foldInPlace(text: string): string {
  return text.replace(/[^\s]/gu, foldCharacter);
}

/** Whether the folded `text` holds every word (as the database compares them). */
export function holdsEveryWord(text: string, query: SearchQuery): boolean {
  const folded = foldInPlace(text);
  return query.words.every((word) => folded.includes(foldInPlace(word)));
}

/**
 * The line to show for a hit: the title when every word is in it, otherwise the part of the
 * text around the first word the title lacks, cut at word boundaries with "…" where it is cut.
 */
export function highlightOf(title: string, text: string, query: SearchQuery): string {
  if (holdsEveryWord(title, query) || !text.trim()) return title;
  const line = text.replace(/\s+/g, ' ').trim();
  const folded = foldInPlace(line);
  const foldedTitle = foldInPlace(title);
  const word = query.words.map(foldInPlace).find((candidate) => !foldedTitle.includes(candidate)) ?? '';
  const at = Math.max(0, folded.indexOf(word));
  if (line.length <= EXCERPT) return line;
  let start = Math.max(0, at - Math.floor(EXCERPT / 3));
  if (start > 0) start = line.indexOf(' ', start) + 1 || start;
  let end = Math.min(line.length, start + EXCERPT);
  if (end < line.length) end = line.lastIndexOf(' ', end) > at ? line.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < line.length ? '…' : ''}`;
}
