import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import { AccessService } from '@wspolnie/identity';
import { PartnershipsService } from '@wspolnie/partnerships';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError, ErrorCode, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { In } from 'typeorm';
import { InviteeRole, MeetingStatus, VoteResult, VoteStatus } from '../council-enums';
import { CouncilEvents } from '../council-events';
import { councilMessage } from '../council-messages';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { Invitee } from '../meeting/invitee.entity';
import { Meeting } from '../meeting/meeting.entity';
import { type Quorum, QuorumService } from '../meeting/quorum';
import { ResolutionsService } from '../resolution/resolutions.service';
import { CouncilSettingsService } from '../settings/council-settings.service';
import { voteMessage } from './vote-messages';
import { outcomeOf, type Tally, tallyOf } from './vote-rules';
import { Ballot, Vote } from './vote.entity';
import type { CastBallotInput, OpenVoteInput, VoteVersionInput } from './vote.inputs';

const quorumWords = (quorum: Quorum) => ({ represented: quorum.representedGminas, members: quorum.memberGminas, needed: quorum.needed });

/**
 * Votes on agenda items: opened by the chair with a quorum, one ballot per member gmina cast by
 * its representative present, closed with the result of the partnership's rule. An adopted
 * motion becomes a numbered resolution whose decision is applied in the same transaction.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly quorums: QuorumService,
    private readonly settings: CouncilSettingsService,
    private readonly partnerships: PartnershipsService,
    private readonly gminas: GminasService,
    private readonly resolutions: ResolutionsService,
    private readonly events: CouncilEvents,
    private readonly access: AccessService,
  ) {}

  async get(id: string): Promise<Vote> {
    const vote = await this.txHost.tx.getRepository(Vote).findOneBy({ id });
    if (!vote) throw DomainError.notFound(councilMessage('noun.vote'), id);
    return vote;
  }

  byIds(ids: readonly string[]): Promise<Vote[]> {
    return this.txHost.tx.getRepository(Vote).findBy({ id: In([...ids]) });
  }

  itemsByIds(ids: readonly string[]): Promise<AgendaItem[]> {
    return this.txHost.tx.getRepository(AgendaItem).findBy({ id: In([...ids]) });
  }

  ofItems(itemIds: readonly string[]): Promise<Vote[]> {
    return this.txHost.tx.getRepository(Vote).find({ where: { agendaItemId: In([...itemIds]) }, order: { openedAt: 'ASC', id: 'ASC' } });
  }

  ballotsOf(voteIds: readonly string[]): Promise<Ballot[]> {
    return this.txHost.tx.getRepository(Ballot).find({ where: { voteId: In([...voteIds]) }, order: { castAt: 'ASC', gminaId: 'ASC' } });
  }

  /** The count so far while open; as recorded at closing after. */
  tally(vote: Vote, ballots: readonly Ballot[]): Tally {
    if (vote.status === VoteStatus.CLOSED && vote.votesFor !== null) {
      const cast = (vote.votesFor ?? 0) + (vote.votesAgainst ?? 0) + (vote.votesAbstain ?? 0);
      return { for: vote.votesFor ?? 0, against: vote.votesAgainst ?? 0, abstain: vote.votesAbstain ?? 0, cast, notVoted: Math.max(vote.memberCount - cast, 0) };
    }
    return tallyOf(
      ballots.map((ballot) => ballot.choice),
      vote.memberCount,
    );
  }

  @Transactional()
  async open(actor: Actor, input: OpenVoteInput): Promise<Vote> {
    // The meeting first (FOR SHARE, held to COMMIT): it cannot close, take attendance or change its
    // agenda under a vote being opened; the item is read after it, as every agenda writer left it.
    const [where] = await this.txHost.tx.query(`SELECT meeting_id FROM council_agenda_item WHERE id = $1`, [input.agendaItemId]);
    if (!where) throw DomainError.notFound(councilMessage('noun.agendaItem'), input.agendaItemId);
    const meeting = await this.lockedMeeting(where.meeting_id);
    const item = await this.txHost.tx.getRepository(AgendaItem).findOneBy({ id: input.agendaItemId });
    if (!item) throw DomainError.notFound(councilMessage('noun.agendaItem'), input.agendaItemId);
    if (meeting.status !== MeetingStatus.IN_PROGRESS) throw DomainError.conflict(voteMessage('meetingNotInProgress', { number: meeting.number, title: meeting.title }), { status: meeting.status });
    if (!item.motionText) throw DomainError.badInput('agendaItemId', voteMessage('noMotion', { title: item.title }));
    if (await this.resolutions.ofItem(item.id)) throw DomainError.conflict(voteMessage('alreadyAdopted', { title: item.title }));
    const quorum = await this.quorums.of(meeting);
    if (!quorum.reached) throw DomainError.conflict(voteMessage('noQuorum', quorumWords(quorum)), { quorum: quorumWords(quorum) });
    const { votingRule } = await this.settings.of(meeting.partnershipId);
    const members = (await this.partnerships.memberGminaIds(meeting.partnershipId)).size;
    const vote = await this.asOnlyOpen(item, () =>
      this.txHost.tx
        .getRepository(Vote)
        .save(Object.assign(new Vote(), { meetingId: meeting.id, partnershipId: meeting.partnershipId, agendaItemId: item.id, votingRule, memberCount: members, openedBy: actor.userId })),
    );
    await this.events.record(actor, meeting, vote.id, 'council.vote.opened', { agendaItem: { after: item.title }, votingRule: { after: votingRule }, quorum: { after: quorumWords(quorum) } });
    return this.get(vote.id);
  }

  @Transactional()
  async cast(actor: Actor, input: CastBallotInput): Promise<Vote> {
    // FOR SHARE: ballots wait for a closing in progress (FOR UPDATE) and then see it closed.
    const vote = await this.txHost.tx.getRepository(Vote).findOne({ where: { id: input.voteId }, lock: { mode: 'pessimistic_read' } });
    if (!vote) throw DomainError.notFound(councilMessage('noun.vote'), input.voteId);
    const item = await this.txHost.tx.getRepository(AgendaItem).findOneByOrFail({ id: vote.agendaItemId });
    if (vote.status !== VoteStatus.OPEN) throw DomainError.conflict(voteMessage('notOpen', { title: item.title }), { status: vote.status });
    // FOR SHARE: a departure recorded at this moment waits for the ballot, or the ballot sees it.
    const seat = await this.txHost.tx
      .getRepository(Invitee)
      .findOne({ where: { meetingId: vote.meetingId, userId: actor.userId, role: InviteeRole.REPRESENTATIVE }, lock: { mode: 'pessimistic_read' } });
    if (!seat?.gminaId) throw new DomainError(ErrorCode.Forbidden, voteMessage('notRepresentative'));
    const [gmina] = await this.gminas.findByIds([seat.gminaId]);
    if (!(await this.partnerships.memberGminaIds(vote.partnershipId)).has(seat.gminaId)) throw new DomainError(ErrorCode.Forbidden, voteMessage('notMember', { gmina: gmina?.name ?? '' }));
    const grant = await this.access.grantOf(actor.userId, vote.partnershipId);
    if (grant?.gminaId !== seat.gminaId) throw new DomainError(ErrorCode.Forbidden, voteMessage('notActingFor', { gmina: gmina?.name ?? '' }));
    if (!seat.present) throw new DomainError(ErrorCode.Forbidden, voteMessage('notPresent'));
    // The gmina's ballot, or one this person cast for another gmina they represented earlier in the vote.
    const earlier: { gmina_id: string }[] = await this.txHost.tx.query(`SELECT gmina_id FROM council_ballot WHERE vote_id = $1 AND (gmina_id = $2 OR cast_by = $3)`, [
      vote.id,
      seat.gminaId,
      actor.userId,
    ]);
    if (earlier.some((ballot) => ballot.gmina_id === seat.gminaId)) throw DomainError.conflict(voteMessage('alreadyVoted', { gmina: gmina?.name ?? '', title: item.title }));
    if (earlier.length) throw DomainError.conflict(voteMessage('votedYourself'));
    const inserted = await this.txHost.tx.query(
      `INSERT INTO council_ballot (vote_id, gmina_id, choice, cast_by) VALUES ($1, $2, $3, $4) ON CONFLICT (vote_id, gmina_id) DO NOTHING RETURNING gmina_id`,
      [vote.id, seat.gminaId, input.choice, actor.userId],
    );
    if (!inserted.length) throw DomainError.conflict(voteMessage('alreadyVoted', { gmina: gmina?.name ?? '', title: item.title }));
    const tally = this.tally(vote, await this.ballotsOf([vote.id]));
    await this.events.record(actor, { id: vote.meetingId, partnershipId: vote.partnershipId }, vote.id, 'council.ballot.cast', {
      gmina: { after: gmina?.name ?? seat.gminaId },
      choice: { after: input.choice },
      tally: { after: tally },
    });
    return vote;
  }

  /** Closes with the result; an adopted motion becomes a resolution, its decision applied, or neither happens. */
  @Transactional()
  async close(actor: Actor, input: VoteVersionInput): Promise<Vote> {
    const { vote, item, meeting } = await this.lockedOpen(input.voteId);
    const quorum = await this.quorums.of(meeting);
    if (!quorum.reached) throw DomainError.conflict(voteMessage('noQuorumToClose', quorumWords(quorum)), { quorum: quorumWords(quorum) }, vote);
    const tally = this.tally(vote, await this.ballotsOf([vote.id]));
    const result = outcomeOf(vote.votingRule, tally, vote.memberCount);
    const closed = await versionedUpdate(this.txHost.tx, Vote, {
      id: vote.id,
      expectedVersion: input.expectedVersion,
      changes: { status: VoteStatus.CLOSED, result, votesFor: tally.for, votesAgainst: tally.against, votesAbstain: tally.abstain, closedBy: actor.userId, closedAt: () => 'now()' } as never,
      noun: councilMessage('noun.vote'),
      nameOf: () => item.title,
    });
    // The decision first: it locks its project or plan before any event takes the stream's counter
    // row, the order every other writer of a project or plan takes them in (no deadlock).
    if (result === VoteResult.ADOPTED) await this.resolutions.adopt(actor, { meeting, item, vote: closed });
    await this.events.record(actor, meeting, vote.id, 'council.vote.closed', { result: { after: result }, tally: { after: tally } });
    return closed;
  }

  /** Ends an open vote without a result (the motion is to be amended, the quorum is gone); its ballots stay on record. */
  @Transactional()
  async cancel(actor: Actor, input: VoteVersionInput): Promise<Vote> {
    const { vote, item, meeting } = await this.lockedOpen(input.voteId);
    const cancelled = await versionedUpdate(this.txHost.tx, Vote, {
      id: vote.id,
      expectedVersion: input.expectedVersion,
      changes: { status: VoteStatus.CANCELLED, closedBy: actor.userId, closedAt: () => 'now()' } as never,
      noun: councilMessage('noun.vote'),
      nameOf: () => item.title,
    });
    await this.events.record(actor, meeting, vote.id, 'council.vote.cancelled', { status: { before: VoteStatus.OPEN, after: VoteStatus.CANCELLED } });
    return cancelled;
  }

  private async lockedOpen(voteId: string): Promise<{ vote: Vote; item: AgendaItem; meeting: Meeting }> {
    const vote = await this.txHost.tx.getRepository(Vote).findOne({ where: { id: voteId }, lock: { mode: 'pessimistic_write' } });
    if (!vote) throw DomainError.notFound(councilMessage('noun.vote'), voteId);
    const item = await this.txHost.tx.getRepository(AgendaItem).findOneByOrFail({ id: vote.agendaItemId });
    if (vote.status !== VoteStatus.OPEN) throw DomainError.conflict(voteMessage('notOpenToEnd', { title: item.title }), { status: vote.status }, vote);
    return { vote, item, meeting: await this.lockedMeeting(vote.meetingId) };
  }

  private async lockedMeeting(id: string): Promise<Meeting> {
    const meeting = await this.txHost.tx.getRepository(Meeting).findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
    if (!meeting) throw DomainError.notFound(councilMessage('noun.meeting'), id);
    return meeting;
  }

  private async asOnlyOpen<T>(item: AgendaItem, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = postgresErrorOf(error)?.constraint;
      if (constraint === 'council_vote_one_open_per_item') throw DomainError.conflict(voteMessage('alreadyOpen', { title: item.title }));
      // Removed by someone who held the meeting before this vote did (the item's row was read after the lock, so only a writer without it).
      if (constraint === 'council_vote_item_fk') throw DomainError.notFound(councilMessage('noun.agendaItem'), item.id);
      throw error;
    }
  }
}
