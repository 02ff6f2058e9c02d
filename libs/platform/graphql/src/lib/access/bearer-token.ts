/**
 * The token of `Bearer <token>`. HTTP must send the scheme; a WebSocket's connection_init
 * payload may carry the bare token (`strict` false), as some clients send it.
 */
export function bearerToken(value: unknown, strict = false): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string') return null;
  const match = (strict ? /^Bearer\s+(\S+)$/i : /^(?:Bearer\s+)?(\S+)$/i).exec(text.trim());
  return match ? match[1] : null;
}
