import MarkdownIt from 'markdown-it';

/** One part of a plan's text: a heading and what follows it up to the next heading. */
export interface Section {
  /** Stable across revisions, so comments and quotes stay attached when text around them changes. */
  readonly key: string;
  /** 1–6 for a heading; 0 for the text before the first heading (the preamble). */
  readonly level: number;
  readonly heading: string;
  readonly body: string;
  readonly position: number;
}

/** A section of the revision being edited, whose key a new text may keep. */
export interface KnownSection {
  readonly key: string;
  readonly level: number;
  readonly heading: string;
}

export type SectionProblem =
  | { readonly kind: 'unknownKey'; readonly key: string; readonly heading: string; readonly line: number }
  | { readonly kind: 'duplicateKey'; readonly key: string; readonly heading: string; readonly line: number };

export interface SplitResult {
  readonly sections: Section[];
  /** The counter to store for the next split: every key it handed out is below it. */
  readonly nextKeyNumber: number;
  readonly problems: SectionProblem[];
}

/** Short enough to type in an editor, bounded so a key always fits its column. */
export const SECTION_KEY = /^s[1-9][0-9]{0,5}$/;

/**
 * A trailing Pandoc header attribute. Whatever it holds is checked against SECTION_KEY after, so
 * `{#intro}` stays part of the heading instead of being silently dropped.
 */
const KEY_ATTRIBUTE = /(?:^|[ \t]+)\{#([^{}\s]*)\}$/;

// The commonmark preset: no typographer or linkify, nothing that could change what counts as a heading.
const parser = new MarkdownIt('commonmark');

interface ParsedHeading {
  readonly level: number;
  readonly heading: string;
  /** The key written in the heading, when it is a valid one. */
  readonly explicitKey: string | null;
  /** 0-based first line of the heading, and the first line after it. */
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a plan's Markdown into a flat list of sections and gives each a key: the one written in
 * its heading, else the key of an unclaimed known section with the same heading (so a client that
 * strips the `{#sN}` attributes keeps the keys of unchanged headings), else a new one. Only
 * headings at the top level of the document split it: a `#` line in a code block, list item,
 * block quote or HTML block is part of a body, as any Markdown renderer shows it. When there are
 * problems the sections are still returned (with fresh keys where the written ones were refused),
 * for the caller to show along with the problems.
 */
export function splitSections(markdown: string, known: readonly KnownSection[], nextKeyNumber: number): SplitResult {
  const text = markdown.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const headings = parseHeadings(text);
  const problems: SectionProblem[] = [];

  const knownKeys = new Set(known.map((section) => section.key));
  const claimed = new Set<string>();
  // Explicit keys first, so a keyless heading earlier in the text cannot take a key written later.
  const explicit = headings.map((heading) => {
    const key = heading.explicitKey;
    if (key === null) return null;
    const line = heading.start + 1;
    if (!knownKeys.has(key)) {
      problems.push({ kind: 'unknownKey', key, heading: heading.heading, line });
      return null;
    }
    if (claimed.has(key)) {
      problems.push({ kind: 'duplicateKey', key, heading: heading.heading, line });
      return null;
    }
    claimed.add(key);
    return key;
  });

  // A new key never repeats one in use or refused above, whatever counter the caller passes.
  const taken = new Set([...knownKeys, ...headings.flatMap((heading) => (heading.explicitKey ? [heading.explicitKey] : []))]);
  let counter = nextKeyNumber;
  const newKey = () => {
    while (taken.has(`s${counter}`)) counter++;
    const key = `s${counter++}`;
    taken.add(key);
    return key;
  };
  const claimByHeading = (heading: string, preamble: boolean) => {
    const wanted = collapse(heading);
    const match = known.find((section) => !claimed.has(section.key) && (section.level === 0) === preamble && (preamble || collapse(section.heading) === wanted));
    if (!match) return newKey();
    claimed.add(match.key);
    return match.key;
  };

  const sections: Section[] = [];
  const firstLine = headings.length > 0 ? headings[0].start : lines.length;
  const preamble = trimBlankLines(lines.slice(0, firstLine));
  if (preamble !== '') {
    sections.push({ key: claimByHeading('', true), level: 0, heading: '', body: preamble, position: 0 });
  }
  headings.forEach((heading, index) => {
    const next = index + 1 < headings.length ? headings[index + 1].start : lines.length;
    sections.push({
      key: explicit[index] ?? claimByHeading(heading.heading, false),
      level: heading.level,
      heading: heading.heading,
      body: trimBlankLines(lines.slice(heading.end, next)),
      position: sections.length,
    });
  });
  return { sections, nextKeyNumber: counter, problems };
}

/**
 * Writes sections back as Markdown with every key in its heading, the form revisions are shown
 * in, so that an editor sending the text back keeps every key even where it changed the heading.
 * Always ATX headings: a setext heading cannot carry a level above 2.
 */
export function renderMarkdown(sections: readonly Pick<Section, 'key' | 'level' | 'heading' | 'body'>[]): string {
  const parts = sections
    .map((section) => {
      if (section.level === 0) return section.body;
      const heading = `${'#'.repeat(section.level)} ${section.heading} {#${section.key}}`;
      return section.body === '' ? heading : `${heading}\n\n${section.body}`;
    })
    .filter((part) => part !== '');
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}

function parseHeadings(text: string): ParsedHeading[] {
  const tokens = parser.parse(text, {});
  const headings: ParsedHeading[] = [];
  tokens.forEach((token, index) => {
    // Level 0 is the top of the document; deeper headings sit inside list items or block quotes.
    if (token.type !== 'heading_open' || token.level !== 0 || !token.map) return;
    // A multi-line setext heading becomes one line, as it will be written back in ATX form.
    const raw = (tokens[index + 1]?.content ?? '').replace(/[ \t]*\n[ \t]*/g, ' ').trim();
    const attribute = KEY_ATTRIBUTE.exec(raw);
    const valid = attribute !== null && SECTION_KEY.test(attribute[1]);
    headings.push({
      level: Number(token.tag.slice(1)),
      heading: valid ? raw.slice(0, attribute.index).trim() : raw,
      explicitKey: valid ? attribute[1] : null,
      start: token.map[0],
      end: token.map[1],
    });
  });
  return headings;
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

function trimBlankLines(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start])) start++;
  while (end > start && isBlank(lines[end - 1])) end--;
  return lines.slice(start, end).join('\n');
}

function collapse(heading: string): string {
  return heading.trim().replace(/\s+/g, ' ');
}
