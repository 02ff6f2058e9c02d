import { type FormEvent, type Ref, useEffect, useEffectEvent } from 'react';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { type ApiProblem, errorFor } from '../../ui/field-errors';
import { localProblem } from '../../ui/use-form-submit';
import { useDiscussion } from './discussion-context';
import { MentionTextArea } from './MentionTextArea';

/** The API's limit of a comment (libs/contexts/discussion COMMENT_LIMIT). */
export const COMMENT_LIMIT = 5000;

export interface CommentComposerProps {
  readonly idPrefix: string;
  readonly label: string;
  readonly submitLabel: string;
  readonly value: string;
  onChange(text: string): void;
  readonly problem: ApiProblem | null;
  readonly pending: boolean;
  /** Sends the text, or shows the local refusal (empty, too long) in the API's shape. */
  onSend(local: ApiProblem | null): void;
  onCancel?: () => void;
  readonly textRef?: Ref<HTMLTextAreaElement | null>;
  /**
   * Set once the reader may no longer write here (the subject archived meanwhile, say): the text
   * stays, read-only, under this note, and a draft that cannot be sent is announced.
   */
  readonly closedNote?: string | null;
}

/** One text to send (a new comment, a reply, an edit): its errors, what is left of the limit, mentions. */
export function CommentComposer({ idPrefix, label, submitLabel, value, onChange, problem, pending, onSend, onCancel, textRef, closedNote = null }: CommentComposerProps) {
  const { t, integer } = useT();
  const { people, announce } = useDiscussion();
  // Said when writing closes (not as the draft changes after).
  const sayClosed = useEffectEvent((note: string) => {
    if (value.trim()) announce(t('discussion.draftClosed', { note }));
  });
  useEffect(() => {
    if (closedNote) sayClosed(closedNote);
  }, [closedNote]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (closedNote) return;
    const text = value.trim();
    const local = !text
      ? [{ field: 'body', message: t('discussion.bodyMissing') }]
      : [...text].length > COMMENT_LIMIT
        ? [{ field: 'body', message: t('discussion.tooLong', { limit: integer(COMMENT_LIMIT) }) }]
        : [];
    onSend(localProblem(local));
  };
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      {closedNote && <p className="notice">{closedNote}</p>}
      <ErrorSummary problem={problem} labels={{ body: label }} idPrefix={idPrefix} />
      <MentionTextArea
        ref={textRef}
        idPrefix={idPrefix}
        name="body"
        label={label}
        value={value}
        onChange={onChange}
        people={people}
        limit={COMMENT_LIMIT}
        error={errorFor(problem, 'body')}
        readOnly={Boolean(closedNote)}
      />
      <div className="button-row button-row--tight">
        {!closedNote && (
          <button type="submit" className="button button--primary button--small" aria-disabled={pending || undefined}>
            {pending ? t('discussion.sending') : submitLabel}
          </button>
        )}
        {onCancel && (
          <button type="button" className="button button--small" onClick={onCancel}>
            {t('discussion.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
