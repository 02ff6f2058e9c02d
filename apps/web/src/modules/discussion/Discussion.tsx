import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/I18n';
import { focusSoon, idSelector } from '../../ui/focus-soon';
import { useFormSubmit } from '../../ui/use-form-submit';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import { commentElementId, type DiscussionComment, DiscussionContext, type DiscussionValue, useDiscussion } from './discussion-context';
import './discussion.css';

export interface DiscussionProps extends DiscussionValue {
  readonly comments: readonly DiscussionComment[];
  /** The subject's comment count (deleted ones not counted), for the list's name. */
  readonly count: number;
  /** Said instead of the form when the reader may not write (their role, an archived subject). */
  readonly closedNote: string;
}

/**
 * A project's or a task's discussion: its comments oldest first, a reply under the comment it
 * answers, a new comment at the end. Others' comments come in live (the page reloads it) and
 * are announced; a draft being written stays as it is.
 */
export function Discussion({ comments, count, ...value }: DiscussionProps) {
  // Once shown, the form stays when writing closes meanwhile (an archive by someone else): a draft
  // is kept, read-only under the note, rather than dropped with the form.
  const [composerShown, setComposerShown] = useState(value.canWrite);
  if (value.canWrite && !composerShown) setComposerShown(true);
  return (
    <DiscussionContext.Provider value={value}>
      <CommentList comments={comments} count={count} />
      {value.canWrite || composerShown ? <NewComment /> : <p className="notice">{value.closedNote}</p>}
    </DiscussionContext.Provider>
  );
}

function CommentList({ comments, count }: { comments: readonly DiscussionComment[]; count: number }) {
  const { t } = useT();
  const { canWrite, idPrefix } = useDiscussion();
  const [replyTo, setReplyTo] = useState<string | null>(null);
  useNewsOf(comments);
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  if (comments.length === 0) return <p className="comment__muted">{t('discussion.empty')}</p>;
  return (
    <ol className="comments" aria-label={t('discussion.count', { n: count })}>
      {comments.map((comment) => (
        <li key={comment.id} className={comment.inReplyToId ? 'comments__reply' : undefined}>
          <CommentItem comment={comment} answers={comment.inReplyToId ? byId.get(comment.inReplyToId) : undefined} onReply={canWrite && !comment.deleted ? () => setReplyTo(comment.id) : undefined} />
          {replyTo === comment.id && (
            <Reply
              to={comment}
              onDone={(newId) => {
                setReplyTo(null);
                focusSoon(idSelector(newId ? commentElementId(idPrefix, newId) : commentElementId(idPrefix, comment.id)));
              }}
            />
          )}
        </li>
      ))}
    </ol>
  );
}

/** Says politely who wrote what came in since the discussion was first shown (not the reader's own). */
function useNewsOf(comments: readonly DiscussionComment[]) {
  const { t } = useT();
  const { myId, announce } = useDiscussion();
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!seen.current) {
      seen.current = new Set(comments.map((comment) => comment.id));
      return;
    }
    const known = seen.current;
    const news = comments.filter((comment) => !known.has(comment.id));
    news.forEach((comment) => known.add(comment.id));
    const others = news.filter((comment) => comment.author?.id !== myId);
    if (others.length === 1) announce(t('discussion.live.one', { name: others[0].author?.displayName ?? t('discussion.someone') }));
    else if (others.length > 1) announce(t('discussion.live.many', { n: others.length }));
  }, [comments, myId, announce, t]);
}

function Reply({ to, onDone }: { to: DiscussionComment; onDone: (newId: string | null) => void }) {
  const { t } = useT();
  const discussion = useDiscussion();
  const [text, setText] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const send = useFormSubmit(async () => {
    const id = await discussion.write(text.trim(), to.id);
    await discussion.refresh();
    discussion.announce(t('discussion.reply.added'));
    onDone(id);
  });
  return (
    <div className="comments__reply-form">
      <CommentComposer
        idPrefix={`${commentElementId(discussion.idPrefix, to.id)}-reply`}
        label={t('discussion.reply.label', { name: to.author?.displayName ?? t('discussion.someone') })}
        submitLabel={t('discussion.reply.submit')}
        value={text}
        onChange={setText}
        problem={send.problem}
        pending={send.pending}
        onSend={(local) => void send.run(local)}
        onCancel={() => onDone(null)}
        textRef={area}
        closedNote={discussion.canWrite ? null : discussion.closedNote}
      />
    </div>
  );
}

function NewComment() {
  const { t } = useT();
  const discussion = useDiscussion();
  const [text, setText] = useState('');
  const closed = !discussion.canWrite;
  const area = useRef<HTMLTextAreaElement>(null);
  const send = useFormSubmit(async () => {
    await discussion.write(text.trim(), null);
    setText('');
    await discussion.refresh();
    discussion.announce(t('discussion.new.added'));
    area.current?.focus();
  });
  // Closed with nothing written: only the note (the component stays, so a text typed just before is not lost).
  if (closed && !text.trim()) return <p className="notice">{discussion.closedNote}</p>;
  return (
    <CommentComposer
      idPrefix={`${discussion.idPrefix}-new`}
      label={t('discussion.new.label')}
      submitLabel={t('discussion.new.submit')}
      value={text}
      onChange={setText}
      problem={send.problem}
      pending={send.pending}
      onSend={(local) => void send.run(local)}
      textRef={area}
      closedNote={closed ? discussion.closedNote : null}
    />
  );
}
