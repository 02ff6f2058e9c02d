import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import { DomainError, postgresErrorOf } from '@wspolnie/platform-errors';
import { MailOutbox } from '@wspolnie/platform-mail';
import { EventLog } from '@wspolnie/platform-realtime';
import { LessThanOrEqual, Not } from 'typeorm';
import { Activity } from '../activity/activity.entity';
import { advisoryMessage } from '../advisory-messages';
import { seatMail } from './registration-mail';
import { momentText, registrationMessage, statusWords } from './registration-messages';
import { ActivityRegistration, RegistrationStatus } from './registration.entity';

const { PENDING, CONFIRMED, WAITLISTED, CANCELLED } = RegistrationStatus;
export const REGISTRATION_TOPIC = 'registration';

type NewRegistration = Pick<ActivityRegistration, 'activityId' | 'gminaId' | 'userId' | 'name' | 'email' | 'status'> & Partial<Pick<ActivityRegistration, 'tokenHash' | 'tokenExpiresAt' | 'confirmedAt'>>;

/**
 * Who has a seat at an activity. Every path that changes it (registering, confirming,
 * cancelling, reopening with more seats) holds the activity's row first (`lock`), then counts
 * the confirmed registrations, in one transaction: two sign-ups for the last seat take turns,
 * so capacity is never exceeded. A confirmed registration is one of the activity's
 * participants (its gmina's count and a named participant row) for as long as it stands.
 */
