import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { TableScroll } from '../../ui/TableScroll';
import { ballotLabel, closedVoteSentence, resultSentence, tallyRows, tallySentence, votingRuleLabel } from './council-text';
import { type Choice, CouncilCancelVoteDocument, CouncilCastBallotDocument, CouncilCloseVoteDocument, CouncilOpenVoteDocument } from './graphql.generated';
import { type AgendaItemView, openVoteOf, useMeetingPage, type VoteView } from './meeting-context';
import { useInFlight } from '../../ui/use-in-flight';
import { type OwnVoteChange, useVoteNews } from './use-vote-news';

/** A change to the vote: sends it, returns what to say; focus then goes to `focusId`, once it shows. */
type Act = (run: () => Promise<string | undefined>, focusId: string, leadsTo?: OwnVoteChange) => Promise<void>;

/**
 * An item's vote: "Poddaj pod głosowanie" for a manager, then the open vote with its live tally
 * and each gmina's ballot, the three buttons for a present representative, and closing or voiding
 * it; once closed, the result and the resolution it became. Others' openings and closings are said.
 */
export function VotePanel({ item }: { item: AgendaItemView }) {
  const { t, moment } = useT();
  const { meeting, manages, refresh, announce } = useMeetingPage();
  const [failure, setFailure] = useState('');
  const [openVote] = useMutation(CouncilOpenVoteDocument);
  const [closeVote] = useMutation(CouncilCloseVoteDocument);
  const [cancelVote] = useMutation(CouncilCancelVoteDocument);
  const open = openVoteOf(item);
  const counted = [...item.votes].reverse().find((vote) => vote.status === 'CLOSED') ?? null;
  const voided = item.votes.filter((vote) => vote.status === 'CANCELLED');
  const mayOpen = manages && meeting.status === 'IN_PROGRESS' && !open && !item.resolution;
  const own = useVoteNews(item, announce);
  const { pending, guard } = useInFlight();
  // The element that takes focus once the change has rendered (the button pressed is gone by then).
  const focusAfter = useRef<string | null>(null);
  useLayoutEffect(() => {
    const target = focusAfter.current && document.getElementById(focusAfter.current);
    if (!target) return;
    focusAfter.current = null;
    target.focus();
  });

  /** Runs a change, reloads the meeting and says what happened (the change's own words, if it has them). */
  const act: Act = (run, focusId, leadsTo = null) =>
    guard(async () => {
      setFailure('');
      focusAfter.current = focusId;
      own.current = leadsTo;
      try {
        const said = await run();
        await refresh();
        if (said) announce(said);
      } catch (error) {
        focusAfter.current = null;
        own.current = null;
        setFailure(apiProblem(error, t).message);
        await refresh().catch(() => undefined);
      }
    });

  return (
    <div className="council-vote">
      {failure && (
        <p className="notice notice--warning" role="alert">
          {failure}
        </p>
      )}
      {open && (
        <OpenVote
          vote={open}
          item={item}
          pending={pending}
          onAct={act}
          closeVote={async (vote) => {
            const closed = (await closeVote({ variables: { input: { voteId: vote.id, expectedVersion: vote.version } } })).data?.closeVote;
            if (!closed) return undefined;
            return t('council.vote.closed', { result: closedVoteSentence(t, closed.result, closed.tally, closed.resolution?.number) });
          }}
          cancelVote={async (vote) => {
            await cancelVote({ variables: { input: { voteId: vote.id, expectedVersion: vote.version } } });
            return t('council.vote.cancelled');
          }}
        />
      )}
      {!open && counted && (
        <p id={`vote-${item.id}-result`} tabIndex={-1} className={`council-result council-result--${counted.result === 'ADOPTED' ? 'adopted' : 'rejected'}`}>
          {resultSentence(t, counted.result, counted.tally)}
          {item.resolution && (
            <>
              {'. '}
              <strong>{t('council.vote.adoptedAs', { number: item.resolution.number })}</strong>
            </>
          )}
        </p>
      )}
      {voided.length > 0 && (
        <ul className="council-muted council-voided">
          {voided.map((vote) => (
            <li key={vote.id} id={`vote-${vote.id}-voided`} tabIndex={-1}>
              {t('council.vote.cancelledShort', { when: moment(vote.openedAt) })}: {tallySentence(t, vote.tally)}
            </li>
          ))}
        </ul>
      )}
      {mayOpen && (
        <button
          type="button"
          className="button button--primary"
          aria-label={t('council.vote.openLabel', { title: item.title })}
          aria-disabled={pending || undefined}
          onClick={() =>
            void act(
              async () => {
                await openVote({ variables: { input: { agendaItemId: item.id } } });
                return t('council.vote.live');
              },
              `vote-${item.id}-open`,
              'OPEN',
            )
          }
        >
          {t('council.vote.open')}
        </button>
      )}
    </div>
  );
}

interface OpenVoteProps {
  readonly vote: VoteView;
  readonly item: AgendaItemView;
  readonly pending: boolean;
  readonly onAct: Act;
  closeVote(vote: VoteView): Promise<string | undefined>;
  cancelVote(vote: VoteView): Promise<string | undefined>;
}

