import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@wspolnie/identity';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { Inbox } from './inbox';
import { Notification } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { NotificationsService } from './notifications.service';

/** Every person's inbox: other contexts deliver into it (Inbox), people read and follow their own. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification]), IdentityModule, RealtimeModule],
  providers: [Inbox, NotificationsService, NotificationResolver],
  exports: [Inbox],
})
export class NotificationsModule {}
