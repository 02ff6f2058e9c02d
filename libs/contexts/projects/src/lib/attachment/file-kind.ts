import { DomainError } from '@wspolnie/platform-errors';
import { fileTypeFromBuffer } from 'file-type';
import { Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';
import { attachmentMessage } from './attachment-messages';

/**
 * The types an attachment may have, by what file-type finds in the bytes. Office documents are
 * zips: file-type reads their entries ([Content_Types].xml, word/…, ODF's `mimetype`), so a zip
 * of anything else, or an executable renamed to .pdf, is refused. Legacy OLE files (.doc,
 * .xls) are not taken: their container is also an installer's (.msi), which only a parser of
 * their directory could tell apart; people are asked to save as DOCX/XLSX or PDF instead.
 */
export const ALLOWED_TYPES: readonly string[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];
const ALLOWED = new Set(ALLOWED_TYPES);

/** Enough for every signature above, the zip's first entries included (file-type reads those). */
const SAMPLE_BYTES = 64 * 1024;

/** Controls that text files do not have (tab, line feed, form feed and carriage return are fine). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** The usual extension of a type taken, for a file uploaded without one. */
export function extensionOf(contentType: string): string {
  if (contentType.startsWith('text/')) return contentType.startsWith('text/csv') ? 'csv' : 'txt';
  const ext: Record<string, string> = {
    'application/pdf': 'pdf',
    'image/png': 'png',
    'image/jpeg': 'jpg',
    'image/gif': 'gif',
    'image/webp': 'webp',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
    'application/vnd.oasis.opendocument.text': 'odt',
    'application/vnd.oasis.opendocument.spreadsheet': 'ods',
    'application/vnd.oasis.opendocument.presentation': 'odp',
  };
  return ext[contentType] ?? 'bin';
}

export interface FileKind {
  readonly contentType: string;
  readonly extension: string;
}

/**
 * Passes a file's bytes through while deciding, from its first 64 KiB, what it is; refuses it
 * (the stream fails with BAD_USER_INPUT on `file`) when that is not an allowed type. Text has
 * no signature: a file with none is taken as text only if all of it is UTF-8 without binary
 * controls, checked as it streams. Memory stays at the sample, whatever the file's size.
 */
export class FileKindSniffer extends Transform {
  kind: FileKind | null = null;
  private sample: Buffer[] = [];
  private sampled = 0;
  private text: TextDecoder | null = null;

  constructor(private readonly fileName: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.kind) return this.pass(chunk, done);
    this.sample.push(chunk);
    this.sampled += chunk.length;
    if (this.sampled < SAMPLE_BYTES) return done();
    this.decide().then(() => this.pass(this.takeSample(), done), done);
  }

  override _flush(done: TransformCallback): void {
    const finish = () => {
      if (this.text) {
        this.text.decode(); // throws on a sequence cut off at the end
      }
      done();
    };
    if (this.kind) return this.safely(finish, done);
    if (this.sampled === 0) return done(DomainError.badInput('file', attachmentMessage('emptyFile')));
    this.decide().then(
      () =>
        this.pass(this.takeSample(), (error, chunk) => {
          if (error) return done(error);
          this.push(chunk);
          this.safely(finish, done);
        }),
      done,
    );
  }

  private async decide(): Promise<void> {
    const sample = Buffer.concat(this.sample);
    this.sample = [sample];
    const found = await fileTypeFromBuffer(sample);
    if (found && ALLOWED.has(found.mime)) {
      this.kind = { contentType: found.mime, extension: found.ext };
      return;
    }
    if (!found) {
      this.text = new TextDecoder('utf-8', { fatal: true });
      this.kind = /\.csv$/i.test(this.fileName) ? { contentType: 'text/csv; charset=utf-8', extension: 'csv' } : { contentType: 'text/plain; charset=utf-8', extension: 'txt' };
      return;
    }
    throw refused(found.ext);
  }

  private takeSample(): Buffer {
    const sample = Buffer.concat(this.sample);
    this.sample = [];
    return sample;
  }

  private pass(chunk: Buffer, done: TransformCallback): void {
    if (this.text && chunk.length) {
      let decoded: string;
      try {
        decoded = this.text.decode(chunk, { stream: true });
      } catch {
        return done(refused());
      }
      if (CONTROL.test(decoded)) return done(refused());
    }
    done(null, chunk);
  }

  private safely(work: () => void, done: TransformCallback): void {
    try {
      work();
    } catch {
      done(refused());
    }
  }
}

function refused(kind?: string): DomainError {
  return DomainError.badInput('file', attachmentMessage('typeRefused', { kind: kind ?? attachmentMessage('kind.unknown') }));
}
