import type { Translate } from '../../i18n/I18n';
import { codeMessage } from '../../ui/field-errors';

/** What the API answers an upload with (AttachmentJson), as far as the page reads it. */
export interface Uploaded {
  readonly id: string;
  readonly fileName: string;
}

/** A refused or failed upload, in the reader's words: the API's sentence, else the catalogue's for its status. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface UploadRequest {
  /** The API's route: /projects/:id/attachments or /tasks/:id/attachments. */
  readonly url: string;
  readonly file: File;
  readonly accessToken: () => Promise<string | null>;
  readonly language: string;
  readonly t: Translate;
  /** The share sent so far, 0 to 1, as the browser reports it. */
  readonly onProgress?: (share: number) => void;
}

function statusCode(status: number): string {
  if (status === 0) return 'NETWORK';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 400 || status === 413) return 'BAD_USER_INPUT';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  return 'UNKNOWN';
}

/**
 * Sends one file as multipart/form-data (field `file`) with the session's bearer token, the way
 * the API's upload route takes it (never a cookie: another site's form cannot upload). An
 * XMLHttpRequest rather than fetch: only it reports how much of the body has gone, which the
 * page announces. Answers the attachment; throws an UploadError with the API's message.
 */
export async function uploadFile({ url, file, accessToken, language, t, onProgress }: UploadRequest): Promise<Uploaded> {
  const token = await accessToken();
  const body = new FormData();
  body.append('file', file, file.name);
  return new Promise<Uploaded>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('accept-language', language);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onerror = () => reject(new UploadError(codeMessage('NETWORK', t), 'NETWORK'));
    request.onload = () => {
      const answer = request.response as { id?: unknown; fileName?: unknown; message?: unknown; code?: unknown } | null;
      if (request.status >= 200 && request.status < 300 && answer && typeof answer.id === 'string') {
        resolve({ id: answer.id, fileName: typeof answer.fileName === 'string' ? answer.fileName : file.name });
        return;
      }
      const code = typeof answer?.code === 'string' ? answer.code : statusCode(request.status);
      const message = typeof answer?.message === 'string' && answer.message ? answer.message : codeMessage(code, t);
      reject(new UploadError(message, code));
    };
    request.send(body);
  });
}
