// The comment text itself (mentions, paragraphs) is shared with the discussions of tasks and projects.
export { type CommentPiece, commentPieces, mentionToken, paragraphs } from '../../ui/comment-text';

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
