import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import { CouncilCastBallotDocument, CouncilCloseVoteDocument, type CouncilVoteFragment } from './graphql.generated';
import { type AgendaItemView, MeetingPageContext, type MeetingPageValue, type MeetingView } from './meeting-context';
import { VotePanel } from './VotePanel';

const RAJCZA = { id: 'g1', terc: '2417112', name: 'Rajcza' };
const UJSOLY = { id: 'g2', terc: '2417142', name: 'Ujsoły' };
const invitee = (userId: string, name: string, gmina: typeof RAJCZA) => ({
  meetingId: 'm1',
  userId,
  role: 'REPRESENTATIVE' as const,
  present: true,
  arrivedAt: null,
  leftAt: null,
  person: { id: userId, displayName: name },
  gmina,
});

const OPEN_VOTE: CouncilVoteFragment = {
  id: 'v1',
  status: 'OPEN',
  votingRule: 'SIMPLE_MAJORITY',
  memberCount: 2,
  result: null,
  openedAt: '2026-02-12T10:00:00.000Z',
  closedAt: null,
  version: 1,
  tally: { for: 0, against: 0, abstain: 0, cast: 0, notVoted: 2 },
  ballots: [],
};
const ITEM: AgendaItemView = {
  id: 'i1',
  position: 1,
  title: 'Harmonogram naboru',
  description: '',
  motionText: 'Rada przyjmuje harmonogram.',
  decisionKind: 'NONE',
  decisionStage: null,
  version: 1,
  project: null,
  plan: null,
  votes: [OPEN_VOTE],
  resolution: null,
};
const MEETING: MeetingView = {
  id: 'm1',
  partnershipId: 'p1',
  number: 4,
  title: 'Posiedzenie robocze',
  date: '2026-02-12',
  startTime: '10:00',
  endTime: '12:00',
  startsAt: '2026-02-12T09:00:00.000Z',
  endsAt: '2026-02-12T11:00:00.000Z',
  place: null,
  onlineUrl: null,
  status: 'IN_PROGRESS',
  cancellationReason: null,
  startedAt: '2026-02-12T09:00:00.000Z',
  closedAt: null,
  version: 2,
  chair: null,
  quorum: { rule: 'MORE_THAN_HALF', memberGminas: 2, representedGminas: 2, needed: 2, reached: true },
  myRepresentation: { present: true, gmina: RAJCZA },
  agenda: [ITEM],
  invitees: [invitee('u1', 'Jan Kowalik', RAJCZA), invitee('u2', 'Barbara Leśniak', UJSOLY)],
  minutes: { meetingId: 'm1', markdown: '', version: 0, updatedAt: '2026-02-12T09:00:00.000Z' },
  minutesCorrections: [],
};

function show(item: AgendaItemView, page: Partial<MeetingPageValue> = {}, mocks: MockLink.MockedResponse[] = []) {
  const value: MeetingPageValue = {
    meeting: { ...MEETING, agenda: [item] },
    reader: { userId: 'u1', role: 'COUNCIL_MEMBER' },
    manages: false,
    refresh: vi.fn(async () => undefined),
    announce: vi.fn(),
    ...page,
  };
  const tree = (shown: AgendaItemView) => (
    <I18nProvider initial="pl">
      <MockedProvider mocks={mocks}>
        <MeetingPageContext.Provider value={{ ...value, meeting: { ...value.meeting, agenda: [shown] } }}>
          <VotePanel item={shown} />
        </MeetingPageContext.Provider>
      </MockedProvider>
    </I18nProvider>
  );
  const { rerender } = render(tree(item));
  // The meeting as reloaded: the item with its votes as they are now.
  const reloaded = (next: AgendaItemView) => rerender(tree(next));
  return Object.assign(value, { reloaded });
}

const RAJCZA_FOR = { choice: 'FOR' as const, castAt: '2026-02-12T10:05:00.000Z', gmina: RAJCZA };
const CAST = { ...OPEN_VOTE, version: 2, tally: { ...OPEN_VOTE.tally, for: 1, cast: 1, notVoted: 1 }, ballots: [RAJCZA_FOR] };
const CLOSED: CouncilVoteFragment = { ...OPEN_VOTE, status: 'CLOSED', result: 'ADOPTED', version: 3, tally: { for: 2, against: 0, abstain: 0, cast: 2, notVoted: 0 } };

