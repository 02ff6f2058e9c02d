import type { Translate } from '../../i18n/I18n';
import { INTL_TAG, type Locale } from '../../i18n/locale';

const UNITS = ['kB', 'MB', 'GB'] as const;

/**
 * A file's size as people read it: "1,2 MB", "340 kB", "12 bajtów" (1024 to the next unit, as
 * file managers count; one decimal below 10 of a unit, none above, the language's own digits).
 */
export function fileSize(bytes: number, locale: Locale, t: Translate): string {
  if (bytes < 1024) return t('discussion.size.bytes', { n: bytes });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Rounding may carry to the next unit (1023,96 kB shows as 1 MB, not "1024 kB").
  if (Math.round(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  return `${number}\u00a0${UNITS[unit]}`;
}

const KINDS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'text/csv': 'csv',
  'text/plain': 'text',
};

/** A file's type in words ("Dokument PDF"), from the type the API found in its bytes. */
export function fileKind(contentType: string, t: Translate): string {
  const kind = KINDS[contentType.split(';')[0].trim().toLowerCase()];
  return kind ? t(`discussion.kind.${kind}` as Parameters<Translate>[0]) : t('discussion.kind.other', { type: contentType });
}
