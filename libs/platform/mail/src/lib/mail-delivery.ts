import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@wspolnie/platform-config';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { MailMessage } from './mail-message.entity';

/** Attempts before a message is given up (about two hours of retries with the backoff below). */
export const MAX_ATTEMPTS = 8;
const POLL_MS = 2_000;
/** A claimed message is not claimed again for this long, so a crashed sender's message is retried. */
const LEASE_SECONDS = 300;
const BATCH = 20;

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min, … at most an hour. */
export const retryDelaySeconds = (attempts: number) => Math.min(3_600, 30 * 2 ** Math.max(0, attempts - 1));

export interface DeliveryRound {
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
}

/**
 * Sends the outbox through SMTP (nodemailer) when SMTP_URL is set; otherwise mail waits in the
 * outbox, where `cli outbox` shows it. Messages are claimed with a lease (FOR UPDATE SKIP
 * LOCKED), so several API processes never send one twice and no transaction stays open while
 * a mail server is slow; a failure is retried with growing delays, then given up and kept.
 */
@Injectable()
export class MailDelivery implements OnApplicationShutdown {
  private readonly logger = new Logger('MailDelivery');
  private transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private round?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  get configured(): boolean {
    return Boolean(this.config.mail.smtpUrl);
  }

  /** Starts sending in the background (the API calls it once it serves requests). */
  start(): void {
    if (!this.configured || this.timer) return;
    this.timer = setInterval(() => {
      this.round ??= this.deliverDue()
        .catch((error: Error) => this.logger.warn(`mail delivery round failed: ${error.message}`))
        .finally(() => (this.round = undefined));
    }, POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.round;
    this.transport?.close();
  }

  /** Sends what is due now; answers what happened. */
  async deliverDue(): Promise<DeliveryRound> {
    this.transport ??= createTransport(this.config.mail.smtpUrl, { from: this.config.mail.from });
    const claimed: MailMessage[] = (
      await this.dataSource.query(
        `UPDATE mail_message SET next_attempt_at = now() + make_interval(secs => $2)
         WHERE id IN (SELECT id FROM mail_message WHERE next_attempt_at <= now()
                      ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, recipient, subject, body, attempts`,
        [BATCH, LEASE_SECONDS],
      )
    )[0];
    let sent = 0;
    let retrying = 0;
    let failed = 0;
    for (const message of claimed) {
      try {
        await this.transport.sendMail({ to: message.recipient, subject: message.subject, text: message.body });
        await this.dataSource.query(`UPDATE mail_message SET sent_at = now(), attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL WHERE id = $1`, [message.id]);
        sent += 1;
      } catch (error) {
        const attempts = message.attempts + 1;
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        const giveUp = attempts >= MAX_ATTEMPTS;
        await this.dataSource.query(
          `UPDATE mail_message SET attempts = $2, last_error = $3,
             failed_at = CASE WHEN $4 THEN now() END, next_attempt_at = CASE WHEN NOT $4 THEN now() + make_interval(secs => $5) END WHERE id = $1`,
          [message.id, attempts, reason, giveUp, retryDelaySeconds(attempts)],
        );
        // The message id, never its recipient or body (which may hold a single-use link).
        this.logger.warn(`mail ${message.id} not sent (attempt ${attempts} of ${MAX_ATTEMPTS}${giveUp ? ', giving up' : ''}): ${reason}`);
        if (giveUp) failed += 1;
        else retrying += 1;
      }
    }
    return { sent, retrying, failed };
  }
}
