import busboy from 'busboy';
import { DomainError, type FieldProblem } from '@wspolnie/platform-errors';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { attachmentMessage } from './attachment-messages';

export interface IncomingFile {
  /** The name the client gave, cleaned (see cleanFileName). */
  readonly name: string;
  /** The bytes as they arrive; fails with BAD_USER_INPUT (TOO_LARGE) past the limit. */
  readonly stream: Readable;
}

/** Marks the refusal of a file over the limit, which HTTP answers 413 rather than 400. */
export const TOO_LARGE = 'tooLarge';

/**
 * Reads one file from a multipart/form-data request as a stream (busboy), never whole: `store`
 * gets it as it arrives and its result is answered once the request has been read to the end.
 * Anything else in the request (another file, a field) refuses it; a file `store` has already
 * kept is then handed to `undo`, so a refused request leaves nothing.
 */
export function receiveFile<T>(request: IncomingMessage, maxBytes: number, store: (file: IncomingFile) => Promise<T>, undo: (stored: T) => Promise<void>): Promise<T> {
  if (!/^multipart\/form-data\s*;/i.test(request.headers['content-type'] ?? '')) return Promise.reject(DomainError.badInput('file', attachmentMessage('notMultipart')));
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // busboy stops at its limit even when the file ends there: one byte more tells a file of exactly the limit from a larger one.
      // UTF-8 names ("Karta projektu – żłobek.pdf"); busboy's default reads them as Latin-1.
      parser = busboy({ headers: request.headers, defParamCharset: 'utf8', limits: { fileSize: maxBytes + 1, files: 1, fields: 0 } });
    } catch (error) {
      return reject(malformed(error));
    }
    let stored: Promise<T> | null = null;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      request.unpipe(parser);
      // The rest of the body is read and dropped, so the client gets the answer, not a reset.
      request.resume();
      stored?.then(undo, () => undefined).catch(() => undefined);
      reject(error);
    };
    parser.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return fail(DomainError.badInput(field, attachmentMessage('unknownField', { name: field.slice(0, 40) })));
      }
      stream.on('limit', () => stream.destroy(tooLarge(maxBytes)));
      // Called in this tick, so `store` takes the stream (and its errors) before busboy writes more to it.
      try {
        stored = store({ name: cleanFileName(info.filename ?? ''), stream });
      } catch (error) {
        stream.resume();
        return fail(error);
      }
      stored.catch(fail);
    });
    parser.on('field', (name) => fail(DomainError.badInput(name, attachmentMessage('unknownField', { name: name.slice(0, 40) }))));
    parser.on('filesLimit', () => fail(DomainError.badInput('file', attachmentMessage('oneFile'))));
    parser.on('fieldsLimit', () => fail(DomainError.badInput('file', attachmentMessage('oneFile'))));
    parser.on('error', (error) => fail(malformed(error)));
    parser.on('close', () => {
      if (!stored) return fail(DomainError.badInput('file', attachmentMessage('noFile')));
      stored.then((value) => {
        if (settled) return void undo(value).catch(() => undefined);
        settled = true;
        resolve(value);
      }, fail);
    });
    request.on('aborted', () => fail(malformed(new Error('the connection was closed'))));
    request.pipe(parser);
  });
}

function tooLarge(maxBytes: number): DomainError {
  const limit = maxBytes >= 1024 * 1024 ? `${+(maxBytes / 1024 / 1024).toFixed(1)} MiB` : maxBytes >= 1024 ? `${+(maxBytes / 1024).toFixed(1)} KiB` : `${maxBytes} B`;
  const error = DomainError.badInput('file', attachmentMessage('tooLarge', { limit }));
  (error.details as { reason?: string }).reason = TOO_LARGE;
  return error;
}

function malformed(error: unknown): DomainError {
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 120);
  return DomainError.badInput('file', attachmentMessage('malformed', { reason }));
}

/** What a file name must not carry whatever system saves it: path separators, controls, reserved characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}\p{Cf}]+/gu;

/**
 * The name as it is saved and shown: NFC (macOS sends NFD), without any folder a browser
 * leaves in it, without characters a file system or a header refuses; at most 255 characters.
 */
export function cleanFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).at(-1) ?? '';
  const name = base.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  if (!name || [...name].length > 255) throw DomainError.invalidFields([{ field: 'file', message: attachmentMessage('badName') } satisfies FieldProblem]);
  return name;
}
