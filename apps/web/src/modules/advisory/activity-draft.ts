import { type ActivityFormat, type ActivityKind, type ActivityStatus, type AdvisoryActivityDetailsFragment, type CreateActivityInput, type UpdateActivityInput } from './graphql.generated';
import type { Translate } from '../../i18n/I18n';
import { formatDay, parseDay } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import type { FieldError } from '../../ui/field-errors';

/** A gmina the activity served, as typed: the count stays text until it is checked. */
export interface GminaDraft {
  readonly terc: string;
  readonly name: string;
  readonly participants: string;
}

/** The form as the consultant fills it in: text as typed, checked before anything is sent. */
export interface ActivityDraft {
  readonly kind: ActivityKind | '';
  readonly title: string;
  readonly heldOn: string;
  readonly startsAt: string;
  readonly durationMinutes: string;
  readonly format: ActivityFormat;
  readonly place: string;
  readonly link: string;
  readonly topicId: string;
  readonly engagementId: string;
  readonly teamId: string;
  readonly gminas: readonly GminaDraft[];
  readonly outcome: string;
  /** New follow-ups (when recording; later ones are added on the activity's page). */
  readonly followUps: readonly string[];
}

export const LIMITS = { title: 200, place: 300, outcome: 10_000, followUp: 2000, followUps: 50, perGmina: 10_000, minutes: 1440 } as const;

export function emptyDraft(today: string, locale: Locale, teamId = ''): ActivityDraft {
  return { kind: '', title: '', heldOn: formatDay(today, locale), startsAt: '', durationMinutes: '', format: 'ON_SITE', place: '', link: '', topicId: '', engagementId: '', teamId, gminas: [], outcome: '', followUps: [] };
}

export function draftOf(activity: AdvisoryActivityDetailsFragment, locale: Locale): ActivityDraft {
  return {
    kind: activity.kind,
    title: activity.title,
    heldOn: formatDay(activity.heldOn, locale),
    startsAt: activity.startsAt ?? '',
    durationMinutes: String(activity.durationMinutes),
    format: activity.format,
    place: activity.place ?? '',
    link: activity.link ?? '',
    topicId: activity.topicId ?? '',
    engagementId: activity.engagementId ?? '',
    teamId: activity.teamId ?? '',
    gminas: activity.gminas.map((served) => ({ terc: served.gmina.terc, name: served.gmina.name, participants: String(served.participants) })),
    outcome: activity.outcome,
    followUps: [],
  };
}

