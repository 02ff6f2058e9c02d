/**
 * Folds Polish text for search: lower case, no diacritics, hyphens and runs of spaces as one
 * space. NFD alone leaves "ł" intact (it is a letter of its own in Unicode, not l + a mark),
 * so it is mapped explicitly. The same function folds stored names and typed queries, so
 * `wegierska` finds "Węgierska Górka" and `lodz` finds "Łódź".
 */
export function foldPolish(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLocaleLowerCase('pl')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/**
 * A one-line preview of a text: whitespace as single spaces, at most `length` characters
 * (code points, so never half of a character), "…" when cut. Empty when there is no text.
 */
export function excerptOf(text: string | null | undefined, length: number): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  const characters = Array.from(line);
  return characters.length <= length ? line : `${characters.slice(0, length - 1).join('').trimEnd()}…`;
}
