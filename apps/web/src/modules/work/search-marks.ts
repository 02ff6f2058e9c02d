/**
 * Where the searched words are in a text, to mark them as the API matched them: case and Polish
 * diacritics ignored ("zlobek" marks "żłobek"). Folding keeps one character for one, so a place
 * found in the folded text is the same place in the original.
 */
function fold(character: string): string {
  const folded = character.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').toLowerCase();
  return Array.from(folded).length === 1 ? folded : character;
}

export function foldText(text: string): string {
  return Array.from(text, fold).join('');
}

/** The words of a search as the API reads them: letters and digits only. */
export function searchWords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map(foldText),
    ),
  ];
}

export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/** The text cut into plain and marked parts (every occurrence of every word). */
export function markedSegments(text: string, words: readonly string[]): Segment[] {
  const chars = Array.from(text);
  const folded = Array.from(foldText(text));
  const marked = new Array<boolean>(chars.length).fill(false);
  const haystack = folded.join('');
  for (const word of words) {
    const needle = Array.from(word);
    if (!needle.length || !haystack.includes(word)) continue;
    // Compared as arrays of code points, so characters outside the BMP keep their places.
    for (let at = 0; at + needle.length <= folded.length; at += 1) {
      let same = true;
      for (let i = 0; i < needle.length && same; i += 1) same = folded[at + i] === needle[i];
      if (same) for (let i = 0; i < needle.length; i += 1) marked[at + i] = true;
    }
  }
  const segments: Segment[] = [];
  chars.forEach((char, index) => {
    const last = segments.at(-1);
    if (last && last.marked === marked[index]) segments[segments.length - 1] = { text: last.text + char, marked: last.marked };
    else segments.push({ text: char, marked: marked[index] });
  });
  return segments;
}
