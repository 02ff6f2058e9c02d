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

/** The text as a reader sees it: mentions as "@Name" (a conflict panel, a quote in a question). */
export function plainComment(body: string): string {
  return commentPieces(body)
    .map((piece) => (piece.kind === 'mention' ? `@${piece.name}` : piece.text))
    .join('');
}
