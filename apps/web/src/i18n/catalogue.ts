/**
 * Message catalogues: every label the app shows, by id, in ICU MessageFormat (react-intl).
 * Each module keeps its own catalogue (modules/<name>/messages.ts) in both languages; Polish is
 * the source and the type makes English name exactly the same ids.
 */
export type Catalogue<Ids extends string = string> = { readonly pl: Record<Ids, string>; readonly en: Record<Ids, string> };

/** Declares a module's catalogue; English must have every Polish id and no other. */
export function catalogue<const Pl extends Record<string, string>>(pl: Pl, en: { [K in keyof Pl]: string }): Catalogue<Extract<keyof Pl, string>> {
  return { pl, en } as Catalogue<Extract<keyof Pl, string>>;
}
