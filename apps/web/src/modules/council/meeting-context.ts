import { createContext, useContext } from 'react';
import type { CouncilReader } from './council-rules';
import type { CouncilAgendaItemFragment, CouncilMeetingFragment, CouncilVoteFragment } from './graphql.generated';

export type MeetingView = CouncilMeetingFragment;
export type AgendaItemView = CouncilAgendaItemFragment;
export type VoteView = CouncilVoteFragment;

/** What every part of the meeting page shares: the meeting as loaded, who reads it, how to reload it. */
export interface MeetingPageValue {
  readonly meeting: MeetingView;
  readonly reader: CouncilReader;
  /** meeting.manage: coordinators, and the meeting's chair. */
  readonly manages: boolean;
  /** Reloads the meeting (after a CONFLICT, or an event). */
  refresh(): Promise<unknown>;
  /** Says something politely to screen readers. */
  announce(message: string): void;
}

export const MeetingPageContext = createContext<MeetingPageValue | null>(null);

export function useMeetingPage(): MeetingPageValue {
  const value = useContext(MeetingPageContext);
  if (!value) throw new Error('outside the meeting page');
  return value;
}

/** The vote now open on an item, if any. */
export const openVoteOf = (item: AgendaItemView): VoteView | null => item.votes.find((vote) => vote.status === 'OPEN') ?? null;

/** Whether the agenda can still change: not once the meeting is closed or cancelled. */
export const agendaOpen = (meeting: MeetingView) => meeting.status === 'PLANNED' || meeting.status === 'IN_PROGRESS';
