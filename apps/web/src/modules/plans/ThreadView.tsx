import { useMutation } from '@apollo/client/react';
import { createElement, useState } from 'react';
import { PlansReopenThreadDocument, PlansReplyToCommentDocument, PlansResolveThreadDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { conflictVersion } from '../../ui/conflict-version';
import { CommentForm } from './CommentForm';
import { CommentView } from './CommentView';
import { type PlanComment, type PlanThread, usePlanPage } from './plan-page-context';
import { mayComment, mayResolve } from './plan-rules';
import { ThreadActionButton } from './ThreadActionButton';

/** A thread: where it stands, its comments in order, its decision and trail, and what the reader may do. */
export function ThreadView({ thread, headingLevel, sectionLabel }: { thread: PlanThread; headingLevel: number; sectionLabel?: string }) {
  const { t, moment } = useT();
  const { plan, reader } = usePlanPage();
  const [replyTo, setReplyTo] = useState<PlanComment | null>(null);
  const [resolving, setResolving] = useState(false);
  const starter = thread.startedBy?.displayName ?? t('plans.comment.someone');
  const headingId = `thread-${thread.id}`;
  const byId = new Map(thread.comments.map((comment) => [comment.id, comment]));
  const canReply = mayComment(reader, plan);
  const canResolve = mayResolve(reader, plan, thread);

  return (
    <article className={`plan-thread plan-thread--${thread.status.toLowerCase()}`} aria-labelledby={headingId}>
      <header className="plan-thread__header">
        {createElement(`h${Math.min(6, headingLevel)}`, { id: headingId, className: 'plan-thread__heading' }, t('plans.thread.label', { name: starter, date: moment(thread.createdAt) }))}
        <ul className="plan-thread__tags">
          <li className={`plan-tag plan-tag--${thread.status.toLowerCase()}`}>{t(`plans.thread.status.${thread.status}`)}</li>
          {thread.anchor !== 'CURRENT' && <li className="plan-tag plan-tag--warning">{t(`plans.anchor.${thread.anchor}`, { number: thread.revision.number })}</li>}
          <li className="plan-tag">{thread.roundNumber > 0 ? t('plans.thread.round', { number: thread.roundNumber }) : t('plans.thread.noRound')}</li>
          {sectionLabel && <li className="plan-tag">{sectionLabel}</li>}
        </ul>
      </header>
      {thread.quote && (
        <figure className="plan-thread__quote">
          <figcaption>{t('plans.thread.quote')}</figcaption>
          <blockquote>{thread.quote.text}</blockquote>
        </figure>
      )}
      <ol className="plan-comments">
        {thread.comments.map((comment, index) => (
          <li key={comment.id} className={index > 0 ? 'plan-comments__reply' : undefined}>
            <CommentView
              comment={comment}
              answers={comment.inReplyToId ? byId.get(comment.inReplyToId) : undefined}
              onReply={canReply && thread.status === 'OPEN' ? () => setReplyTo(comment) : undefined}
            />
          </li>
        ))}
      </ol>
      {thread.status === 'RESOLVED' && (
        <div className="plan-thread__decision">
          <p>
            <strong>{t('plans.thread.decision')}:</strong> {thread.decisionNote || t('plans.thread.noNote')}
          </p>
          {thread.resolvedAt && <p className="plan-muted">{t('plans.thread.resolvedBy', { name: thread.resolvedBy?.displayName ?? t('plans.comment.someone'), date: moment(thread.resolvedAt) })}</p>}
        </div>
      )}
      {thread.trail.length > 1 && (
        <details className="plan-thread__trail">
          <summary>{t('plans.thread.trail')}</summary>
          <ol>
            {thread.trail.map((step) => (
              <li key={step.number}>
                {t(`plans.step.${step.step}`, { date: moment(step.takenAt) })}
                {step.note && `: ${step.note}`}
              </li>
            ))}
          </ol>
        </details>
      )}
      {replyTo && <Reply thread={thread} comment={replyTo} onDone={() => setReplyTo(null)} />}
      {resolving && <Resolve thread={thread} onDone={() => setResolving(false)} />}
      {!replyTo && !resolving && canResolve && (
        <div className="button-row button-row--tight">
          {canResolve && thread.status === 'OPEN' && (
            <button type="button" className="button button--small" onClick={() => setResolving(true)}>
              {t('plans.thread.resolve')}
              <span className="visually-hidden"> — {t('plans.thread.label', { name: starter, date: moment(thread.createdAt) })}</span>
            </button>
          )}
          {canResolve && thread.status === 'RESOLVED' && <ThreadActionButton thread={thread} document={PlansReopenThreadDocument} label={t('plans.thread.reopen')} />}
        </div>
      )}
    </article>
  );
}

function Reply({ thread, comment, onDone }: { thread: PlanThread; comment: PlanComment; onDone: () => void }) {
  const { t } = useT();
  const { refresh, announce } = usePlanPage();
  const [reply] = useMutation(PlansReplyToCommentDocument);
  return (
    <CommentForm
      idPrefix={`reply-${thread.id}`}
      label={t('plans.thread.replyTo', { name: comment.author?.displayName ?? t('plans.comment.someone') })}
      missing={t('plans.thread.replyMissing')}
      submitLabel={t('plans.thread.replySubmit')}
      mentions
      onCancel={onDone}
      onSubmit={async (body) => {
        await reply({ variables: { input: { commentId: comment.id, body } } });
        await refresh();
        announce(t('plans.newThread.added'));
        onDone();
      }}
    />
  );
}

function Resolve({ thread, onDone }: { thread: PlanThread; onDone: () => void }) {
  const { t } = useT();
  const { refresh } = usePlanPage();
  const [resolve] = useMutation(PlansResolveThreadDocument);
  // The version the form was opened at, not the live one: a decision by someone else meanwhile answers CONFLICT.
  const [baseVersion, setBaseVersion] = useState(() => thread.version);
  return (
    <CommentForm
      idPrefix={`resolve-${thread.id}`}
      field="note"
      label={t('plans.thread.resolveNote')}
      hint={t('plans.thread.resolveHint')}
      submitLabel={t('plans.thread.resolveSubmit')}
      optional
      maxLength={2000}
      onCancel={onDone}
      onSubmit={async (note) => {
        try {
          await resolve({ variables: { input: { id: thread.id, expectedVersion: baseVersion, note: note || null } } });
        } catch (error) {
          setBaseVersion((base) => conflictVersion(error) ?? base);
          throw error;
        } finally {
          // A stale version (someone decided meanwhile) answers CONFLICT: the thread is shown as it is now.
          await refresh();
        }
        onDone();
      }}
    />
  );
}
