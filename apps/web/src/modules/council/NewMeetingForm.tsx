import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { fieldId } from '../../ui/field-errors';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { CouncilCreateMeetingDocument } from './graphql.generated';
import { EMPTY_MEETING, MeetingFields, meetingDraftProblems, meetingInput, meetingLabels } from './MeetingFields';

const FORM = 'new-meeting';

/** Calling a meeting: its title, day, hours, place or link; then its page. */
export function NewMeetingForm({ partnershipId, onCancel }: { partnershipId: string; onCancel: () => void }) {
  const { t } = useT();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(EMPTY_MEETING);
  const [create] = useMutation(CouncilCreateMeetingDocument);
  // The button that opened the form is gone: the reader goes on in its first field.
  useEffect(() => document.getElementById(fieldId('title', FORM))?.focus(), []);
  const { problem, pending, run } = useFormSubmit(async () => {
    const input = meetingInput(draft);
    const { data } = await create({ variables: { input: { partnershipId, ...input, place: input.place ?? undefined, onlineUrl: input.onlineUrl ?? undefined } } });
    if (data) await navigate(`/meetings/${data.createMeeting.id}`);
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(meetingDraftProblems(t, draft)));
  };

  return (
    <section className="card council-form" aria-labelledby="new-meeting-heading">
      <h2 id="new-meeting-heading">{t('council.new.title')}</h2>
      <p>{t('council.new.intro')}</p>
      <ErrorSummary problem={problem} labels={meetingLabels(t)} idPrefix={FORM} />
      <form onSubmit={onSubmit} noValidate>
        <MeetingFields draft={draft} onChange={setDraft} problem={problem} idPrefix={FORM} />
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
            {pending ? t('council.new.submitting') : t('council.new.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('council.new.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
