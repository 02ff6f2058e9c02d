import { useMutation } from '@apollo/client/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { EmptyState } from '../../ui/Loading';
import { Markdown } from '../plans/Markdown';
import { stageLabel } from '../projects/stages';
import { AgendaItemForm } from './AgendaItemForm';
import { decisionWords, moved } from './council-text';
import { CouncilRemoveAgendaItemDocument, CouncilReorderAgendaDocument } from './graphql.generated';
import { agendaOpen, type AgendaItemView, openVoteOf, useMeetingPage } from './meeting-context';
import { useInFlight } from '../../ui/use-in-flight';
import { VotePanel } from './VotePanel';

/**
 * The agenda in order: each item with what it is about, its motion and what adopting it decides,
 * and its votes. Managers add, change, remove and reorder items (up and down buttons: the
 * keyboard's way, announced), while the meeting is planned or running.
 */
export function AgendaSection() {
  const { t } = useT();
  const { meeting, manages, refresh, announce } = useMeetingPage();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [failure, setFailure] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const [reorder] = useMutation(CouncilReorderAgendaDocument);
  const [remove] = useMutation(CouncilRemoveAgendaItemDocument);
  const changing = manages && agendaOpen(meeting);
  const items = meeting.agenda;

  // Where focus goes once a change has rendered: the moved item's button at its new place, or
  // the add button once a removed item is gone. Set before sending, taken in a layout effect.
  const focusAfter = useRef<FocusAfter | null>(null);
  const { pending, guard } = useInFlight();
  useLayoutEffect(() => {
    const wanted = focusAfter.current;
    if (!wanted) return;
    let target: HTMLElement | null;
    if (wanted.kind === 'moved') {
      if (items[wanted.index]?.id !== wanted.id) return;
      // The button pressed, at the item's new place; the other one when the item reached an end.
      const other = wanted.button === 'up' ? 'down' : 'up';
      target = document.getElementById(`agenda-${wanted.id}-${wanted.button}`) ?? document.getElementById(`agenda-${wanted.id}-${other}`);
    } else {
      if (items.some((entry) => entry.id === wanted.id)) return;
      target = addButton.current;
    }
    focusAfter.current = null;
    target?.focus();
  });

  const refused = async (error: unknown) => {
    focusAfter.current = null;
    setFailure(apiProblem(error, t).message);
    await refresh().catch(() => undefined);
  };
  const move = (index: number, by: -1 | 1) =>
    guard(async () => {
      const item = items[index];
      const order = moved(items, index, by).map((entry) => entry.id);
      setFailure('');
      focusAfter.current = { kind: 'moved', id: item.id, index: index + by, button: by < 0 ? 'up' : 'down' };
      try {
        await reorder({ variables: { input: { meetingId: meeting.id, expectedVersion: meeting.version, itemIds: order } } });
        announce(t('council.agenda.moved', { title: item.title, position: index + by + 1 }));
        await refresh();
      } catch (error) {
        await refused(error);
      }
    });
  const drop = (item: AgendaItemView) =>
    guard(async () => {
      setFailure('');
      focusAfter.current = { kind: 'removed', id: item.id };
      try {
        await remove({ variables: { input: { id: item.id, expectedVersion: item.version } } });
        announce(t('council.agenda.removed', { title: item.title }));
        await refresh();
      } catch (error) {
        await refused(error);
      }
    });
  const closeForm = (focusId?: string) => {
    setEditing(null);
    setTimeout(() => (focusId ? document.getElementById(focusId) : addButton.current)?.focus(), 0);
  };

  return (
    <section aria-labelledby="meeting-agenda-heading">
      <h2 id="meeting-agenda-heading">{t('council.agenda.title')}</h2>
      {failure && (
        <p className="notice notice--warning" role="alert">
          {failure}
        </p>
      )}
      {items.length === 0 ? (
        <EmptyState>{t('council.agenda.empty')}</EmptyState>
      ) : (
        <ol className="council-agenda">
          {items.map((item, index) => (
            <li key={item.id} className="card council-agenda__item">
              {editing === item.id ? <AgendaItemForm item={item} onDone={() => closeForm(`agenda-${item.id}-edit`)} /> : <AgendaItemBody item={item} />}
              {changing && editing !== item.id && (
                <div className="button-row council-agenda__tools">
                  {index > 0 && (
                    <button
                      id={`agenda-${item.id}-up`}
                      type="button"
                      className="button button--small"
                      aria-label={t('council.agenda.upLabel', { position: index + 1, title: item.title })}
                      aria-disabled={pending || undefined}
                      onClick={() => void move(index, -1)}
                    >
                      {t('council.agenda.up')}
                    </button>
                  )}
                  {index < items.length - 1 && (
                    <button
                      id={`agenda-${item.id}-down`}
                      type="button"
                      className="button button--small"
                      aria-label={t('council.agenda.downLabel', { position: index + 1, title: item.title })}
                      aria-disabled={pending || undefined}
                      onClick={() => void move(index, 1)}
                    >
                      {t('council.agenda.down')}
                    </button>
                  )}
                  <button
                    id={`agenda-${item.id}-edit`}
                    type="button"
                    className="button button--small"
                    aria-label={t('council.agenda.editLabel', { position: index + 1, title: item.title })}
                    onClick={() => setEditing(item.id)}
                  >
                    {t('council.agenda.edit')}
                  </button>
                  {item.votes.length === 0 && (
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={t('council.agenda.removeLabel', { position: index + 1, title: item.title })}
                      aria-disabled={pending || undefined}
                      onClick={() => void drop(item)}
                    >
                      {t('council.agenda.remove')}
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {changing && editing === 'new' && <AgendaItemForm onDone={() => closeForm()} />}
      {changing && editing !== 'new' && (
        <button ref={addButton} type="button" className="button" onClick={() => setEditing('new')}>
          {t('council.agenda.add')}
        </button>
      )}
    </section>
  );
}

type FocusAfter = { readonly kind: 'moved'; readonly id: string; readonly index: number; readonly button: 'up' | 'down' } | { readonly kind: 'removed'; readonly id: string };

/** An item as the council reads it: what it is about, its motion, what it decides, its votes. */
function AgendaItemBody({ item }: { item: AgendaItemView }) {
  const { t } = useT();
  const decision = decisionWords(t, item);
  const open = openVoteOf(item);
  return (
    <>
      <h3 className="council-agenda__title">{item.title}</h3>
      {(item.project || item.plan) && (
        <p>
          {t('council.agenda.about')}:{' '}
          {item.project && (
            <Link to={`/projects/${item.project.id}`}>
              {t('council.agenda.project', { title: item.project.title })} ({stageLabel(t, item.project.stage)})
            </Link>
          )}
          {item.project && item.plan && ', '}
          {item.plan && <Link to={`/plans/${item.plan.id}`}>{t('council.agenda.plan', { title: item.plan.title })}</Link>}
        </p>
      )}
      {item.description && (
        <div className="council-text">
          <Markdown source={item.description} />
        </div>
      )}
      {item.motionText ? (
        <div className={`council-motion${open ? ' council-motion--open' : ''}`}>
          <h4>{t('council.agenda.motion')}</h4>
          <div className="council-text">
            <Markdown source={item.motionText} />
          </div>
          {decision && (
            <p>
              <strong>{t('council.agenda.decision')}:</strong> {decision}
            </p>
          )}
          <VotePanel item={item} />
        </div>
      ) : (
        <p className="council-muted">{t('council.agenda.noMotion')}</p>
      )}
    </>
  );
}
