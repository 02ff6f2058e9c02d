import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import { AccountsService } from '@wspolnie/identity';
import { DomainError, ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import { In, Not } from 'typeorm';
import { REGISTRABLE_KINDS } from '../activity/activity-enums';
import { Activity } from '../activity/activity.entity';
import { advisoryMessage } from '../advisory-messages';
import { kindWords, momentText, registrationMessage } from './registration-messages';
import { REGISTRATION_TOPIC, RegistrationSeats } from './registration-seats';
import { ActivityRegistration, RegistrationStatus } from './registration.entity';
import type { OpenActivityRegistrationInput, RegisterForActivityInput } from './registration.inputs';

const { CONFIRMED, WAITLISTED, CANCELLED } = RegistrationStatus;

/**
 * Registrations as consultants and signed-in people see them: opening and closing an
 * activity's registration, registering as oneself, cancelling, and the lists behind
 * Activity.registrations and seatsTaken. Seats are kept by RegistrationSeats.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly seats: RegistrationSeats,
    private readonly gminas: GminasService,
    private readonly accounts: AccountsService,
    private readonly events: EventLog,
  ) {}

  private get activities() {
    return this.txHost.tx.getRepository(Activity);
  }

  /** Opens registration, or changes its capacity and deadline; a larger capacity seats the waiting list at once. */
  @Transactional()
  async open(actor: Actor, input: OpenActivityRegistrationInput): Promise<Activity> {
    const before = await this.held(input.activityId);
    if (!REGISTRABLE_KINDS.includes(before.kind)) throw DomainError.badInput('activityId', registrationMessage('notRegistrable', { title: before.title, kind: kindWords(before.kind) }));
    if (input.closesAt <= new Date()) throw DomainError.badInput('closesAt', registrationMessage('closesInPast', { closesAt: momentText(input.closesAt) }));
    // Left out keeps the limit, so moving only the deadline does not lift it; null lifts it.
    const capacity = input.capacity === undefined ? before.capacity : input.capacity;
    if (capacity !== null) {
      const confirmed = await this.seats.confirmedCount(before.id);
      if (capacity < confirmed) throw DomainError.badInput('capacity', registrationMessage('capacityBelowConfirmed', { capacity, confirmed }));
    }
    const after = await this.change(before, { registrationOpen: true, capacity, registrationClosesAt: input.closesAt });
    await this.record(actor, before, after, 'registration.opened');
    await this.seats.promoteWaiting(after, actor.userId);
    return after;
  }

  /**
   * Stops taking registrations now (the deadline becomes now, if it was later). Confirmed and
   * waitlisted registrations stand; links not yet opened stop working.
   */
  @Transactional()
  async close(actor: Actor, activityId: string): Promise<Activity> {
    const before = await this.held(activityId);
    if (!before.registrationOpen) throw DomainError.conflict(registrationMessage('notOpen', { title: before.title }), { field: 'activityId' });
    const now = new Date();
    const closesAt = before.registrationClosesAt && before.registrationClosesAt < now ? before.registrationClosesAt : now;
    const after = await this.change(before, { registrationOpen: false, registrationClosesAt: closesAt });
    await this.record(actor, before, after, 'registration.closed');
    return after;
  }

  /** The caller registers themselves (their account's name and e-mail): a seat at once, or the waiting list when asked. */
  @Transactional()
  async register(actor: Actor, input: RegisterForActivityInput): Promise<ActivityRegistration> {
    const [gmina] = await this.gminas.requireByTercs([input.gminaTerc], () => 'gminaTerc');
    const account = await this.accounts.findById(actor.userId);
    if (!account) throw new DomainError(ErrorCode.Unauthenticated, errorMessage('signInFirst'));
    const activity = await this.seats.lockOpen(input.activityId);
    await this.seats.assertGminaWelcome(activity, gmina.id);
    await this.seats.assertFirst(activity, account.email);
    const free = await this.seats.hasFreeSeat(activity);
    if (!free && !input.joinWaitingList) throw this.seats.fullError(activity);
    const registration = await this.seats.insert(activity, {
      activityId: activity.id,
      gminaId: gmina.id,
      userId: account.id,
      name: account.displayName,
      email: account.email,
      status: free ? CONFIRMED : WAITLISTED,
      confirmedAt: free ? new Date() : null,
    });
    if (free) await this.seats.seat(activity, registration, false);
    await this.seats.record(activity, registration, free ? 'registration.confirmed' : 'registration.waitlisted', null, actor.userId);
    return registration;
  }

  /** The caller's own live registration for the activity: made signed in, or by e-mail to their address. */
  @Transactional()
  async cancelMine(actor: Actor, activityId: string): Promise<ActivityRegistration> {
    const account = await this.accounts.findById(actor.userId);
    const activity = await this.seats.lock(activityId);
    if (!activity || (!activity.registrationOpen && !activity.registrationClosesAt)) throw DomainError.notFound(advisoryMessage('noun.activity'), activityId);
    const live = { activityId, status: Not(CANCELLED) };
    const registration = await this.seats.registrations.findOne({
      where: [{ ...live, userId: actor.userId }, ...(account ? [{ ...live, email: account.email }] : [])],
      order: { createdAt: 'ASC' },
    });
    if (!registration) throw new DomainError(ErrorCode.NotFound, registrationMessage('noneOfYours'));
    return this.seats.cancel(activity, registration, actor.userId);
  }

  @Transactional()
  async cancel(actor: Actor, id: string): Promise<ActivityRegistration> {
    const found = await this.seats.registrations.findOneBy({ id });
    if (!found) throw DomainError.notFound(advisoryMessage('noun.registration'), id);
    const activity = await this.held(found.activityId);
    // Read again under the activity's lock: it may have changed while we waited for it.
    return this.seats.cancel(activity, await this.seats.registrations.findOneByOrFail({ id }), actor.userId);
  }

  /** Registrations of these activities, in the order they came. */
  ofActivities(activityIds: readonly string[], status: RegistrationStatus | null): Promise<ActivityRegistration[]> {
    return this.seats.registrations.find({
      where: { activityId: In([...activityIds]), ...(status ? { status } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Confirmed registrations per activity (0 for those without any). */
  async seatsTaken(activityIds: readonly string[]): Promise<number[]> {
    const rows: { activity_id: string; taken: number }[] = await this.txHost.tx.query(
      `SELECT activity_id, count(*)::int AS taken FROM activity_registration WHERE activity_id = ANY($1::uuid[]) AND status = 'CONFIRMED' GROUP BY activity_id`,
      [activityIds],
    );
    const taken = new Map(rows.map((row) => [row.activity_id, row.taken]));
    return activityIds.map((id) => taken.get(id) ?? 0);
  }

  /** The activity, held; the declaration found it, but it may have been deleted since. */
  private async held(activityId: string): Promise<Activity> {
    const activity = await this.seats.lock(activityId);
    if (!activity) throw DomainError.notFound(advisoryMessage('noun.activity'), activityId);
    return activity;
  }

  /** A change of registration settings is a change of the activity: a stale expectedVersion elsewhere answers CONFLICT. */
  private async change(activity: Activity, changes: Pick<Partial<Activity>, 'registrationOpen' | 'capacity' | 'registrationClosesAt'>): Promise<Activity> {
    await this.activities.update({ id: activity.id }, { ...changes, version: () => 'version + 1' });
    return this.activities.findOneByOrFail({ id: activity.id });
  }

  private record(actor: Actor, before: Activity, after: Activity, action: string) {
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const field of ['registrationOpen', 'capacity', 'registrationClosesAt'] as const) {
      const was = before[field] instanceof Date ? before[field].toISOString() : before[field];
      const is = after[field] instanceof Date ? after[field].toISOString() : after[field];
      if (was !== is) changes[field] = { before: was, after: is };
    }
    return this.events.append(after.programmeId, { topic: REGISTRATION_TOPIC, subjectId: after.id, scopeId: after.teamId, action, actorId: actor.userId, changes });
  }
}
