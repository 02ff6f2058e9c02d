import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { PlansDeleteCommentDocument, PlansEditCommentDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { conflictVersion } from '../../ui/conflict-version';
import { useFormSubmit } from '../../ui/use-form-submit';
import { CommentText as SharedCommentText } from '../../ui/CommentText';
import { CommentForm } from './CommentForm';
import { type PlanComment, usePlanPage } from './plan-page-context';
import { mayChangeComment } from './plan-rules';

/** A comment's text: paragraphs with their line breaks, mentions marked (the shared renderer, in the plan's style). Never HTML. */
export function CommentText({ body }: { body: string }) {
  return <SharedCommentText body={body} mentionClassName="plan-mention-name" />;
}

/** One comment: who and when, its text (or the placeholder of a deleted one), earlier texts, and the author's edit and delete. */
export function CommentView({ comment, answers, onReply }: { comment: PlanComment; answers?: PlanComment; onReply?: () => void }) {
  const { t, moment } = useT();
  const { plan, reader, refresh, announce } = usePlanPage();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // The version the edit or the delete question started from (not the live one): a change by
  // someone else meanwhile answers CONFLICT, shown with the comment as it is now.
  const [baseVersion, setBaseVersion] = useState(comment.version);
  const rebase = (error: unknown) => setBaseVersion((base) => conflictVersion(error) ?? base);
  const editButton = useRef<HTMLButtonElement>(null);
  const [edit] = useMutation(PlansEditCommentDocument);
  const [remove] = useMutation(PlansDeleteCommentDocument);
  const deletion = useFormSubmit(async () => {
    try {
      await remove({ variables: { input: { id: comment.id, expectedVersion: baseVersion } } });
    } catch (error) {
      rebase(error);
      throw error;
    } finally {
      await refresh();
    }
    setConfirming(false);
    announce(t('plans.comment.removed'));
  });
  const author = comment.author?.displayName ?? t('plans.comment.someone');
  const mine = mayChangeComment(reader, plan, comment);

  if (comment.deleted) {
    return (
      <div className="plan-comment plan-comment--deleted">
        <p>{t('plans.comment.deleted', { date: comment.deletedAt ? moment(comment.deletedAt) : '' })}</p>
      </div>
    );
  }

  return (
    <div className="plan-comment">
      <p className="plan-comment__meta">
        <strong>{author}</strong>, <time dateTime={comment.createdAt}>{moment(comment.createdAt)}</time>
        {answers && answers.id !== comment.id && <span className="plan-muted"> · {t('plans.comment.inReplyTo', { name: answers.author?.displayName ?? t('plans.comment.someone') })}</span>}
        {comment.editedAt && <span className="plan-muted"> · {t('plans.comment.edited', { date: moment(comment.editedAt) })}</span>}
      </p>
      {editing ? (
        <CommentForm
          idPrefix={`edit-${comment.id}`}
          label={t('plans.comment.editLabel')}
          submitLabel={t('plans.comment.save')}
          initial={comment.body ?? ''}
          mentions
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
          onSubmit={async (body) => {
            try {
              await edit({ variables: { input: { id: comment.id, expectedVersion: baseVersion, body } } });
            } catch (error) {
              rebase(error);
              throw error;
            } finally {
              await refresh();
            }
            setEditing(false);
            announce(t('plans.comment.saved'));
          }}
        />
      ) : (
        <div className="plan-comment__body">
          <CommentText body={comment.body ?? ''} />
        </div>
      )}
      {comment.edits.length > 0 && (
        <details className="plan-comment__edits">
          <summary>{t('plans.comment.earlier', { n: comment.edits.length })}</summary>
          <ol>
            {comment.edits.map((earlier) => (
              <li key={earlier.number}>
                <p className="plan-muted">{t('plans.comment.editNumber', { number: earlier.number, date: moment(earlier.writtenAt) })}</p>
                <CommentText body={earlier.body} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {confirming && (
        <div className="plan-confirm" role="group" aria-label={t('plans.comment.actions', { name: author })}>
          <ErrorSummary problem={deletion.problem} idPrefix={`delete-${comment.id}`} />
          <p>{t('plans.comment.deleteConfirm')}</p>
          <div className="button-row button-row--tight">
            <button type="button" className="button button--small button--danger" aria-disabled={deletion.pending || undefined} onClick={() => void deletion.run()}>
              {t('plans.comment.deleteYes')}
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              {t('plans.thread.cancel')}
            </button>
          </div>
        </div>
      )}
      {!editing && !confirming && (mine || onReply) && (
        <div className="button-row button-row--tight" role="group" aria-label={t('plans.comment.actions', { name: author })}>
          {onReply && (
            <button type="button" className="button button--quiet button--small" onClick={onReply}>
              {t('plans.thread.reply')}
            </button>
          )}
          {mine && (
            <>
              <button ref={editButton} type="button" className="button button--quiet button--small" onClick={() => {
                  setBaseVersion(comment.version);
                  setEditing(true);
                }}
              >
                {t('plans.comment.edit')}
              </button>
              <button type="button" className="button button--quiet button--small button--danger" onClick={() => {
                  setBaseVersion(comment.version);
                  setConfirming(true);
                }}
              >
                {t('plans.comment.delete')}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
