import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { In } from 'typeorm';
import { MeetingStatus } from '../council-enums';
import { CouncilEvents } from '../council-events';
import { meetingMessage } from './meeting-messages';
import type { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';
import { Minutes, MinutesCorrection } from './minutes.entity';
import type { CorrectMinutesInput, SaveMinutesInput } from './minutes.inputs';

/** The minutes before anything was written: empty, at version 0. */
export function blankMinutes(meeting: Meeting): Minutes {
  return Object.assign(new Minutes(), { id: meeting.id, markdown: '', updatedBy: null, version: 0, updatedAt: meeting.createdAt });
}

/**
 * A meeting's minutes (protokół): edited freely until the meeting is closed, then only by a
 * correction that keeps what they said, what they say now, who changed them and why.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly meetings: MeetingsService,
    private readonly events: CouncilEvents,
  ) {}

  private get minutes() {
    return this.txHost.tx.getRepository(Minutes);
  }

  ofMeetings(meetingIds: readonly string[]): Promise<Minutes[]> {
    return this.minutes.findBy({ id: In([...meetingIds]) });
  }

  correctionsOf(meetingIds: readonly string[]): Promise<MinutesCorrection[]> {
    return this.txHost.tx.getRepository(MinutesCorrection).find({ where: { meetingId: In([...meetingIds]) }, order: { correctedAt: 'ASC', id: 'ASC' } });
  }

  @Transactional()
  async save(actor: Actor, input: SaveMinutesInput): Promise<Minutes> {
    const meeting = await this.meetings.hold(input.meetingId);
    if (meeting.status === MeetingStatus.CLOSED) throw DomainError.conflict(meetingMessage('minutesOfClosed', { title: meeting.title }), { status: meeting.status });
    if (meeting.status === MeetingStatus.CANCELLED) throw DomainError.conflict(meetingMessage('minutesOfCancelled', { title: meeting.title }), { status: meeting.status });
    const after = await this.write(actor, meeting, input);
    await this.events.record(actor, meeting, meeting.id, 'council.minutes.saved', { version: { before: input.expectedVersion, after: after.version } });
    return after;
  }

  @Transactional()
  async correct(actor: Actor, input: CorrectMinutesInput): Promise<Minutes> {
    const meeting = await this.meetings.hold(input.meetingId);
    if (meeting.status !== MeetingStatus.CLOSED) throw DomainError.conflict(meetingMessage('correctClosedOnly', { title: meeting.title }), { status: meeting.status });
    const before = (await this.minutes.findOneBy({ id: meeting.id })) ?? blankMinutes(meeting);
    if (before.markdown === input.markdown) throw DomainError.badInput('markdown', meetingMessage('sameMinutes'));
    const after = await this.write(actor, meeting, input);
    const reason = input.reason.trim();
    await this.txHost.tx.getRepository(MinutesCorrection).insert({ meetingId: meeting.id, markdownBefore: before.markdown, markdownAfter: after.markdown, reason, correctedBy: actor.userId });
    await this.events.record(actor, meeting, meeting.id, 'council.minutes.corrected', { version: { before: before.version, after: after.version }, reason: { after: reason } });
    return after;
  }

  /**
   * The whole text at the version the caller saw. The row is made (at version 0) the first
   * time, so the first write is versioned like every later one: two first writes at once, and
   * one of them is stale.
   */
  private async write(actor: Actor, meeting: Meeting, input: SaveMinutesInput): Promise<Minutes> {
    await this.txHost.tx.query(`INSERT INTO council_minutes (id, version) VALUES ($1, 0) ON CONFLICT (id) DO NOTHING`, [meeting.id]);
    return versionedUpdate(this.txHost.tx, Minutes, {
      id: meeting.id,
      expectedVersion: input.expectedVersion,
      changes: { markdown: input.markdown, updatedBy: actor.userId },
      noun: meetingMessage('noun.minutes'),
      nameOf: () => meeting.title,
    });
  }
}
