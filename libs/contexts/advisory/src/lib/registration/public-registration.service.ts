import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import { SignInLimiter } from '@wspolnie/identity';
import { AppConfig } from '@wspolnie/platform-config';
import { DomainError } from '@wspolnie/platform-errors';
import { MailOutbox } from '@wspolnie/platform-mail';
import { Activity } from '../activity/activity.entity';
import { advisoryMessage } from '../advisory-messages';
import { Programme } from '../programme/programme.entity';
import { alreadyRegisteredMail, confirmationMail } from './registration-mail';
import { registrationMessage } from './registration-messages';
import { closedError, isTakingRegistrations, RegistrationSeats } from './registration-seats';
import { RegistrationStatus } from './registration.entity';
import type { ConfirmRegistrationInput, RegisterPubliclyInput } from './registration.inputs';
import type { PublicRegistrationReceipt, RegistrationOffer } from './registration.types';

const { PENDING, CONFIRMED, WAITLISTED } = RegistrationStatus;
export const LINK_TTL_HOURS = 48;
const INVALID = registrationMessage('invalidToken');

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Registration without an account: anyone may read an open activity's offer and register with
 * a name and an e-mail address; the registration counts once the single-use link e-mailed to
 * that address is opened. The token travels only in the e-mail (its SHA-256 alone is stored),
 * so an answer of the API never lets anyone confirm for an address they cannot read.
 */
@Injectable()
export class PublicRegistrationService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly seats: RegistrationSeats,
    private readonly gminas: GminasService,
    private readonly mail: MailOutbox,
    private readonly config: AppConfig,
    private readonly limiter: SignInLimiter,
  ) {}

  /** Only activities open for registration; any other id gets the answer a nonexistent one gets. */
  async offer(activityId: string): Promise<RegistrationOffer> {
    const activity = await this.txHost.tx.getRepository(Activity).findOneBy({ id: activityId, registrationOpen: true });
    if (!activity?.registrationClosesAt) throw DomainError.notFound(advisoryMessage('noun.activity'), activityId);
    const programme = await this.txHost.tx.getRepository(Programme).findOneByOrFail({ id: activity.programmeId });
    const confirmed = await this.seats.confirmedCount(activity.id);
    return {
      activityId: activity.id,
      title: activity.title,
      kind: activity.kind,
      heldOn: activity.heldOn,
      startsAt: activity.startsAt?.slice(0, 5) ?? null,
      durationMinutes: activity.durationMinutes,
      format: activity.format,
      place: activity.place,
      programmeName: programme.name,
      capacity: activity.capacity,
      seatsLeft: activity.capacity === null ? null : Math.max(activity.capacity - confirmed, 0),
      closesAt: activity.registrationClosesAt,
      isOpen: isTakingRegistrations(activity),
    };
  }

  /**
   * A pending registration and the e-mail with its link, in one transaction. Refused like a
   * signed-in one when closed or full without the waiting list, so the e-mail's owner is not sent
   * a link that cannot work; an address already registered is answered as a new one, and its
   * owner gets an e-mail saying so (the form must not tell anyone who has registered).
   */
  @Transactional()
  async register(input: RegisterPubliclyInput, address: string): Promise<PublicRegistrationReceipt> {
    const email = input.email.trim().toLowerCase();
    // Counted outside the transaction, so a refused registration counts too: nobody makes the API mail addresses at will.
    await this.limiter.publicMail(email, address);
    const [gmina] = await this.gminas.requireByTercs([input.gminaTerc], () => 'gminaTerc');
    const activity = await this.seats.lockOpen(input.activityId);
    await this.seats.assertGminaWelcome(activity, gmina.id);
    const live = await this.seats.liveOf(activity, email);
    if (live) {
      // Told to the address, not to whoever typed it in: the same answer as a new registration.
      await this.mail.enqueue(alreadyRegisteredMail(email, activity, live.status === PENDING));
      return { email, status: PENDING };
    }
    if (!input.joinWaitingList && !(await this.seats.hasFreeSeat(activity))) throw this.seats.fullError(activity);
    const token = randomBytes(32).toString('base64url');
    // lockOpen has made sure registrationClosesAt is set and in the future.
    const expiresAt = new Date(Math.min(Date.now() + LINK_TTL_HOURS * 3_600_000, (activity.registrationClosesAt as Date).getTime()));
    const registration = await this.seats.insert(activity, {
      activityId: activity.id,
      gminaId: gmina.id,
      userId: null,
      name: input.name.trim(),
      email,
      status: PENDING,
      tokenHash: hashOf(token),
      tokenExpiresAt: expiresAt,
    });
    await this.seats.record(activity, registration, 'registration.requested', null, null);
    await this.mail.enqueue(confirmationMail(email, activity, gmina.name, `${this.config.auth.publicUrl}/rejestracja/potwierdz#token=${token}`, expiresAt));
    return { email, status: PENDING };
  }

  /**
   * Opens the e-mailed link: a seat if one is free, otherwise the waiting list (whatever was
   * asked when registering: the seats may have gone while the e-mail was unread, and a place in
   * the queue is worth more than a refusal). Unknown, used and expired links get one answer,
   * so a guess learns nothing.
   */
  @Transactional()
  async confirm(input: ConfirmRegistrationInput): Promise<PublicRegistrationReceipt> {
    const tokenHash = hashOf(input.token);
    const found = await this.seats.registrations.findOneBy({ tokenHash });
    if (!found) throw DomainError.badInput('token', INVALID);
    const activity = await this.seats.lock(found.activityId);
    // Read again under the activity's lock: of two openings of one link, the second finds it used.
    const registration = await this.seats.registrations.findOneBy({ id: found.id, tokenHash });
    if (!activity || registration?.status !== PENDING || !registration.tokenExpiresAt || registration.tokenExpiresAt <= new Date()) {
      throw DomainError.badInput('token', INVALID);
    }
    // Links expire by the deadline; this is registration closed early by the organisers.
    if (!isTakingRegistrations(activity)) throw closedError(activity, 'token');
    const status = (await this.seats.hasFreeSeat(activity)) ? CONFIRMED : WAITLISTED;
    await this.seats.setStatus(registration, status);
    if (status === CONFIRMED) await this.seats.seat(activity, registration, false);
    await this.seats.record(activity, registration, status === CONFIRMED ? 'registration.confirmed' : 'registration.waitlisted', PENDING, null);
    return { email: registration.email, status };
  }
}
