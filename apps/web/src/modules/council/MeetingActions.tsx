import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { conflictVersion } from '../../ui/conflict-version';
import { apiProblem, errorFor, fieldId } from '../../ui/field-errors';
import { TextAreaField } from '../../ui/fields';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { CouncilCancelMeetingDocument, CouncilCloseMeetingDocument, CouncilStartMeetingDocument, CouncilUpdateMeetingDocument } from './graphql.generated';
import { useMeetingPage } from './meeting-context';
import { changedMeetingInput, type MeetingDraft, MeetingFields, meetingDraftProblems, meetingLabels, typedDay } from './MeetingFields';

const CANCEL_FORM = 'cancel-meeting';
const EDIT_FORM = 'edit-meeting';

/** The page's <h1>: where focus goes when the actions themselves are gone (the meeting started, closed or cancelled). */
const focusHeading = () => document.querySelector<HTMLElement>('h1')?.focus();

/**
 * What a coordinator (or the chair) does with the meeting: start it, close it, cancel it with a
 * reason, change its time or place. Each sends the version shown; a stale one reloads the meeting
 * and says so, and the next press is a choice over what is shown.
 */
export function MeetingActions() {
  const { t } = useT();
  const { meeting, refresh, announce } = useMeetingPage();
  const [open, setOpen] = useState<'cancel' | 'edit' | null>(null);
  const [start] = useMutation(CouncilStartMeetingDocument);
  const [close] = useMutation(CouncilCloseMeetingDocument);
  const editToggle = useRef<HTMLButtonElement>(null);
  const cancelToggle = useRef<HTMLButtonElement>(null);
  const input = { id: meeting.id, expectedVersion: meeting.version };

  const stale = async (error: unknown) => {
    if (apiProblem(error, t).code === 'CONFLICT') await refresh();
    throw error;
  };
  const starting = useFormSubmit(async () => {
    await start({ variables: { input } }).catch(stale);
    announce(t('council.meeting.started'));
    // The start button is gone: the heading, not <body>, has focus.
    focusHeading();
  });
  const closing = useFormSubmit(async () => {
    await close({ variables: { input } }).catch(stale);
    announce(t('council.meeting.closed'));
    focusHeading();
  });
  const problem = starting.problem ?? closing.problem;
  /** Closes the open form, focus back on the button that opened it. */
  const closeForm = (toggle: HTMLButtonElement | null) => {
    setOpen(null);
    toggle?.focus();
  };

  if (meeting.status === 'CLOSED' || meeting.status === 'CANCELLED') return null;
  return (
    <section aria-labelledby="meeting-actions-heading" className="council-actions">
      <h2 id="meeting-actions-heading" className="visually-hidden">
        {t('council.meeting.actions')}
      </h2>
      {problem && (
        <p className="notice notice--warning" role="alert">
          {problem.message}
        </p>
      )}
      <div className="button-row">
        {meeting.status === 'PLANNED' && (
          <button type="button" className="button button--primary" aria-disabled={starting.pending || undefined} onClick={() => void starting.run()}>
            {t('council.meeting.start')}
          </button>
        )}
        {meeting.status === 'IN_PROGRESS' && (
          <button type="button" className="button button--primary" aria-disabled={closing.pending || undefined} onClick={() => void closing.run()}>
            {t('council.meeting.close')}
          </button>
        )}
        <button ref={editToggle} type="button" className="button" aria-expanded={open === 'edit'} onClick={() => setOpen(open === 'edit' ? null : 'edit')}>
          {meeting.status === 'PLANNED' ? t('council.meeting.edit') : t('council.meeting.editPlace')}
        </button>
        {meeting.status === 'PLANNED' && (
          <button ref={cancelToggle} type="button" className="button button--danger" aria-expanded={open === 'cancel'} onClick={() => setOpen(open === 'cancel' ? null : 'cancel')}>
            {t('council.meeting.cancel')}
          </button>
        )}
      </div>
      {open === 'cancel' && (
        <CancelForm
          onKeep={() => closeForm(cancelToggle.current)}
          onCancelled={() => {
            // The meeting is cancelled: its actions (and the toggle) are gone.
            setOpen(null);
            focusHeading();
          }}
        />
      )}
      {open === 'edit' && <EditForm onDone={() => closeForm(editToggle.current)} />}
    </section>
  );
}

