import { createElement, useEffect, useRef, useState } from 'react';
import { type PlansSectionFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { Markdown } from './Markdown';
import { NewThreadForm } from './NewThreadForm';
import { type PlanThread, usePlanPage } from './plan-page-context';
import { mayComment } from './plan-rules';
import { ThreadView } from './ThreadView';

/** The document's heading levels under the page's h1: a level-1 heading is an h2, and so on. */
const headingTag = (level: number) => `h${Math.min(6, Math.max(2, level + 1))}`;

/** Comments a section holds (deleted ones are placeholders, not comments). */
function commentCount(threads: readonly PlanThread[]): number {
  return threads.reduce((sum, thread) => sum + thread.comments.filter((comment) => !comment.deleted).length, 0);
}

/** One section of the current text, its threads, and a way to start one (on a passage of it, too). */
export function SectionView({ section, threads }: { section: PlansSectionFragment; threads: PlanThread[] }) {
  const { t } = useT();
  const { plan, reader } = usePlanPage();
  const [writing, setWriting] = useState(false);
  const [textBox, selected] = useSectionSelection();
  const opener = useRef<HTMLButtonElement>(null);
  const headingId = `section-${section.key}`;
  const heading = section.level === 0 ? t('plans.section.preamble') : section.heading;
  const level = section.level === 0 ? 1 : section.level;
  const discussionTag = headingTag(level + 1);
  const count = commentCount(threads);

  return (
    <section className={`plan-section plan-section--level-${level}`} aria-labelledby={headingId}>
      {createElement(headingTag(level), { id: headingId, className: 'plan-section__heading' }, heading)}
      <div className="plan-text" ref={textBox}>
        <Markdown source={section.body} />
      </div>
      <div className="plan-discussion">
        {createElement(
          discussionTag,
          { className: 'plan-discussion__heading' },
          t('plans.count.comments', { n: count }),
          <span className="visually-hidden"> — {t('plans.section.of', { heading })}</span>,
        )}
        {threads.length === 0 ? (
          <p className="plan-muted">{t('plans.section.noThreads')}</p>
        ) : (
          <ol className="plan-threads">
            {threads.map((thread) => (
              <li key={thread.id}>
                <ThreadView thread={thread} headingLevel={Math.min(6, Number(discussionTag.slice(1)) + 1)} />
              </li>
            ))}
          </ol>
        )}
        {mayComment(reader, plan) &&
          plan.currentRevision &&
          (writing ? (
            <NewThreadForm
              section={section}
              revisionId={plan.currentRevision.id}
              selected={selected}
              onDone={() => {
                setWriting(false);
                requestAnimationFrame(() => opener.current?.focus());
              }}
            />
          ) : (
            <button ref={opener} type="button" className="button button--small" onClick={() => setWriting(true)}>
              {t('plans.section.comment')}
              <span className="visually-hidden"> — {t('plans.section.of', { heading })}</span>
            </button>
          ))}
      </div>
    </section>
  );
}

/**
 * The last text the reader selected inside this section's body. Kept as it changes, because
 * pressing a button afterwards may move the selection before its click handler runs.
 */
function useSectionSelection() {
  const ref = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const box = ref.current;
      if (!selection || !box || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (box.contains(range.startContainer) && box.contains(range.endContainer)) setText(selection.toString());
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);
  return [ref, text] as const;
}