function OpenVote({ vote, item, pending, onAct, closeVote, cancelVote }: OpenVoteProps) {
  const { t } = useT();
  const { manages, announce } = useMeetingPage();
  // One open vote per item at a time: its heading takes focus when the caller opens it.
  const headingId = `vote-${item.id}-open`;
  const sentence = tallySentence(t, vote.tally);
  // The tally is read out when it changes (someone voted), not when the panel first shows.
  const said = useRef(sentence);
  useEffect(() => {
    if (said.current === sentence) return;
    said.current = sentence;
    announce(t('council.vote.tallyChanged', { tally: sentence }));
  }, [sentence, announce, t]);

  return (
    <section className="council-vote__open" aria-labelledby={headingId}>
      <h4 id={headingId} tabIndex={-1}>
        {t('council.vote.live')}: {item.title}
      </h4>
      <p className="council-muted">{t('council.vote.rule', { rule: votingRuleLabel(t, vote.votingRule) })}</p>
      <TableScroll labelledBy={`${headingId}-tally`}>
        <table className="council-tally">
          <caption id={`${headingId}-tally`}>{t('council.vote.tallyCaption')}</caption>
          <tbody>
            {tallyRows(t, vote.tally).map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="numeric">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Ballots vote={vote} captionId={`${headingId}-ballots`} />
      <MyBallot vote={vote} pending={pending} onAct={onAct} />
      {manages && (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={pending || undefined}
            onClick={() => void onAct(() => closeVote(vote), `vote-${item.id}-result`, `${vote.id}:CLOSED`)}
          >
            {t('council.vote.close')}
          </button>
          <button
            type="button"
            className="button button--danger"
            aria-disabled={pending || undefined}
            onClick={() => void onAct(() => cancelVote(vote), `vote-${vote.id}-voided`, `${vote.id}:CANCELLED`)}
          >
            {t('council.vote.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

function Ballots({ vote, captionId }: { vote: VoteView; captionId: string }) {
  const { t } = useT();
  const { meeting } = useMeetingPage();
  // Every represented gmina of the meeting, voted or not, then any ballot of a gmina not invited.
  const gminas = meeting.invitees.flatMap((invitee) => (invitee.role === 'REPRESENTATIVE' && invitee.gmina ? [invitee.gmina] : []));
  const byTerc = new Map(vote.ballots.map((ballot) => [ballot.gmina.terc, ballot]));
  // Who casts each gmina's vote: its representative at this meeting (one per gmina).
  const representativeOf = (terc: string) => meeting.invitees.find((invitee) => invitee.role === 'REPRESENTATIVE' && invitee.gmina?.terc === terc)?.person.displayName ?? '';
  const rows = [
    ...gminas.map((gmina) => ({ gmina, ballot: byTerc.get(gmina.terc) ?? null })),
    ...vote.ballots.filter((ballot) => !gminas.some((gmina) => gmina.terc === ballot.gmina.terc)).map((ballot) => ({ gmina: ballot.gmina, ballot })),
  ];
  return (
    <TableScroll labelledBy={captionId}>
      <table className="council-ballots">
        <caption id={captionId}>{t('council.vote.ballotsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('council.vote.gmina')}</th>
            <th scope="col">{t('council.vote.choice')}</th>
            <th scope="col">{t('council.vote.representative')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ gmina, ballot }) => (
            <tr key={gmina.terc}>
              <th scope="row">{gmina.name}</th>
              <td>{ballot ? ballotLabel(t, ballot.choice) : <span className="council-muted">{t('council.vote.notYet')}</span>}</td>
              <td>{representativeOf(gmina.terc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The caller's vote for their gmina: three buttons once, then what was cast (focused once cast). */
function MyBallot({ vote, pending, onAct }: { vote: VoteView; pending: boolean; onAct: Act }) {
  const { t } = useT();
  const { meeting } = useMeetingPage();
  const [cast] = useMutation(CouncilCastBallotDocument);
  const groupId = useId();
  const mine = meeting.myRepresentation;
  if (!mine) return null;
  // A gmina votes once, by its one representative at the meeting: its ballot is the caller's.
  const ballot = vote.ballots.find((entry) => entry.gmina.terc === mine.gmina.terc);
  if (ballot)
    return (
      <p id={`vote-${vote.id}-mine`} tabIndex={-1} className="council-my-ballot">
        {t('council.vote.yours', { choice: t(`council.choice.word.${ballot.choice}`) })}
      </p>
    );
  if (!mine.present) return <p className="council-muted">{t('council.vote.notPresent', { gmina: mine.gmina.name })}</p>;
  const choose = (choice: Choice) =>
    onAct(async () => {
      await cast({ variables: { input: { voteId: vote.id, choice } } });
      return t('council.vote.yours', { choice: t(`council.choice.word.${choice}`) });
    }, `vote-${vote.id}-mine`);
  const disabled = pending || undefined;
  return (
    <div role="group" aria-labelledby={groupId} className="council-my-ballot">
      <p id={groupId}>{t('council.vote.buttons', { gmina: mine.gmina.name })}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" aria-disabled={disabled} onClick={() => void choose('FOR')}>
          {t('council.vote.for')}
        </button>
        <button type="button" className="button" aria-disabled={disabled} onClick={() => void choose('AGAINST')}>
          {t('council.vote.against')}
        </button>
        <button type="button" className="button" aria-disabled={disabled} onClick={() => void choose('ABSTAIN')}>
          {t('council.vote.abstain')}
        </button>
      </div>
    </div>
  );
}