/** "9:30" → "09:30"; null when it is not a time of day. */
export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, '0')}:${match[2]}` : null;
}

/** A whole number typed by a person ("12", " 1 200 "), or null. */
export function parseCount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '');
  return /^\d{1,6}$/.test(compact) ? Number(compact) : null;
}

const isWebLink = (text: string) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(text.trim());

/** What the API would refuse, said in the form's words before anything is sent. */
export function checkDraft(draft: ActivityDraft, status: ActivityStatus, t: Translate): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (!draft.kind) add('kind', t('advisory.form.kindMissing'));
  if (!draft.title.trim()) add('title', t('advisory.form.titleMissing'));
  else if (draft.title.trim().length > LIMITS.title) add('title', t('advisory.form.tooLong', { max: LIMITS.title }));
  if (!draft.heldOn.trim()) add('heldOn', t('advisory.form.heldOnMissing'));
  else if (!parseDay(draft.heldOn)) add('heldOn', t('advisory.form.heldOnInvalid'));
  if (draft.startsAt.trim() && !parseTime(draft.startsAt)) add('startsAt', t('advisory.form.startsAtInvalid'));
  if (draft.durationMinutes.trim()) {
    const minutes = parseCount(draft.durationMinutes);
    if (minutes === null || minutes < 1 || minutes > LIMITS.minutes) add('durationMinutes', t('advisory.form.durationInvalid', { max: LIMITS.minutes }));
  }
  if (draft.format !== 'ONLINE' && !draft.place.trim()) add('place', t('advisory.form.placeMissing'));
  else if (draft.place.trim().length > LIMITS.place) add('place', t('advisory.form.tooLong', { max: LIMITS.place }));
  if (draft.format !== 'ON_SITE' && !draft.link.trim()) add('link', t('advisory.form.linkMissing'));
  else if (draft.link.trim() && !isWebLink(draft.link)) add('link', t('advisory.form.linkInvalid'));
  if (status === 'RECORDED' && draft.gminas.length === 0) add('gminas', t('advisory.form.gminasMissing'));
  draft.gminas.forEach((gmina, index) => {
    const count = parseCount(gmina.participants);
    if (count === null || count > LIMITS.perGmina) add(`gminas.${index}.participants`, t('advisory.form.participantsInvalid', { gmina: gmina.name, max: LIMITS.perGmina }));
  });
  if (draft.outcome.length > LIMITS.outcome) add('outcome', t('advisory.form.tooLong', { max: LIMITS.outcome }));
  draft.followUps.forEach((text, index) => {
    if (text.trim().length > LIMITS.followUp) add(`followUps.${index}`, t('advisory.form.tooLong', { max: LIMITS.followUp }));
  });
  return errors;
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

function gminasOf(draft: ActivityDraft) {
  return draft.gminas.map((gmina) => ({ terc: gmina.terc, participants: parseCount(gmina.participants) ?? 0 }));
}

/** A checked draft as the API's CreateActivityInput. */
export function createInputOf(draft: ActivityDraft, programmeId: string, status: ActivityStatus): CreateActivityInput {
  const minutes = draft.durationMinutes.trim() ? parseCount(draft.durationMinutes) : null;
  return {
    programmeId,
    kind: draft.kind as ActivityKind,
    title: draft.title.trim(),
    heldOn: parseDay(draft.heldOn),
    startsAt: draft.startsAt.trim() ? parseTime(draft.startsAt) : null,
    ...(minutes === null ? {} : { durationMinutes: minutes }),
    format: draft.format,
    place: draft.format === 'ONLINE' ? null : orNull(draft.place),
    link: draft.format === 'ON_SITE' ? null : orNull(draft.link),
    topicId: draft.topicId || null,
    engagementId: draft.engagementId || null,
    // With an engagement the API takes the engagement's team.
    teamId: draft.engagementId ? null : draft.teamId || null,
    gminas: gminasOf(draft),
    outcome: draft.outcome.trim(),
    status,
    followUps: draft.followUps.map((text) => text.trim()).filter(Boolean),
  };
}

/**
 * Only what the consultant changed since `original` (and the status asked for), so resending
 * after a CONFLICT overwrites nothing they did not touch.
 */
export function updateInputOf(original: ActivityDraft, draft: ActivityDraft, id: string, expectedVersion: number, status: ActivityStatus): UpdateActivityInput {
  const full = createInputOf(draft, '', status);
  const input: UpdateActivityInput = { id, expectedVersion, status };
  const scalar = ['kind', 'title', 'heldOn', 'startsAt', 'format', 'place', 'link', 'topicId', 'outcome'] as const;
  const changed = (field: keyof ActivityDraft) => JSON.stringify(draft[field]) !== JSON.stringify(original[field]);
  for (const field of scalar) {
    // A new format can clear the place or the link.
    const touched = changed(field) || ((field === 'place' || field === 'link') && changed('format'));
    if (touched) Object.assign(input, { [field]: full[field] });
  }
  if (changed('durationMinutes') && full.durationMinutes !== undefined) input.durationMinutes = full.durationMinutes;
  if (changed('engagementId')) input.engagementId = full.engagementId;
  if (changed('teamId') && !draft.engagementId) input.teamId = full.teamId;
  if (JSON.stringify(gminasOf(draft)) !== JSON.stringify(gminasOf(original))) input.gminas = full.gminas;
  return input;
}

/** The fields where two drafts differ (theirs and yours, after a CONFLICT). */
export function differingFields(theirs: ActivityDraft, yours: ActivityDraft): (keyof ActivityDraft)[] {
  const fields: (keyof ActivityDraft)[] = ['kind', 'title', 'heldOn', 'startsAt', 'durationMinutes', 'format', 'place', 'link', 'topicId', 'engagementId', 'teamId', 'gminas', 'outcome'];
  return fields.filter((field) => JSON.stringify(theirs[field]) !== JSON.stringify(yours[field]));
}

const FORM_FIELDS = new Set(['kind', 'title', 'heldOn', 'startsAt', 'durationMinutes', 'format', 'place', 'link', 'topicId', 'engagementId', 'teamId', 'gminas', 'outcome']);

/** Fields the activity form shows (an API refusal naming another is said as a sentence). */
export function isActivityField(field: string): boolean {
  return FORM_FIELDS.has(field) || /^gminas\.\d+\.(participants|terc)$/.test(field) || /^followUps\.\d+$/.test(field);
}
