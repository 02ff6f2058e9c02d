import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/I18n';
import { ConflictPanel } from '../../ui/ConflictPanel';
import { conflictVersion } from '../../ui/conflict-version';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, fieldId } from '../../ui/field-errors';
import { TextAreaField } from '../../ui/fields';
import { EmptyState } from '../../ui/Loading';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { Markdown } from '../plans/Markdown';
import { CouncilCorrectMinutesDocument, CouncilSaveMinutesDocument } from './graphql.generated';
import { type MeetingView, useMeetingPage } from './meeting-context';

const FORM = 'minutes';

/**
 * The minutes (Markdown): written while the meeting is planned or running, saved with their
 * version; once it is closed, changed only by a correction with its reason, and the corrections
 * listed. A stale version keeps the draft and shows theirs against it.
 */
export function MinutesSection() {
  const { t, moment } = useT();
  const { meeting, manages } = useMeetingPage();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const minutes = meeting.minutes;
  const correcting = meeting.status === 'CLOSED';
  const mayWrite = manages && meeting.status !== 'CANCELLED';
  const nameOf = (userId: string | null) => meeting.invitees.find((invitee) => invitee.userId === userId)?.person.displayName;

  return (
    <section aria-labelledby="meeting-minutes-heading">
      <h2 id="meeting-minutes-heading">{t('council.minutes.title')}</h2>
      {editing ? (
        <MinutesForm
          correcting={correcting}
          onDone={() => {
            setEditing(false);
            setTimeout(() => editButton.current?.focus(), 0);
          }}
        />
      ) : (
        <>
          {minutes.markdown.trim() ? (
            <div className="council-text council-minutes">
              <Markdown source={minutes.markdown} />
            </div>
          ) : (
            <EmptyState>{t('council.minutes.empty')}</EmptyState>
          )}
          {minutes.version > 0 && <p className="council-muted">{t('council.minutes.version', { version: minutes.version, when: moment(minutes.updatedAt) })}</p>}
          {mayWrite && (
            <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
              {correcting ? t('council.minutes.correct') : t('council.minutes.edit')}
            </button>
          )}
        </>
      )}
      {meeting.minutesCorrections.length > 0 && (
        <>
          <h3>{t('council.minutes.corrections')}</h3>
          <ol className="council-corrections">
            {meeting.minutesCorrections.map((correction) => (
              <li key={correction.id}>
                {t('council.minutes.correction', { when: moment(correction.correctedAt), reason: correction.reason })}
                {nameOf(correction.correctedBy) && ` (${nameOf(correction.correctedBy)})`}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function MinutesForm({ correcting, onDone }: { correcting: boolean; onDone: () => void }) {
  const { t } = useT();
  const { meeting, refresh, announce } = useMeetingPage();
  const [markdown, setMarkdown] = useState(meeting.minutes.markdown);
  const [reason, setReason] = useState('');
  const [base, setBase] = useState(meeting.minutes.version);
  const [theirs, setTheirs] = useState<MeetingView['minutes'] | null>(null);
  const [saveMinutes] = useMutation(CouncilSaveMinutesDocument);
  const [correctMinutes] = useMutation(CouncilCorrectMinutesDocument);
  useEffect(() => {
    if (!theirs) document.getElementById(fieldId('markdown', FORM))?.focus();
  }, [theirs]);

  const save = async (version: number) => {
    try {
      const input = { meetingId: meeting.id, expectedVersion: version, markdown };
      const saved = correcting
        ? (await correctMinutes({ variables: { input: { ...input, reason: reason.trim() } } })).data?.correctMinutes
        : (await saveMinutes({ variables: { input } })).data?.saveMinutes;
      await refresh();
      announce(t('council.minutes.saved', { version: saved?.version ?? version + 1 }));
      onDone();
    } catch (error) {
      if (conflictVersion(error) === null) throw error;
      const fresh = ((await refresh()) as { data?: { meeting?: MeetingView } }).data?.meeting?.minutes;
      if (!fresh) throw error;
      setTheirs(fresh);
    }
  };
  const { problem, pending, run } = useFormSubmit(() => save(base));
  const keepMine = useFormSubmit(async () => theirs && save(theirs.version));
  const labels = { markdown: t('council.minutes.label'), reason: t('council.minutes.reason') };

  if (theirs) {
    return (
      <ConflictPanel
        headingLevel={3}
        pending={keepMine.pending}
        fields={[{ name: 'markdown', label: labels.markdown, theirs: theirs.markdown, yours: markdown }]}
        onKeepMine={() => void keepMine.run()}
        onTakeTheirs={onDone}
        onEdit={() => {
          setBase(theirs.version);
          setTheirs(null);
        }}
      />
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(correcting && !reason.trim() ? [{ field: 'reason', message: t('council.minutes.reasonMissing') }] : []));
  };
  return (
    <form className="council-form" onSubmit={submit} noValidate>
      <ErrorSummary problem={keepMine.problem ?? problem} labels={labels} idPrefix={FORM} />
      <TextAreaField
        idPrefix={FORM}
        name="markdown"
        label={labels.markdown}
        hint={t('council.minutes.hint')}
        value={markdown}
        onChange={(event) => setMarkdown(event.target.value)}
        error={errorFor(problem, 'markdown')}
        rows={14}
        className="council-minutes__source"
        spellCheck
      />
      {correcting && (
        <TextAreaField
          idPrefix={FORM}
          name="reason"
          label={labels.reason}
          hint={t('council.minutes.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errorFor(problem, 'reason')}
          rows={2}
          maxLength={1000}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('council.minutes.saving') : correcting ? t('council.minutes.saveCorrection') : t('council.minutes.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('council.minutes.cancel')}
        </button>
      </div>
    </form>
  );
}
