import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@wspolnie/identity';
import { NotificationsModule } from '@wspolnie/notifications';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { CommentEdit, CommentMention } from './comment-history.entity';
import { CommentSubjects } from './comment-subjects';
import { Comment } from './comment.entity';
import { CommentResolver } from './comment.resolver';
import { DiscussionAccess } from './discussion-access';
import { DiscussionService } from './discussion.service';

/** Comments on plans, tasks and projects: the contexts owning those register them (CommentSubjects) and write through DiscussionService. */
@Module({
  imports: [TypeOrmModule.forFeature([Comment, CommentEdit, CommentMention]), IdentityModule, NotificationsModule, RealtimeModule],
  providers: [CommentSubjects, DiscussionAccess, DiscussionService, CommentResolver],
  exports: [CommentSubjects, DiscussionService],
})
export class DiscussionModule {}
