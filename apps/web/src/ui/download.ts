import type { Translate } from '../i18n/I18n';
import { codeMessage } from './field-errors';

/** The file name a Content-Disposition header gives (RFC 6266: the UTF-8 filename* first). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed escape: the plain name below still serves.
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"/i.exec(disposition) ?? /filename\s*=\s*([^;]+)/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** A refused or failed download, its message ready for the reader. */
export class DownloadError extends Error {}

/** What a status says when the API's answer carries no sentence of its own. */
function statusCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  return 'UNKNOWN';
}

export interface TokenDownload {
  readonly url: string;
  /** The session's access token (refreshed if due); the caller's store owns it. */
  readonly accessToken: () => Promise<string | null>;
  /** The reader's language, so the API's refusals come in it. */
  readonly language: string;
  /** The name to save under when the API gives none. */
  readonly fallbackName: string;
  readonly t: Translate;
}

/**
 * Downloads an API file that needs the bearer token (a plain link carries none) and saves it
 * under the name the API gives; answers that name. Any failure throws a DownloadError in the
 * reader's words: the API's own sentence, else the catalogue's for the status or the network.
 */
export async function downloadWithToken({ url, accessToken, language, fallbackName, t }: TokenDownload): Promise<string> {
  let response: Response;
  try {
    const token = await accessToken();
    response = await fetch(url, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'accept-language': language }, credentials: 'same-origin' });
  } catch {
    throw new DownloadError(codeMessage('NETWORK', t));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: unknown; errors?: { message?: string }[] } | null;
    const message = typeof body?.message === 'string' ? body.message : body?.errors?.[0]?.message;
    throw new DownloadError(message || codeMessage(statusCode(response.status), t));
  }
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
