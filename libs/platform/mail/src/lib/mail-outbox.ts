import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { MailMessage } from './mail-message.entity';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  /** Plain text; links on lines of their own, so every mail program makes them clickable. */
  readonly text: string;
}

/**
 * Queues mail in the caller's transaction: an invitation and its e-mail are committed
 * together or not at all, and a rolled-back change sends nothing.
 */
@Injectable()
export class MailOutbox {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async enqueue(mail: OutgoingMail): Promise<void> {
    await this.txHost.tx.getRepository(MailMessage).insert({ recipient: mail.to, subject: mail.subject, body: mail.text });
  }

  /** The newest messages first, for the operator's `outbox` command. */
  recent(limit: number, recipient?: string): Promise<MailMessage[]> {
    return this.txHost.tx.getRepository(MailMessage).find({
      where: recipient ? { recipient: recipient.trim().toLowerCase() } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
