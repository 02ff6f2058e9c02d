/**
 * Mentions as an editor writes them when someone is picked from the partnership's people:
 * `@[Anna Zięba](3f2c5a0e-…)`. The id makes the mention exact (two people may share a name);
 * the name is what readers see and what a refusal names.
 */
const MENTION = /@\[([^\]\n]{1,200})\]\(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\)/g;

export interface Mention {
  readonly name: string;
  readonly userId: string;
}

/** The people a text mentions, each once, in the order they first appear. */
export function mentionsIn(text: string): Mention[] {
  const seen = new Map<string, Mention>();
  for (const match of text.matchAll(MENTION)) {
    const userId = match[2].toLowerCase();
    if (!seen.has(userId)) seen.set(userId, { name: match[1], userId });
  }
  return [...seen.values()];
}

/** The text as people read it: each mention as @Name, without the id an editor keeps in it. */
export function withReadableMentions(text: string): string {
  return text.replace(MENTION, (_whole, name: string) => `@${name}`);
}
