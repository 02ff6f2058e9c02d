import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/I18n';
import { closedVoteSentence } from './council-text';
import type { AgendaItemView } from './meeting-context';

/** What the caller's own change will turn the item's latest vote into: "OPEN" for a vote not opened yet, else `${voteId}:${status}`. */
export type OwnVoteChange = string | null;

/**
 * Says politely when the item's vote opens, closes (with its result and resolution) or is voided
 * by someone else, as the tally is said when someone votes: a representative hears the chair. The
 * caller's own change says itself; the returned ref marks the state it leads to as theirs.
 */
export function useVoteNews(item: AgendaItemView, announce: (text: string) => void) {
  const { t } = useT();
  const latest = item.votes.at(-1) ?? null;
  const state = latest ? `${latest.id}:${latest.status}` : '';
  const seen = useRef(state);
  const own = useRef<OwnVoteChange>(null);
  useEffect(() => {
    if (seen.current === state) return;
    seen.current = state;
    if (!latest) return;
    const expected = own.current;
    if (expected && (expected === state || (expected === 'OPEN' && latest.status === 'OPEN'))) {
      own.current = null;
      return;
    }
    if (latest.status === 'OPEN') announce(t('council.vote.opened', { title: item.title }));
    else if (latest.status === 'CLOSED') announce(t('council.vote.closedOn', { title: item.title, result: closedVoteSentence(t, latest.result, latest.tally, item.resolution?.number) }));
    else announce(t('council.vote.cancelledOn', { title: item.title }));
  }, [state, latest, item.title, item.resolution, announce, t]);
  return own;
}