function CancelForm({ onKeep, onCancelled }: { onKeep: () => void; onCancelled: () => void }) {
  const { t } = useT();
  const { meeting, refresh, announce } = useMeetingPage();
  const [reason, setReason] = useState('');
  // The version the form was opened on, as the edit form keeps it: a change meanwhile answers CONFLICT.
  const [base, setBase] = useState(meeting.version);
  const [stale, setStale] = useState(false);
  const [cancel] = useMutation(CouncilCancelMeetingDocument);
  useEffect(() => document.getElementById(fieldId('reason', CANCEL_FORM))?.focus(), []);
  const { problem, pending, run } = useFormSubmit(async () => {
    try {
      await cancel({ variables: { input: { id: meeting.id, expectedVersion: base, reason: reason.trim() } } });
    } catch (error) {
      const current = conflictVersion(error);
      if (current !== null) {
        await refresh();
        // The reason is kept; the meeting now shows as it is, and a second press is a choice over it.
        setBase(current);
        setStale(true);
      }
      throw error;
    }
    announce(t('council.meeting.cancelled'));
    onCancelled();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setStale(false);
    void run(localProblem(reason.trim() ? [] : [{ field: 'reason', message: t('council.meeting.cancelReasonMissing') }]));
  };
  return (
    <form className="card council-form" onSubmit={submit} noValidate aria-labelledby="cancel-meeting-heading">
      <h3 id="cancel-meeting-heading">{t('council.meeting.cancelTitle')}</h3>
      {stale ? (
        <p className="notice notice--warning" role="alert">
          {t('council.meeting.stale')}
        </p>
      ) : (
        <ErrorSummary problem={problem} labels={{ reason: t('council.meeting.cancelReason') }} idPrefix={CANCEL_FORM} />
      )}
      <TextAreaField
        idPrefix={CANCEL_FORM}
        name="reason"
        label={t('council.meeting.cancelReason')}
        hint={t('council.meeting.cancelReasonHint')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errorFor(problem, 'reason')}
        rows={3}
        maxLength={500}
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" aria-disabled={pending || undefined}>
          {t('council.meeting.cancelSubmit')}
        </button>
        <button type="button" className="button" onClick={onKeep}>
          {t('council.meeting.cancelKeep')}
        </button>
      </div>
    </form>
  );
}

function EditForm({ onDone }: { onDone: () => void }) {
  const { t } = useT();
  const { meeting, refresh, announce } = useMeetingPage();
  const [start] = useState<MeetingDraft>(() => ({
    title: meeting.title,
    date: typedDay(meeting.date),
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
  }));
  const [draft, setDraft] = useState<MeetingDraft>(start);
  const timeFixed = meeting.status !== 'PLANNED';
  // The version the edit started from: someone else's change meanwhile answers CONFLICT.
  const [base, setBase] = useState(meeting.version);
  const [stale, setStale] = useState(false);
  const [update] = useMutation(CouncilUpdateMeetingDocument);
  useEffect(() => document.getElementById(fieldId('title', EDIT_FORM))?.focus(), []);
  const { problem, pending, run } = useFormSubmit(async () => {
    setStale(false);
    try {
      const changed = changedMeetingInput(draft, start);
      if (Object.keys(changed).length) await update({ variables: { input: { id: meeting.id, expectedVersion: base, ...changed } } });
    } catch (error) {
      const refused = apiProblem(error, t);
      if (refused.code === 'CONFLICT' && typeof refused.extensions['currentVersion'] === 'number') {
        await refresh();
        // The draft is kept; the reader now sees the meeting as it is, and a second send is a choice.
        setBase(refused.extensions['currentVersion']);
        setStale(true);
      }
      throw error;
    }
    announce(t('council.meeting.editSaved'));
    onDone();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(meetingDraftProblems(t, draft).filter((problem) => !timeFixed || problem.field === 'title')));
  };
  return (
    <form className="card council-form" onSubmit={submit} noValidate aria-labelledby="edit-meeting-heading">
      <h3 id="edit-meeting-heading">{t('council.meeting.editTitle')}</h3>
      {stale ? (
        <p className="notice notice--warning" role="alert">
          {t('council.meeting.stale')}
        </p>
      ) : (
        <ErrorSummary problem={problem} labels={meetingLabels(t)} idPrefix={EDIT_FORM} />
      )}
      <MeetingFields draft={draft} onChange={setDraft} problem={problem} idPrefix={EDIT_FORM} timeFixed={timeFixed} />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {t('council.meeting.editSubmit')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('council.meeting.editCancel')}
        </button>
      </div>
    </form>
  );
}