@Injectable()
export class RegistrationSeats {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventLog,
    private readonly mail: MailOutbox,
    private readonly gminas: GminasService,
  ) {}

  get registrations() {
    return this.txHost.tx.getRepository(ActivityRegistration);
  }

  /** SELECT … FROM activity WHERE id = $1 FOR UPDATE: held until the transaction ends. */
  lock(activityId: string): Promise<Activity | null> {
    return this.txHost.tx.getRepository(Activity).createQueryBuilder('activity').setLock('pessimistic_write').where({ id: activityId }).getOne();
  }

  /** The activity, held, if it takes registrations now; otherwise the refusal. */
  async lockOpen(activityId: string): Promise<Activity> {
    const activity = await this.lock(activityId);
    // Never opened: the same answer as no such activity (a draft's title is not public).
    if (!activity || (!activity.registrationOpen && !activity.registrationClosesAt)) throw DomainError.notFound(advisoryMessage('noun.activity'), activityId);
    if (!isTakingRegistrations(activity)) throw closedError(activity, 'activityId');
    return activity;
  }

  async confirmedCount(activityId: string): Promise<number> {
    return this.registrations.countBy({ activityId, status: CONFIRMED });
  }

  /** Call with the activity held (see lock). */
  async hasFreeSeat(activity: Activity): Promise<boolean> {
    return activity.capacity === null || (await this.confirmedCount(activity.id)) < activity.capacity;
  }

  fullError(activity: Activity): DomainError {
    return DomainError.conflict(registrationMessage('full', { title: activity.title, capacity: activity.capacity ?? 0 }), { field: 'activityId' });
  }

  /**
   * Refuses a second live registration of one address. A pending one whose link has expired
   * no longer counts (it is cancelled here): a lost e-mail must not lock the address out.
   */
  async assertFirst(activity: Activity, email: string): Promise<void> {
    const live = await this.liveOf(activity, email);
    if (!live) return;
    const message =
      live.status === PENDING && live.tokenExpiresAt
        ? registrationMessage('alreadyPending', { email, title: activity.title, expiresAt: momentText(live.tokenExpiresAt) })
        : registrationMessage('already', { email, title: activity.title, status: statusWords(live.status) });
    throw DomainError.conflict(message, { field: 'email' });
  }

  /** The address's live registration, if any; a pending one whose link has expired is cancelled first. */
  async liveOf(activity: Activity, email: string): Promise<ActivityRegistration | null> {
    const stale = await this.registrations.findBy({ activityId: activity.id, email, status: PENDING, tokenExpiresAt: LessThanOrEqual(new Date()) });
    for (const registration of stale) {
      await this.setStatus(registration, CANCELLED);
      await this.record(activity, registration, 'registration.expired', PENDING, null);
    }
    return this.registrations.findOneBy({ activityId: activity.id, email, status: Not(CANCELLED) });
  }

  /**
   * An activity of an engagement takes registrations for the engagement's gminas only: a
   * registration counts its gmina as served, and support reaches the gminas it was agreed with.
   */
  async assertGminaWelcome(activity: Activity, gminaId: string): Promise<void> {
    if (!activity.engagementId) return;
    const [row] = await this.txHost.tx.query(`SELECT 1 FROM engagement_gmina WHERE engagement_id = $1 AND gmina_id = $2`, [activity.engagementId, gminaId]);
    if (!row) throw DomainError.badInput('gminaTerc', registrationMessage('gminaNotInEngagement'));
  }

  /** The partial unique index activity_registration_once has the last word on "registered twice". */
  async insert(activity: Activity, fields: NewRegistration): Promise<ActivityRegistration> {
    try {
      return await this.registrations.save(this.registrations.create(fields));
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'activity_registration_once') {
        throw DomainError.conflict(registrationMessage('already', { email: fields.email, title: activity.title, status: statusWords(fields.status) }), { field: 'email' });
      }
      throw error;
    }
  }

  /** Moves the registration to `status`; only a pending one keeps its link's token (the table's check says so). */
  async setStatus(registration: ActivityRegistration, status: RegistrationStatus): Promise<void> {
    const now = new Date();
    const changes: Partial<ActivityRegistration> = { status, tokenHash: null, tokenExpiresAt: null };
    if (status === CONFIRMED) changes.confirmedAt = now;
    if (status === CANCELLED) changes.cancelledAt = now;
    await this.registrations.update({ id: registration.id }, changes);
    Object.assign(registration, changes);
  }

  /**
   * A newly confirmed registration joins the participants, and its registrant learns where to
   * come (or the online link). The activity's version moves on: an edit of its counts read
   * before this seat was taken answers CONFLICT instead of overwriting it.
   */
  async seat(activity: Activity, registration: ActivityRegistration, fromWaitingList: boolean): Promise<void> {
    const [gmina] = await this.gminas.findByIds([registration.gminaId]);
    await this.countsChanged(activity.id);
    try {
      await this.txHost.tx.query(
        `INSERT INTO activity_gmina (activity_id, gmina_id, participants) VALUES ($1, $2, 1)
         ON CONFLICT (activity_id, gmina_id) DO UPDATE SET participants = activity_gmina.participants + 1`,
        [activity.id, registration.gminaId],
      );
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'activity_gmina_participants') throw DomainError.conflict(registrationMessage('gminaFull', { gmina: gmina?.name ?? '' }), { field: 'gminaTerc' });
      throw error;
    }
    await this.txHost.tx.query(`INSERT INTO activity_participant (activity_id, gmina_id, name, registration_id) VALUES ($1, $2, $3, $4)`, [
      activity.id,
      registration.gminaId,
      registration.name,
      registration.id,
    ]);
    await this.mail.enqueue(seatMail(registration.email, activity, gmina?.name ?? '', fromWaitingList));
  }

  /** A cancelled seat leaves the participants: one fewer for its gmina (the gmina stays among those served). */
  private async unseat(registration: ActivityRegistration): Promise<void> {
    await this.countsChanged(registration.activityId);
    await this.txHost.tx.query(`DELETE FROM activity_participant WHERE registration_id = $1`, [registration.id]);
    await this.txHost.tx.query(`UPDATE activity_gmina SET participants = GREATEST(participants - 1, 0) WHERE activity_id = $1 AND gmina_id = $2`, [
      registration.activityId,
      registration.gminaId,
    ]);
  }

  private countsChanged(activityId: string) {
    return this.txHost.tx.query(`UPDATE activity SET version = version + 1, updated_at = now() WHERE id = $1`, [activityId]);
  }

  /** Withdraws a registration (the activity held); a freed seat goes to the waiting list. */
  async cancel(activity: Activity, registration: ActivityRegistration, actorId: string): Promise<ActivityRegistration> {
    if (registration.status === CANCELLED) {
      throw DomainError.conflict(registrationMessage('alreadyCancelled', { cancelledAt: momentText(registration.cancelledAt ?? new Date()) }), { field: 'id' });
    }
    const before = registration.status;
    await this.setStatus(registration, CANCELLED);
    if (before === CONFIRMED) await this.unseat(registration);
    await this.record(activity, registration, 'registration.cancelled', before, actorId);
    if (before === CONFIRMED) await this.promoteWaiting(activity, actorId);
    return registration;
  }

  /** Fills free seats from the waiting list, first registered first (the activity held). */
  async promoteWaiting(activity: Activity, actorId: string | null): Promise<void> {
    const free = activity.capacity === null ? undefined : activity.capacity - (await this.confirmedCount(activity.id));
    if (free !== undefined && free <= 0) return;
    const waiting = await this.registrations.find({ where: { activityId: activity.id, status: WAITLISTED }, order: { createdAt: 'ASC', id: 'ASC' }, take: free });
    for (const registration of waiting) {
      await this.setStatus(registration, CONFIRMED);
      await this.seat(activity, registration, true);
      await this.record(activity, registration, 'registration.promoted', WAITLISTED, actorId);
    }
  }

  /**
   * The programme's stream, in the change's transaction, scoped to the activity's team (a team's
   * consultants follow only theirs). Never the person's name or e-mail: programme readers see the stream.
   */
  record(activity: Activity, registration: ActivityRegistration, action: string, before: RegistrationStatus | null, actorId: string | null) {
    return this.events.append(activity.programmeId, {
      topic: REGISTRATION_TOPIC,
      subjectId: registration.id,
      scopeId: activity.teamId,
      action,
      actorId,
      changes: { status: before ? { before, after: registration.status } : { after: registration.status }, gminaId: { after: registration.gminaId } },
    });
  }
}

export function isTakingRegistrations(activity: Activity, now = new Date()): boolean {
  return activity.registrationOpen && activity.registrationClosesAt !== null && activity.registrationClosesAt > now;
}

export function closedError(activity: Activity, field: string): DomainError {
  return DomainError.conflict(registrationMessage('closed', { closesAt: momentText(activity.registrationClosesAt ?? new Date()) }), { field });
}
