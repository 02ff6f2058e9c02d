import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailDelivery } from './mail-delivery';
import { MailMessage } from './mail-message.entity';
import { MailOutbox } from './mail-outbox';

/** The mail outbox (written in the business transaction) and its delivery over SMTP. */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  providers: [MailOutbox, MailDelivery],
  exports: [MailOutbox, MailDelivery],
})
export class MailModule {}
