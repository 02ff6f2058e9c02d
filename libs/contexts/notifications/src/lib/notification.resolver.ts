import { Args, ArgsType, Context, Field, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AccountsLoader, CurrentActor, UserAccount } from '@wspolnie/identity';
import { type Actor, Authenticated, type RequestContext, ResumableArgs, UuidScalar } from '@wspolnie/platform-graphql';
import { localeOf, render } from '@wspolnie/platform-i18n';
import { Connection, ConnectionArgs } from '@wspolnie/platform-pagination';
import { IsBoolean, IsOptional } from 'class-validator';
import { NotificationKind } from './notification-kind';
import { Notification } from './notification.entity';
import { notificationsMessage } from './notifications-messages';
import { NotificationsService } from './notifications.service';

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@ArgsType()
export class MyNotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only those not yet marked read.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@ArgsType()
export class NotificationStreamArgs extends ResumableArgs {}

/** The caller's own inbox: every operation here is about the caller themselves. */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly people: AccountsLoader,
  ) {}

  @Authenticated()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first, from partnerships where you hold a role.' })
  myNotifications(@Args() args: MyNotificationsArgs, @CurrentActor() actor: Actor) {
    return this.notifications.list(actor.userId, args, args.unreadOnly ?? false);
  }

  @Authenticated()
  @Query(() => Int, { description: 'How many of your notifications (those myNotifications shows) are unread.' })
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.notifications.unreadCount(actor.userId);
  }

  @Authenticated()
  @Mutation(() => Notification, { description: 'Marks one of your notifications read (one already read keeps its time).' })
  markNotificationRead(@Args('id', { type: () => UuidScalar }) id: string, @CurrentActor() actor: Actor) {
    return this.notifications.markRead(actor.userId, id);
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Marks every notification myNotifications shows you read; answers how many were unread.' })
  markAllNotificationsRead(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor.userId);
  }

  // Not shared between subscribers: each follows their own stream, and `text` is in their language.
  @Authenticated()
  @Subscription(() => Notification, {
    description: 'Your notifications as they arrive. Resume with afterSeq (a notification\'s seq) after a disconnect: nothing is lost or repeated.',
    resolve: (notification: Notification) => notification,
  })
  notificationAdded(@Args() args: NotificationStreamArgs, @CurrentActor() actor: Actor) {
    return this.notifications.follow(actor.userId, args.afterSeq ?? undefined);
  }

  @ResolveField(() => UserAccount, { nullable: true, description: 'Who caused it; null when nobody did, or their account is gone.' })
  actor(@Parent() notification: Notification, @Context() context: RequestContext): Promise<UserAccount | null> | null {
    // People named anywhere in one answer come in one query.
    return this.people.load(context, notification.actorId);
  }

  @ResolveField(() => String, { description: 'What happened, in one sentence in your language (Accept-Language).' })
  async text(@Parent() notification: Notification, @Context() context: RequestContext): Promise<string> {
    const actor = await this.actor(notification, context);
    // A mention or a comment is on a plan, a task or a project: the sentence names which.
    const on = notification.kind === NotificationKind.MENTION && !notification.planId ? (notification.taskId ? '.task' : '.project') : '';
    const message = notificationsMessage(`text.${notification.kind}${on}` as `text.${NotificationKind}`, { actor: actor?.displayName ?? notificationsMessage('someone'), title: notification.subjectTitle });
    // Over the WebSocket, `req` is the request that opened it.
    return render(message, localeOf(context.req?.headers['accept-language']));
  }
}
