import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { TableScroll } from '../../ui/TableScroll';
import { choiceLabel, resolutionLabel, resultSentence, tallyRows, tallySentence, votingRuleLabel } from './council-text';
import { type Choice, CouncilCancelVoteDocument, CouncilCastBallotDocument, CouncilCloseVoteDocument, CouncilOpenVoteDocument } from './graphql.generated';
import { type AgendaItemView, openVoteOf, useMeetingPage, type VoteView } from './meeting-context';

/**
 * An item's vote: "Poddaj pod głosowanie" for a manager, then the open vote with its live tally
 * and each gmina's ballot, the three buttons for a present representative, and closing or voiding
 * it; once closed, the result and the resolution it became.
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

  /** Runs a change, reloads the meeting and says what happened (the change's own words, if it has them). */
  const act = async (run: () => Promise<string | undefined>) => {
    setFailure('');
    try {
      const said = await run();
      await refresh();
      if (said) announce(said);
    } catch (error) {
      setFailure(apiProblem(error, t).message);
      await refresh().catch(() => undefined);
    }
  };

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
          onAct={act}
          closeVote={async (vote) => {
            const closed = (await closeVote({ variables: { input: { voteId: vote.id, expectedVersion: vote.version } } })).data?.closeVote;
            if (!closed) return undefined;
            const adopted = closed.resolution ? ` ${t('council.vote.adoptedAs', { resolution: resolutionLabel(t, closed.resolution.number) })}` : '';
            return t('council.vote.closed', { result: resultSentence(t, closed.result, closed.tally) + adopted });
          }}
          cancelVote={async (vote) => {
            await cancelVote({ variables: { input: { voteId: vote.id, expectedVersion: vote.version } } });
            return t('council.vote.cancelled');
          }}
        />
      )}
      {!open && counted && (
        <p className={`council-result council-result--${counted.result === 'ADOPTED' ? 'adopted' : 'rejected'}`}>
          {resultSentence(t, counted.result, counted.tally)}
          {item.resolution && (
            <>
              {'. '}
              <strong>{t('council.vote.adoptedAs', { resolution: resolutionLabel(t, item.resolution.number) })}</strong>
            </>
          )}
        </p>
      )}
      {voided.length > 0 && (
        <ul className="council-muted council-voided">
          {voided.map((vote) => (
            <li key={vote.id}>
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
          onClick={() =>
            void act(async () => {
              await openVote({ variables: { input: { agendaItemId: item.id } } });
              return t('council.vote.live');
            })
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
  onAct(run: () => Promise<string | undefined>): Promise<void>;
  closeVote(vote: VoteView): Promise<string | undefined>;
  cancelVote(vote: VoteView): Promise<string | undefined>;
}

function OpenVote({ vote, item, onAct, closeVote, cancelVote }: OpenVoteProps) {
  const { t } = useT();
  const { manages, announce } = useMeetingPage();
  const headingId = useId();
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
      <h4 id={headingId}>
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
      <MyBallot vote={vote} onAct={onAct} />
      {manages && (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => void onAct(() => closeVote(vote))}>
            {t('council.vote.close')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void onAct(() => cancelVote(vote))}>
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
              <td>{ballot ? choiceLabel(t, ballot.choice) : <span className="council-muted">{t('council.vote.notYet')}</span>}</td>
              <td>{representativeOf(gmina.terc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The caller's vote for their gmina: three buttons once, then what was cast. */
function MyBallot({ vote, onAct }: { vote: VoteView; onAct: OpenVoteProps['onAct'] }) {
  const { t } = useT();
  const { meeting } = useMeetingPage();
  const [cast] = useMutation(CouncilCastBallotDocument);
  const groupId = useId();
  const mine = meeting.myRepresentation;
  if (!mine) return null;
  // A gmina votes once, by its one representative at the meeting: its ballot is the caller's.
  const ballot = vote.ballots.find((entry) => entry.gmina.terc === mine.gmina.terc);
  if (ballot) return <p className="council-my-ballot">{t('council.vote.yours', { choice: t(`council.choice.word.${ballot.choice}`) })}</p>;
  if (!mine.present) return <p className="council-muted">{t('council.vote.notPresent', { gmina: mine.gmina.name })}</p>;
  const choose = (choice: Choice) =>
    onAct(async () => {
      await cast({ variables: { input: { voteId: vote.id, choice } } });
      return t('council.vote.yours', { choice: t(`council.choice.word.${choice}`) });
    });
  return (
    <div role="group" aria-labelledby={groupId} className="council-my-ballot">
      <p id={groupId}>{t('council.vote.buttons', { gmina: mine.gmina.name })}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void choose('FOR')}>
          {t('council.vote.for')}
        </button>
        <button type="button" className="button" onClick={() => void choose('AGAINST')}>
          {t('council.vote.against')}
        </button>
        <button type="button" className="button" onClick={() => void choose('ABSTAIN')}>
          {t('council.vote.abstain')}
        </button>
      </div>
    </div>
  );
}
