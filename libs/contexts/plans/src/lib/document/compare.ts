import { diffWordsWithSpace } from 'diff';
import type { Section } from './sections';

export interface WordChange {
  readonly kind: 'SAME' | 'ADDED' | 'REMOVED';
  readonly text: string;
}

export interface SectionComparison {
  readonly key: string;
  readonly before: Section | null;
  readonly after: Section | null;
  readonly added: boolean;
  readonly removed: boolean;
  readonly moved: boolean;
  readonly changed: boolean;
  /** Word-level diff of heading and body, present when changed (empty otherwise). */
  readonly headingDiff: readonly WordChange[];
  readonly bodyDiff: readonly WordChange[];
}

/**
 * Beyond this many inserted plus removed words a word diff costs more than it tells (a section
 * rewritten from scratch): the change is then shown whole, removed then added. It bounds the time
 * of comparing long bodies, and, unlike a timeout, gives the same answer on a busy machine.
 */
const MAX_EDIT_LENGTH = 2_000;

/**
 * Compares two revisions section by section, matched by key, in the order a reader of the new
 * revision meets them; a removed section is shown where it stood, after the section it followed.
 * Only the sections that left the longest common order count as moved, so moving one section does
 * not mark every section after it.
 */
export function compareSections(before: readonly Section[], after: readonly Section[]): SectionComparison[] {
  const beforeByKey = new Map(before.map((section) => [section.key, section]));
  const afterKeys = new Set(after.map((section) => section.key));
  const common = after.filter((section) => beforeByKey.has(section.key));
  const beforeIndex = new Map(before.map((section, index) => [section.key, index]));
  const stayed = longestIncreasing(common.map((section) => beforeIndex.get(section.key) ?? 0));
  const unmoved = new Set([...stayed].map((index) => common[index].key));

  // Each removed section follows the one before it in the old order (removed or not); null is the start.
  const removedAfter = new Map<string | null, Section[]>();
  before.forEach((section, index) => {
    if (afterKeys.has(section.key)) return;
    const anchor = index === 0 ? null : before[index - 1].key;
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), section]);
  });

  const result: SectionComparison[] = [];
  const emitRemovedAfter = (anchor: string | null) => {
    for (const section of removedAfter.get(anchor) ?? []) {
      result.push({ key: section.key, before: section, after: null, added: false, removed: true, moved: false, changed: false, headingDiff: [], bodyDiff: [] });
      emitRemovedAfter(section.key);
    }
  };
  emitRemovedAfter(null);
  for (const section of after) {
    const old = beforeByKey.get(section.key) ?? null;
    if (old === null) {
      result.push({ key: section.key, before: null, after: section, added: true, removed: false, moved: false, changed: false, headingDiff: [], bodyDiff: [] });
    } else {
      const changed = old.heading !== section.heading || old.level !== section.level || old.body !== section.body;
      result.push({
        key: section.key,
        before: old,
        after: section,
        added: false,
        removed: false,
        moved: !unmoved.has(section.key),
        changed,
        headingDiff: changed ? diffText(old.heading, section.heading) : [],
        bodyDiff: changed ? diffText(old.body, section.body) : [],
      });
    }
    emitRemovedAfter(section.key);
  }
  return result;
}

/**
 * A word diff that keeps every character: SAME + REMOVED parts spell the old text exactly and
 * SAME + ADDED the new one. jsdiff's diffWords would not do: it ignores whitespace and lets the
 * parts drop or change it. diffWordsWithSpace counts letters with diacritics (ą, ę, ł, ó, ż, …) as
 * word characters, so Polish words are never split.
 */
export function diffText(oldText: string, newText: string): WordChange[] {
  if (oldText === newText) return oldText === '' ? [] : [{ kind: 'SAME', text: oldText }];
  const parts = diffWordsWithSpace(oldText, newText, { maxEditLength: MAX_EDIT_LENGTH });
  const changes: WordChange[] = parts
    ? parts.map((part) => ({ kind: part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'SAME', text: part.value }))
    : [
        { kind: 'REMOVED', text: oldText },
        { kind: 'ADDED', text: newText },
      ];
  const merged: WordChange[] = [];
  for (const change of changes) {
    if (change.text === '') continue;
    const last = merged[merged.length - 1];
    if (last?.kind === change.kind) merged[merged.length - 1] = { kind: last.kind, text: last.text + change.text };
    else merged.push(change);
  }
  return merged;
}

/**
 * Indexes into `values` of one longest strictly increasing subsequence (patience sorting,
 * O(n log n)). With the old positions of the common sections in their new order, that is the
 * largest set of sections that kept their relative order. Among equally long ones it keeps those
 * ending earliest, so of two swapped sections the one moved up is the one marked.
 */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]] < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1];
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.length > 0 ? tails[tails.length - 1] : -1; index !== -1; index = previous[index]) kept.add(index);
  return kept;
}
