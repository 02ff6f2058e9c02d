import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessService, PartnershipRole } from '@wspolnie/identity';
import { NumberSeries, versionedUpdate } from '@wspolnie/platform-database';
import { warsawDate } from '@wspolnie/kernel';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { type ConnectionShape, paginate } from '@wspolnie/platform-pagination';
import { changesBetween } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import { MeetingStatus } from '../council-enums';
import { CouncilEvents } from '../council-events';
import { councilMessage } from '../council-messages';
import { MeetingInvitations } from './meeting-invitations';
import { meetingMessage, meetingStatusWords } from './meeting-messages';
import { MeetingNotices } from './meeting-notices';
import { MeetingTime, type WallClock } from './meeting-time';
import { Meeting } from './meeting.entity';
import { type CancelMeetingInput, type CreateMeetingInput, MeetingPeriod, type MeetingsArgs, type MeetingVersionInput, type UpdateMeetingInput } from './meeting.inputs';

const RECORDED = ['number', 'title', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'status', 'chairId', 'cancellationReason'] as const;
/** What a calendar shows of a meeting: a change of any bumps its SEQUENCE. */
const ON_CALENDARS = ['title', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'status'] as const;
/** What invitees are told of when it changes. */
const NOTIFIED = ['title', 'startsAt', 'endsAt', 'place', 'onlineUrl'] as const;
/** The database's clock, as every other moment of the meeting is recorded. */
const NOW = (() => 'now()') as unknown as Date;
const CHAIRS = new Set<string>([PartnershipRole.COORDINATOR, PartnershipRole.COUNCIL_MEMBER]);

