import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/I18n';
import { CommentText } from '../../ui/CommentText';
import { plainComment } from '../../ui/comment-text';
import { ConflictPanel } from '../../ui/ConflictPanel';
import { conflictVersion } from '../../ui/conflict-version';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { focusSoon, idSelector } from '../../ui/focus-soon';
import { useFormSubmit } from '../../ui/use-form-submit';
import { CommentComposer } from './CommentComposer';
import { commentElementId, type DiscussionComment, useDiscussion } from './discussion-context';

interface CommentItemProps {
  readonly comment: DiscussionComment;
  /** The comment it answers, if it answers one. */
  readonly answers?: DiscussionComment;
  onReply?: () => void;
}

/**
 * One comment: who (and for which gmina), when, its text (or the placeholder of a deleted one),
 * its earlier texts, and the author's edit and delete. Both send the version they started from:
 * someone's change meanwhile answers CONFLICT, shown against the comment as it is now.
 */
export function CommentItem({ comment, answers, onReply }: CommentItemProps) {
  const { t, moment } = useT();
  const discussion = useDiscussion();
  const [mode, setMode] = useState<'view' | 'edit' | 'conflict' | 'delete'>('view');
  const [draft, setDraft] = useState('');
  const [base, setBase] = useState(comment.version);
  const [deleteChanged, setDeleteChanged] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const editArea = useRef<HTMLTextAreaElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmDelete = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (mode === 'edit') editArea.current?.focus();
    // "Usuń" is gone once the question is asked: focus goes to its answer (WCAG 2.4.3).
    else if (mode === 'delete') confirmDelete.current?.focus();
  }, [mode]);
  const elementId = commentElementId(discussion.idPrefix, comment.id);
  const author = comment.author?.displayName ?? t('discussion.someone');
  const gmina = discussion.gminaOf(comment.author?.id);
  const mine = !comment.deleted && Boolean(discussion.myId) && comment.author?.id === discussion.myId;

  const backToEdit = () => requestAnimationFrame(() => editButton.current?.focus());
  const backToDelete = () => requestAnimationFrame(() => deleteButton.current?.focus());
  const save = useFormSubmit(async () => {
    try {
      await discussion.edit(comment.id, draft.trim(), base);
    } catch (error) {
      const current = conflictVersion(error);
      if (current === null) throw error;
      setBase(current);
      await discussion.refresh();
      setMode('conflict');
      return;
    }
    await discussion.refresh();
    setMode('view');
    discussion.announce(t('discussion.edit.saved'));
    backToEdit();
  });
  const deletion = useFormSubmit(async () => {
    try {
      await discussion.remove(comment.id, base);
    } catch (error) {
      const current = conflictVersion(error);
      if (current === null) throw error;
      setBase(current);
      setDeleteChanged(true);
      await discussion.refresh();
      return;
    }
    await discussion.refresh();
    setMode('view');
    discussion.announce(t('discussion.delete.done'));
    focusSoon(idSelector(elementId));
  });

  if (comment.deleted) {
    return (
      <article id={elementId} className="comment comment--deleted" tabIndex={-1}>
        <p>{comment.deletedAt ? t('discussion.deleted', { date: moment(comment.deletedAt) }) : t('discussion.deletedUndated')}</p>
      </article>
    );
  }

  const headingId = `${elementId}-by`;
  return (
    <article id={elementId} className="comment" tabIndex={-1} aria-labelledby={headingId}>
      <p className="comment__meta">
        <strong id={headingId}>
          {author}
          {gmina && <span className="comment__gmina"> ({gmina})</span>}
        </strong>
        , <time dateTime={comment.createdAt}>{moment(comment.createdAt)}</time>
        {answers && (
          <span className="comment__muted">
            {' · '}
            <a href={`#${commentElementId(discussion.idPrefix, answers.id)}`} title={t('discussion.meta.goToAnswered')}>
              {t('discussion.meta.inReplyTo', { name: answers.author?.displayName ?? t('discussion.someone') })}
            </a>
          </span>
        )}
        {comment.editedAt && <span className="comment__muted"> · {t('discussion.meta.edited', { date: moment(comment.editedAt) })}</span>}
      </p>
      {mode === 'edit' ? (
        <CommentComposer
          idPrefix={`${elementId}-edit`}
          label={t('discussion.edit.label')}
          submitLabel={t('discussion.edit.submit')}
          value={draft}
          onChange={setDraft}
          problem={save.problem}
          pending={save.pending}
          onSend={(local) => void save.run(local)}
          onCancel={() => {
            setMode('view');
            backToEdit();
          }}
          textRef={editArea}
          closedNote={discussion.canWrite ? null : discussion.closedNote}
        />
      ) : mode === 'conflict' ? (
        <ConflictPanel
          headingLevel={3}
          fields={[{ name: 'body', label: t('discussion.conflict.body'), theirs: plainComment(comment.body ?? ''), yours: plainComment(draft), yourValue: draft }]}
          pending={save.pending}
          onKeepMine={() => void save.run()}
          onTakeTheirs={() => {
            setMode('view');
            backToEdit();
          }}
          onEdit={() => setMode('edit')}
        />
      ) : (
        <div className="comment__body">
          <CommentText body={comment.body ?? ''} />
        </div>
      )}
      {comment.edits.length > 0 && (
        <details className="comment__edits">
          <summary>{t('discussion.earlier', { n: comment.edits.length })}</summary>
          <ol>
            {comment.edits.map((earlier) => (
              <li key={earlier.number}>
                <p className="comment__muted">{t('discussion.earlierNumber', { number: earlier.number, date: moment(earlier.writtenAt) })}</p>
                <CommentText body={earlier.body} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {mode === 'delete' && (
        <div className="comment__confirm" role="group" aria-label={t('discussion.actions', { name: author })}>
          <ErrorSummary problem={deletion.problem} idPrefix={`${elementId}-delete`} />
          {/* Drawn anew as an alert when someone changed the comment meanwhile, so it is heard where focus stays. */}
          {deleteChanged ? (
            <p key="changed" role="alert">
              {t('discussion.delete.changed', { text: plainComment(comment.body ?? '') })}
            </p>
          ) : (
            <p key="confirm">{t('discussion.delete.confirm')}</p>
          )}
          <div className="button-row button-row--tight">
            <button ref={confirmDelete} type="button" className="button button--small button--danger" aria-disabled={deletion.pending || undefined} onClick={() => void deletion.run()}>
              {t('discussion.delete.yes')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setMode('view');
                backToDelete();
              }}
            >
              {t('discussion.cancel')}
            </button>
          </div>
        </div>
      )}
      {mode === 'view' && (mine || onReply) && (
        <div className="button-row button-row--tight" role="group" aria-label={t('discussion.actions', { name: author })}>
          {onReply && (
            <button type="button" className="button button--quiet button--small" onClick={onReply}>
              {t('discussion.reply')}
            </button>
          )}
          {mine && (
            <>
              <button
                ref={editButton}
                type="button"
                className="button button--quiet button--small"
                onClick={() => {
                  setBase(comment.version);
                  setDraft(comment.body ?? '');
                  save.setProblem(null);
                  setMode('edit');
                }}
              >
                {t('discussion.edit')}
              </button>
              <button
                ref={deleteButton}
                type="button"
                className="button button--quiet button--small button--danger"
                onClick={() => {
                  setBase(comment.version);
                  setDeleteChanged(false);
                  deletion.setProblem(null);
                  setMode('delete');
                }}
              >
                {t('discussion.delete')}
              </button>
            </>
          )}
        </div>
      )}
    </article>
  );
}
