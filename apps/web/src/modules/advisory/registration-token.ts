/** The token of an e-mailed link, from after "#token=" (a fragment never reaches a server's logs). */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.trim() ? token.trim() : null;
}