/** Council meetings: calling them (numbered without gaps), changing, cancelling, starting and closing them, and reading them. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly numbers: NumberSeries,
    private readonly access: AccessService,
    private readonly time: MeetingTime,
    private readonly invitations: MeetingInvitations,
    private readonly notices: MeetingNotices,
    private readonly events: CouncilEvents,
  ) {}

  private get meetings() {
    return this.txHost.tx.getRepository(Meeting);
  }

  /** A meeting (the operation's declaration has checked the caller may act on it). */
  async get(id: string): Promise<Meeting> {
    const meeting = await this.meetings.findOneBy({ id });
    if (!meeting) throw DomainError.notFound(councilMessage('noun.meeting'), id);
    return meeting;
  }

  /**
   * The meeting, locked until the transaction ends: a change of its agenda, invitations,
   * attendance or minutes checks the status it is in, and a start or close cannot slip in
   * between the check and the change.
   */
  async hold(id: string): Promise<Meeting> {
    const meeting = await this.meetings.findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
    if (!meeting) throw DomainError.notFound(councilMessage('noun.meeting'), id);
    return meeting;
  }

  findByIds(ids: readonly string[]): Promise<Meeting[]> {
    return this.meetings.findBy({ id: In([...ids]) });
  }

  list(args: MeetingsArgs): Promise<ConnectionShape<Meeting>> {
    const query = this.meetings.createQueryBuilder('meeting').where('meeting.partnership_id = :partnershipId', { partnershipId: args.partnershipId });
    const upcoming = `meeting.status IN ('PLANNED', 'IN_PROGRESS') AND meeting.ends_at > now()`;
    if (args.when === MeetingPeriod.UPCOMING) query.andWhere(upcoming);
    if (args.when === MeetingPeriod.PAST) query.andWhere(`NOT (${upcoming})`);
    return paginate(
      query,
      args,
      [
        // An instant as ISO text: PostgreSQL reads it back as the same timestamptz.
        { expression: 'meeting.starts_at', valueOf: (meeting) => meeting.startsAt.toISOString() },
        { expression: 'meeting.id', valueOf: (meeting) => meeting.id, kind: 'uuid' },
      ],
      { direction: args.when === MeetingPeriod.UPCOMING ? 'ASC' : 'DESC' },
    );
  }

  @Transactional()
  async create(actor: Actor, input: CreateMeetingInput): Promise<Meeting> {
    if (input.chairId) await this.assertChair(input.partnershipId, input.chairId);
    const { startsAt, endsAt } = await this.instantsOf(input);
    const number = await this.numbers.next(input.partnershipId, 'council.meeting');
    const meeting = await this.meetings.save(
      this.meetings.create({
        partnershipId: input.partnershipId,
        number,
        title: input.title.trim(),
        startsAt,
        endsAt,
        place: input.place?.trim() ?? null,
        onlineUrl: input.onlineUrl ?? null,
        chairId: input.chairId ?? null,
        createdBy: actor.userId,
      }),
    );
    const invited = await this.invitations.inviteCouncil(meeting);
    if (meeting.chairId && (await this.invitations.inviteAsGuest(meeting, meeting.chairId))) invited.push(meeting.chairId);
    await this.events.record(actor, meeting, meeting.id, 'council.meeting.created', { ...changesBetween(null, meeting, RECORDED), invitees: { after: invited.length } });
    await this.notices.scheduled(actor, meeting, invited);
    return meeting;
  }

  @Transactional()
  async update(actor: Actor, input: UpdateMeetingInput): Promise<Meeting> {
    const before = await this.get(input.id);
    this.assertStatus(before, [MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS], 'notChangeable', before);
    if (input.chairId) await this.assertChair(before.partnershipId, input.chairId);
    const changes: Partial<Meeting> = {};
    if (input.title !== undefined) changes.title = input.title.trim();
    if (input.place !== undefined) changes.place = input.place?.trim() ?? null;
    if (input.onlineUrl !== undefined) changes.onlineUrl = input.onlineUrl;
    if (input.chairId !== undefined) changes.chairId = input.chairId;
    if (input.date !== undefined || input.startTime !== undefined || input.endTime !== undefined) {
      // Resolutions are dated (and numbered in the year) by the meeting's day: it is fixed once the meeting starts.
      this.assertStatus(before, [MeetingStatus.PLANNED], 'timeFixedOnceStarted', before);
      const now = await this.time.wallClockOf(before);
      Object.assign(changes, await this.instantsOf({ date: input.date ?? now.date, startTime: input.startTime ?? now.startTime, endTime: input.endTime ?? now.endTime }));
    }
    const after = await this.change(before, input.expectedVersion, changes);
    const newChair = after.chairId && after.chairId !== before.chairId && (await this.invitations.inviteAsGuest(after, after.chairId)) ? after.chairId : null;
    await this.events.record(actor, after, after.id, 'council.meeting.updated', changesBetween(before, after, RECORDED));
    // A chair invited now is told of the meeting as it is; everyone else of what changed in it.
    if (newChair) await this.notices.scheduled(actor, after, [newChair]);
    if (differs(before, after, NOTIFIED)) await this.notices.changed(actor, after, newChair);
    return after;
  }

  @Transactional()
  async cancel(actor: Actor, input: CancelMeetingInput): Promise<Meeting> {
    const before = await this.get(input.id);
    this.assertStatus(before, [MeetingStatus.PLANNED], 'cancelPlannedOnly', before);
    const after = await this.change(before, input.expectedVersion, { status: MeetingStatus.CANCELLED, cancellationReason: input.reason.trim() });
    await this.events.record(actor, after, after.id, 'council.meeting.cancelled', changesBetween(before, after, RECORDED));
    await this.notices.cancelled(actor, after);
    return after;
  }

  @Transactional()
  async start(actor: Actor, input: MeetingVersionInput): Promise<Meeting> {
    const before = await this.get(input.id);
    this.assertStatus(before, [MeetingStatus.PLANNED], 'startPlannedOnly', before);
    // Not before its day (a meeting held earlier has its date changed first); a past day is a meeting recorded afterwards.
    const day = warsawDate(before.startsAt);
    if (day > warsawDate()) throw DomainError.conflict(meetingMessage('startOnItsDay', { title: before.title, date: day }), { status: before.status }, before);
    const after = await this.change(before, input.expectedVersion, { status: MeetingStatus.IN_PROGRESS, startedAt: NOW });
    await this.events.record(actor, after, after.id, 'council.meeting.started', changesBetween(before, after, RECORDED));
    return after;
  }

  /** Refused while a vote is open: a vote is closed (with its result) by the chair first. */
  @Transactional()
  async close(actor: Actor, input: MeetingVersionInput): Promise<Meeting> {
    const before = await this.hold(input.id);
    this.assertStatus(before, [MeetingStatus.IN_PROGRESS], 'closeInProgressOnly', before);
    const [open] = await this.txHost.tx.query(`SELECT 1 FROM council_vote WHERE meeting_id = $1 AND status = 'OPEN' LIMIT 1`, [before.id]);
    if (open) throw DomainError.conflict(meetingMessage('voteStillOpen', { title: before.title }), { status: before.status }, before);
    const after = await this.change(before, input.expectedVersion, { status: MeetingStatus.CLOSED, closedAt: NOW });
    await this.events.record(actor, after, after.id, 'council.meeting.closed', changesBetween(before, after, RECORDED));
    return after;
  }

  /**
   * A meeting in one of `allowed`, or CONFLICT saying what it is. `current` travels with the
   * refusal when it is what the operation answers (the meeting, for operations that answer one).
   */
  assertStatus(meeting: Meeting, allowed: readonly MeetingStatus[], refusal: Parameters<typeof meetingMessage>[0], current?: object): void {
    if (allowed.includes(meeting.status)) return;
    throw DomainError.conflict(meetingMessage(refusal, { title: meeting.title, status: meetingStatusWords(meeting.status) }), { status: meeting.status }, current);
  }

  /** The change at the version the caller saw; what calendars show bumps the calendar's sequence. */
  private change(before: Meeting, expectedVersion: number, changes: Partial<Meeting>): Promise<Meeting> {
    const sequence = differs(before, { ...before, ...changes }, ON_CALENDARS) ? { calendarSequence: before.calendarSequence + 1 } : {};
    return versionedUpdate(this.txHost.tx, Meeting, { id: before.id, expectedVersion, changes: { ...changes, ...sequence }, noun: councilMessage('noun.meeting') });
  }

  private async instantsOf(clock: WallClock): Promise<{ startsAt: Date; endsAt: Date }> {
    const instants = await this.time.instantsOf(clock);
    if (instants.endsAt <= instants.startsAt) throw DomainError.badInput('endTime', meetingMessage('endsBeforeStart', { startTime: clock.startTime, endTime: clock.endTime }));
    return instants;
  }

  private async assertChair(partnershipId: string, userId: string): Promise<void> {
    const grant = await this.access.grantOf(userId, partnershipId);
    if (!grant || !CHAIRS.has(grant.role)) throw DomainError.badInput('chairId', meetingMessage('chairRole'));
  }
}

function differs<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): boolean {
  return Object.keys(changesBetween(before, after, fields)).length > 0;
}
