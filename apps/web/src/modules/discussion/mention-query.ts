import { mentionToken } from '../../ui/comment-text';

/** Someone of the partnership who can be mentioned. */
export interface Mentionable {
  readonly userId: string;
  readonly name: string;
  /** What tells two people of the same name apart (their gmina or role). */
  readonly detail?: string | null;
}

/** What is being typed after an "@": where the "@" is and the words after it, up to the cursor. */
export interface MentionQuery {
  readonly start: number;
  readonly query: string;
}

/** Longer than any first name and surname typed to find someone. */
const MAX_QUERY = 40;

/**
 * The mention being typed at the cursor, if any: an "@" at the start or after a space or an
 * opening bracket, then up to 40 characters without a line break or another "@". A name has a
 * space in it, so one is allowed; a finished token (@[Name](id)) is not a query.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  if (at > 0 && !/[\s([{„"']/.test(before[at - 1])) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY || /[\n@[\]()]/.test(query) || /\s\s/.test(query) || /^\s/.test(query)) return null;
  return { start: at, query };
}

/** Lower case without diacritics, so "zieba" finds "Zięba" and "lukasz" "Łukasz". */
export function fold(text: string): string {
  return text.toLocaleLowerCase('pl').normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

/**
 * The people whose name has a word starting with what was typed (each typed word a word of the
 * name, in order), in the reader's alphabetical order; at most `limit`.
 */
export function matchPeople(people: readonly Mentionable[], query: string, compare: (a: string, b: string) => number, limit = 8): Mentionable[] {
  const typed = fold(query).split(/\s+/).filter(Boolean);
  const matches = people.filter((person) => {
    const words = fold(person.name).split(/[\s-]+/);
    let from = 0;
    return typed.every((part) => {
      const found = words.findIndex((word, index) => index >= from && word.startsWith(part));
      if (found < 0) return false;
      from = found + 1;
      return true;
    });
  });
  return [...matches].sort((a, b) => compare(a.name, b.name)).slice(0, limit);
}

/** The text with the query replaced by the person's token and a space; where the cursor goes after it. */
export function insertMention(text: string, query: MentionQuery, caret: number, person: Mentionable): { text: string; caret: number } {
  const token = `${mentionToken(person.name, person.userId)} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, query.start) + token + after, caret: query.start + token.length };
}
