import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import { AccountsService, PartnershipReferences } from '@wspolnie/identity';
import { DomainError, PgErrorCode, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { InviteeRole, MeetingStatus } from '../council-enums';
import { CouncilEvents } from '../council-events';
import { type Quorum, QuorumService } from './quorum';
import { Invitee } from './invitee.entity';
import type { InviteeInput, InviteToMeetingInput, RecordAttendanceInput } from './invitee.inputs';
import { meetingMessage } from './meeting-messages';
import { MeetingNotices } from './meeting-notices';
import type { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';

const OPEN = [MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS];

/** Who is invited to a meeting, as whom, and who is present: the quorum is counted from it. */
@Injectable()
export class InviteesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly meetings: MeetingsService,
    private readonly references: PartnershipReferences,
    private readonly gminas: GminasService,
    private readonly accounts: AccountsService,
    private readonly quorums: QuorumService,
    private readonly notices: MeetingNotices,
    private readonly events: CouncilEvents,
  ) {}

  private get invitees() {
    return this.txHost.tx.getRepository(Invitee);
  }

  ofMeetings(meetingIds: readonly string[]): Promise<Invitee[]> {
    // Representatives first, by their gmina's name as Poles sort it; then guests as invited.
    return this.invitees
      .createQueryBuilder('invitee')
      .where('invitee.meeting_id IN (:...meetingIds)', { meetingIds })
      .orderBy('invitee.role', 'ASC')
      .addOrderBy(`(SELECT gmina.name FROM gmina WHERE gmina.id = invitee.gmina_id) COLLATE "pl-x-icu"`, 'ASC', 'NULLS LAST')
      .addOrderBy('invitee.invited_at', 'ASC')
      .addOrderBy('invitee.user_id', 'ASC')
      .getMany();
  }

  /** Invites someone with a role in the partnership, or changes how they are invited (a guest who now represents a gmina). */
  @Transactional()
  async invite(actor: Actor, input: InviteToMeetingInput): Promise<Meeting> {
    const meeting = await this.meetings.hold(input.meetingId);
    this.meetings.assertStatus(meeting, OPEN, 'invitationsClosed', meeting);
    await this.references.assertUsable(meeting.partnershipId, [{ field: 'userId', kind: 'person', id: input.userId }]);
    if (input.role === InviteeRole.GUEST && input.gminaTerc) throw DomainError.badInput('gminaTerc', meetingMessage('guestHasNoGmina'));
    const gmina = input.role === InviteeRole.REPRESENTATIVE ? await this.memberGmina(meeting, input) : null;
    const gminaId = gmina?.id ?? null;
    const before = await this.invitees.findOneBy({ meetingId: meeting.id, userId: input.userId });
    if (gmina) await this.assertUnrepresented(meeting, gmina, input.userId);
    await this.invitees
      .upsert({ meetingId: meeting.id, partnershipId: meeting.partnershipId, userId: input.userId, role: input.role, gminaId }, { conflictPaths: ['meetingId', 'userId'] })
      .catch((error: unknown) => {
        // Another representative of the gmina was invited at the same moment.
        const pg = postgresErrorOf(error);
        if (pg?.code === PgErrorCode.UniqueViolation && pg.constraint === 'council_invitee_one_representative')
          throw DomainError.conflict(meetingMessage('secondRepresentative', { gmina: gmina?.name ?? '', title: meeting.title }), { gminaId });
        throw error;
      });
    await this.events.record(actor, meeting, input.userId, 'council.invitee.invited', {
      role: { before: before?.role ?? null, after: input.role },
      gminaId: { before: before?.gminaId ?? null, after: gminaId },
    });
    if (!before) await this.notices.scheduled(actor, meeting, [input.userId]);
    return meeting;
  }

  /** Someone who was present stays on record: only those who never came are removed. */
  @Transactional()
  async remove(actor: Actor, input: InviteeInput): Promise<Meeting> {
    const meeting = await this.meetings.hold(input.meetingId);
    this.meetings.assertStatus(meeting, OPEN, 'invitationsClosed', meeting);
    const invitee = await this.invitedOrRefuse(meeting, input.userId);
    if (invitee.arrivedAt) throw DomainError.conflict(meetingMessage('tookPart', { name: await this.nameOf(input.userId), title: meeting.title }));
    await this.invitees.delete({ meetingId: meeting.id, userId: input.userId });
    await this.events.record(actor, meeting, input.userId, 'council.invitee.removed', { role: { before: invitee.role }, gminaId: { before: invitee.gminaId } });
    return meeting;
  }

  /** Arrived or left, at the database's clock; the event carries the quorum before and after. */
  @Transactional()
  async recordAttendance(actor: Actor, input: RecordAttendanceInput): Promise<Meeting> {
    const meeting = await this.meetings.hold(input.meetingId);
    this.meetings.assertStatus(meeting, [MeetingStatus.IN_PROGRESS], 'attendanceInProgressOnly', meeting);
    const invitee = await this.invitedOrRefuse(meeting, input.userId);
    if (invitee.present === input.present) return meeting;
    const before = await this.quorums.of(meeting);
    await this.invitees.update({ meetingId: meeting.id, userId: input.userId }, input.present ? { present: true, arrivedAt: () => 'now()', leftAt: null } : { present: false, leftAt: () => 'now()' });
    const after = await this.quorums.of(meeting);
    await this.events.record(actor, meeting, input.userId, 'council.attendance.recorded', {
      present: { before: invitee.present, after: input.present },
      role: { after: invitee.role },
      gminaId: { after: invitee.gminaId },
      ...quorumChanges(before, after),
    });
    return meeting;
  }

  private async invitedOrRefuse(meeting: Meeting, userId: string): Promise<Invitee> {
    const invitee = await this.invitees.findOneBy({ meetingId: meeting.id, userId });
    if (!invitee) throw DomainError.badInput('userId', meetingMessage('notInvited', { name: await this.nameOf(userId), title: meeting.title }));
    return invitee;
  }

  private async memberGmina(meeting: Meeting, input: InviteToMeetingInput): Promise<{ id: string; name: string }> {
    if (!input.gminaTerc) throw DomainError.badInput('gminaTerc', meetingMessage('gminaNeeded'));
    const [gmina] = await this.gminas.requireByTercs([input.gminaTerc], () => 'gminaTerc');
    const [member] = await this.txHost.tx.query(`SELECT 1 FROM partnership_member WHERE partnership_id = $1 AND gmina_id = $2`, [meeting.partnershipId, gmina.id]);
    if (!member) throw DomainError.badInput('gminaTerc', meetingMessage('notAMember', { gmina: gmina.name }));
    // Whoever represents a gmina acts for it here (their role names it): nobody casts a vote for a gmina they do not act for.
    const [grant] = await this.txHost.tx.query(`SELECT gmina_id FROM partnership_access WHERE partnership_id = $1 AND user_id = $2`, [meeting.partnershipId, input.userId]);
    if (grant?.gmina_id !== gmina.id) {
      const name = await this.nameOf(input.userId);
      throw DomainError.badInput('gminaTerc', grant?.gmina_id ? meetingMessage('actsForOtherGmina', { name, gmina: gmina.name }) : meetingMessage('actsForNoGmina', { name }));
    }
    return gmina;
  }

  /** One representative per gmina and meeting: another one is removed (or made a guest) first. */
  private async assertUnrepresented(meeting: Meeting, gmina: { id: string; name: string }, userId: string): Promise<void> {
    const other = await this.invitees.findOneBy({ meetingId: meeting.id, gminaId: gmina.id, role: InviteeRole.REPRESENTATIVE });
    if (other && other.userId !== userId) throw DomainError.conflict(meetingMessage('secondRepresentative', { gmina: gmina.name, title: meeting.title }), { gminaId: gmina.id });
  }

  private async nameOf(userId: string): Promise<string> {
    const [account] = await this.accounts.findByIds([userId]);
    return account?.displayName ?? userId;
  }
}

function quorumChanges(before: Quorum, after: Quorum) {
  return {
    representedGminas: { before: before.representedGminas, after: after.representedGminas },
    quorumNeeded: { before: before.needed, after: after.needed },
    quorumReached: { before: before.reached, after: after.reached },
  };
}
