import { parseDay } from '../../i18n/format';
import { type Translate, useT } from '../../i18n/I18n';
import { type ApiProblem, errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { isTimeOfDay, normaliseTime } from './council-text';

/** A meeting as its form holds it: the day as typed (dd.mm.rrrr), the hours as typed. */
export interface MeetingDraft {
  readonly title: string;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly place: string;
  readonly onlineUrl: string;
}

export const EMPTY_MEETING: MeetingDraft = { title: '', date: '', startTime: '', endTime: '', place: '', onlineUrl: '' };

/** "2026-02-12" → "12.02.2026", the form parseDay reads back. */
export const typedDay = (iso: string) => iso.split('-').reverse().join('.');

/**
 * What the form can tell before sending: a title, a real day, hours as HH:MM. Whether the end is
 * after the start is the API's to say (its message names the field).
 */
export function meetingDraftProblems(t: Translate, draft: MeetingDraft): { field: string; message: string }[] {
  return [
    ...(draft.title.trim() ? [] : [{ field: 'title', message: t('council.new.titleMissing') }]),
    ...(parseDay(draft.date) ? [] : [{ field: 'date', message: t('council.new.dateInvalid') }]),
    ...(isTimeOfDay(normaliseTime(draft.startTime)) ? [] : [{ field: 'startTime', message: t('council.new.timeInvalid') }]),
    ...(isTimeOfDay(normaliseTime(draft.endTime)) ? [] : [{ field: 'endTime', message: t('council.new.timeInvalid') }]),
  ];
}

/** The draft as the API takes it; empty place and link are left out (or cleared, on an edit). */
export function meetingInput(draft: MeetingDraft) {
  return {
    title: draft.title.trim(),
    date: parseDay(draft.date) ?? draft.date.trim(),
    startTime: normaliseTime(draft.startTime),
    endTime: normaliseTime(draft.endTime),
    place: draft.place.trim() || null,
    onlineUrl: draft.onlineUrl.trim() || null,
  };
}

/** Only what the edit changed (the API refuses a new day or hours once the meeting has started). */
export function changedMeetingInput(draft: MeetingDraft, base: MeetingDraft): Partial<ReturnType<typeof meetingInput>> {
  const now = meetingInput(draft);
  const before = meetingInput(base);
  return Object.fromEntries(Object.entries(now).filter(([field, value]) => value !== before[field as keyof typeof before]));
}

export function meetingLabels(t: Translate): Record<keyof MeetingDraft, string> {
  return {
    title: t('council.new.titleLabel'),
    date: t('council.new.dateLabel'),
    startTime: t('council.new.startLabel'),
    endTime: t('council.new.endLabel'),
    place: t('council.new.placeLabel'),
    onlineUrl: t('council.new.onlineLabel'),
  };
}

/** The fields of a meeting, for calling one and for changing one. */
export function MeetingFields({
  draft,
  onChange,
  problem,
  idPrefix,
  timeFixed = false,
}: {
  draft: MeetingDraft;
  onChange: (draft: MeetingDraft) => void;
  problem: ApiProblem | null;
  idPrefix: string;
  /** A meeting that has started keeps its day and hours (its resolutions are dated by them). */
  timeFixed?: boolean;
}) {
  const { t } = useT();
  const labels = meetingLabels(t);
  const field = (name: keyof MeetingDraft) => ({
    idPrefix,
    name,
    label: labels[name],
    value: draft[name],
    error: errorFor(problem, name),
    onChange: (event: { target: { value: string } }) => onChange({ ...draft, [name]: event.target.value }),
  });
  return (
    <>
      <TextField {...field('title')} maxLength={200} />
      {timeFixed ? (
        <p className="field__hint">{t('council.meeting.timeFixed')}</p>
      ) : (
        <>
          <TextField {...field('date')} hint={t('council.new.dateHint')} inputMode="numeric" autoComplete="off" className="field__input--short" />
          <div className="council-times">
            <TextField {...field('startTime')} hint={t('council.new.timeHint')} inputMode="numeric" autoComplete="off" className="field__input--short" />
            <TextField {...field('endTime')} hint={t('council.new.timeHint')} inputMode="numeric" autoComplete="off" className="field__input--short" />
          </div>
        </>
      )}
      <TextField {...field('place')} hint={t('council.new.placeHint')} maxLength={300} />
      <TextField {...field('onlineUrl')} hint={t('council.new.onlineHint')} type="url" inputMode="url" autoComplete="url" maxLength={2000} />
    </>
  );
}