describe('the vote on an agenda item', () => {
  it('gives a present representative three buttons for their gmina, and sends the one pressed', async () => {
    const cast = { ...OPEN_VOTE, version: 2, tally: { ...OPEN_VOTE.tally, for: 1, cast: 1, notVoted: 1 }, ballots: [{ choice: 'FOR' as const, castAt: '2026-02-12T10:05:00.000Z', gmina: RAJCZA }] };
    const page = show(ITEM, {}, [
      { request: { query: CouncilCastBallotDocument, variables: { input: { voteId: 'v1', choice: 'FOR' } } }, result: { data: { castBallot: { __typename: 'Vote', ...cast } } } },
    ]);
    const group = screen.getByRole('group', { name: 'Twój głos w imieniu gminy Rajcza' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Za', 'Przeciw', 'Wstrzymuję się']);
    expect(screen.queryByRole('button', { name: 'Zamknij głosowanie' })).toBeNull();
    const tally = screen.getByRole('table', { name: 'Wynik głosowania' });
    expect(within(tally).getByRole('row', { name: 'Nie głosowało 2' })).toBeInTheDocument();
    const ballots = screen.getByRole('table', { name: 'Głosy gmin' });
    expect(within(ballots).getByRole('row', { name: /^Rajcza jeszcze nie głosowała Jan Kowalik$/ })).toBeInTheDocument();

    await userEvent.click(within(group).getByRole('button', { name: 'Za' }));
    await waitFor(() => expect(page.announce).toHaveBeenCalledWith('Twój głos: za'));
    expect(page.refresh).toHaveBeenCalled();
  });

  it('says the caller’s vote once their gmina has voted, and offers no buttons', () => {
    show({ ...ITEM, votes: [{ ...OPEN_VOTE, ballots: [{ choice: 'AGAINST', castAt: '2026-02-12T10:05:00.000Z', gmina: RAJCZA }] }] });
    expect(screen.getByText('Twój głos: przeciw')).toBeInTheDocument();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('tells a representative not yet present that they vote once recorded', () => {
    show(ITEM, { meeting: { ...MEETING, myRepresentation: { present: false, gmina: RAJCZA } } });
    expect(screen.getByText('Głosujesz w imieniu gminy Rajcza po odnotowaniu Twojej obecności.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Za' })).toBeNull();
  });

  it('lets a manager put a motion to a vote, then close or void it', () => {
    show({ ...ITEM, votes: [] }, { manages: true });
    expect(screen.getByRole('button', { name: 'Poddaj pod głosowanie: Harmonogram naboru' })).toBeInTheDocument();
  });

  it('shows a closed vote’s result and the resolution it became', () => {
    const closed: CouncilVoteFragment = { ...OPEN_VOTE, status: 'CLOSED', result: 'ADOPTED', tally: { for: 2, against: 0, abstain: 0, cast: 2, notVoted: 0 } };
    show({ ...ITEM, votes: [closed], resolution: { id: 'r1', number: '3/2026' } }, { manages: true });
    expect(screen.getByText(/Uchwała przyjęta \(za: 2, przeciw: 0, wstrzymało się: 0, nie głosowało: 0\)/)).toBeInTheDocument();
    expect(screen.getByText('Przyjęto jako uchwałę nr 3/2026.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Poddaj pod głosowanie/ })).toBeNull();
  });

  it('names one gmina’s abstention in the feminine (a gmina), while the count stays "Wstrzymało się"', () => {
    const ujsolyAbstains = { choice: 'ABSTAIN' as const, castAt: '2026-02-12T10:06:00.000Z', gmina: UJSOLY };
    show({ ...ITEM, votes: [{ ...OPEN_VOTE, tally: { ...OPEN_VOTE.tally, abstain: 1, cast: 1, notVoted: 1 }, ballots: [ujsolyAbstains] }] });
    expect(within(screen.getByRole('table', { name: 'Głosy gmin' })).getByRole('row', { name: /^Ujsoły Wstrzymała się Barbara Leśniak$/ })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Wynik głosowania' })).getByRole('row', { name: 'Wstrzymało się 1' })).toBeInTheDocument();
  });

  it('sends a ballot once however often it is pressed, then moves focus to "Twój głos"', async () => {
    const page = show(ITEM, {}, [
      { request: { query: CouncilCastBallotDocument, variables: { input: { voteId: 'v1', choice: 'FOR' } } }, result: { data: { castBallot: { __typename: 'Vote', ...CAST } } }, delay: 30 },
    ]);
    const button = screen.getByRole('button', { name: 'Za' });
    // Two presses before React renders again: one request (the mock has one answer only, a second would fail).
    fireEvent.click(button);
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(page.announce).toHaveBeenCalledWith('Twój głos: za'));
    expect(screen.queryByRole('alert')).toBeNull();
    page.reloaded({ ...ITEM, votes: [CAST] });
    expect(document.activeElement).toBe(screen.getByText('Twój głos: za'));
  });

  it('says when someone else closes the vote, with its result and resolution, and when they open one', () => {
    const page = show({ ...ITEM, votes: [] });
    page.reloaded({ ...ITEM, votes: [OPEN_VOTE] });
    expect(page.announce).toHaveBeenLastCalledWith('Otwarto głosowanie: Harmonogram naboru.');
    page.reloaded({ ...ITEM, votes: [CLOSED], resolution: { id: 'r1', number: '3/2026' } });
    expect(page.announce).toHaveBeenLastCalledWith(
      'Zamknięto głosowanie: Harmonogram naboru. Uchwała przyjęta (za: 2, przeciw: 0, wstrzymało się: 0, nie głosowało: 0). Przyjęto jako uchwałę nr 3/2026.',
    );
    expect(page.announce).toHaveBeenCalledTimes(2);
  });

  it('says the chair’s own closing once, in its own words, and focuses the result', async () => {
    const page = show(ITEM, { manages: true }, [
      {
        request: { query: CouncilCloseVoteDocument, variables: { input: { voteId: 'v1', expectedVersion: 1 } } },
        result: { data: { closeVote: { __typename: 'Vote', ...CLOSED, resolution: { __typename: 'Resolution', id: 'r1', number: '3/2026' } } } },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Zamknij głosowanie' }));
    await waitFor(() =>
      expect(page.announce).toHaveBeenCalledWith('Głosowanie zamknięte. Uchwała przyjęta (za: 2, przeciw: 0, wstrzymało się: 0, nie głosowało: 0). Przyjęto jako uchwałę nr 3/2026.'),
    );
    page.reloaded({ ...ITEM, votes: [CLOSED], resolution: { id: 'r1', number: '3/2026' } });
    expect(page.announce).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toHaveClass('council-result');
  });
});
