/** A piece of a comment's text: plain text, or a mention of someone, written @[Name](user id). */
export type CommentPiece = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'mention'; readonly name: string; readonly userId: string };

const MENTION = /@\[([^\]\n]{1,200})\]\(([0-9a-fA-F-]{36})\)/g;

/** Splits a comment into text and mentions, in order (the API's own mention syntax). */
export function commentPieces(body: string): CommentPiece[] {
  const pieces: CommentPiece[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    const at = match.index ?? 0;
    if (at > last) pieces.push({ kind: 'text', text: body.slice(last, at) });
    pieces.push({ kind: 'mention', name: match[1], userId: match[2] });
    last = at + match[0].length;
  }
  if (last < body.length) pieces.push({ kind: 'text', text: body.slice(last) });
  return pieces;
}

/** The token that mentions someone; brackets in a name would end it early, so they are dropped. */
export function mentionToken(name: string, userId: string): string {
  return `@[${name.replace(/[[\]]/g, '')}](${userId})`;
}

/** A comment's paragraphs (blank lines apart), each with its line breaks. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

export interface FoundQuote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What may stand between two words of rendered text in the Markdown source: spaces, emphasis marks, list markers. */
const GAP = String.raw`(?:[\s*_~\x60>]|\d{1,3}[.)](?=\s)|[-+](?=\s))+`;

/**
 * Where a passage a reader selected (rendered text) is in a section's Markdown body, as the API
 * wants a quote: the body's own text between UTF-16 offsets. The exact text first; else the same
 * words with Markdown's marks between them (a selection across **bold** or list items).
 */
export function findQuote(body: string, selected: string): FoundQuote | null {
  const wanted = selected.trim();
  if (!wanted) return null;
  const exact = body.indexOf(wanted);
  if (exact >= 0) return { text: wanted, start: exact, end: exact + wanted.length };
  const words = wanted.split(/\s+/).filter(Boolean);
  if (words.length > 400) return null;
  const match = new RegExp(words.map(escape).join(GAP)).exec(body);
  if (!match) return null;
  return { text: match[0], start: match.index, end: match.index + match[0].length };
}
