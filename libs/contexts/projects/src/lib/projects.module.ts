import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DiscussionModule } from '@wspolnie/discussion';
import { GminasModule } from '@wspolnie/gminas';
import { IdentityModule } from '@wspolnie/identity';
import { NotificationsModule } from '@wspolnie/notifications';
import { PartnershipsModule } from '@wspolnie/partnerships';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { StorageModule } from '@wspolnie/platform-storage';
import { AttachmentAccess } from './attachment/attachment-access';
import { Attachment } from './attachment/attachment.entity';
import { AttachmentResolver, ProjectAttachmentsResolver, TaskAttachmentsResolver } from './attachment/attachment.resolver';
import { AttachmentsController, AttachmentUploads, ProjectAttachmentsController, TaskAttachmentsController } from './attachment/attachments.controller';
import { AttachmentsService } from './attachment/attachments.service';
import { BudgetService } from './budget/budget.service';
import { CostShareApprovals } from './budget/cost-share-approvals';
import { StageGates } from './pipeline/stage-gates';
import { ProjectsAccess } from './projects-access';
import { DemoProjectsSeeder } from './demo/demo-projects.seeder';
import { ProjectCommentsResolver, TaskCommentsResolver } from './discussion/project-comments.resolver';
import { ProjectCommentSubjects } from './discussion/project-comment-subjects';
import { DueReminders } from './due/due-reminders';
import { DueRemindersSchedule } from './due/due-reminders.schedule';
import { FollowersService } from './follow/followers.service';
import { ProjectFollowResolver } from './follow/project-follow.resolver';
import { ProjectFollower } from './follow/project-follower.entity';
import { ProjectNotices } from './follow/project-notices';
import { ProjectFunding } from './budget/project-funding.entity';
import { ProjectParticipant } from './budget/project-participant.entity';
import { StageChange } from './pipeline/stage-change.entity';
import { Project } from './project/project.entity';
import { ProjectIndicator } from './project/project-indicator.entity';
import { ProjectParticipantResolver, ProjectResolver } from './project/project.resolver';
import { ProjectsService } from './project/projects.service';
import { SearchResolver } from './search/search.resolver';
import { SearchService } from './search/search.service';
import { ProjectArchive, ProjectArchiveResolver } from './project/project-archive';
import { TaskArchive, TaskArchiveResolver } from './task/task-archive';
import { MyWorkResolver, TaskProjectResolver } from './my-work/my-work.resolver';
import { MyWorkService } from './my-work/my-work.service';
import { MyWorkClock } from './my-work/week';
import { Task } from './task/task.entity';
import { ProjectTasksResolver, TaskResolver } from './task/task.resolver';
import { TasksService } from './task/tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Project, ProjectParticipant, ProjectFunding, ProjectIndicator, StageChange, Task, ProjectFollower, Attachment]), GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, RealtimeModule, DiscussionModule, ScheduleModule.forRoot(), StorageModule],
  controllers: [ProjectAttachmentsController, TaskAttachmentsController, AttachmentsController],
  providers: [
    ProjectsAccess,
    AttachmentAccess,
    AttachmentsService,
    AttachmentUploads,
    AttachmentResolver,
    ProjectAttachmentsResolver,
    TaskAttachmentsResolver,
    BudgetService,
    CostShareApprovals,
    StageGates,
    FollowersService,
    ProjectNotices,
    ProjectCommentSubjects,
    ProjectsService,
    TasksService,
    ProjectArchive,
    TaskArchive,
    MyWorkService,
    MyWorkClock,
    SearchService,
    SearchResolver,
    DemoProjectsSeeder,
    DueReminders,
    DueRemindersSchedule,
    ProjectResolver,
    ProjectParticipantResolver,
    ProjectFollowResolver,
    TaskResolver,
    ProjectTasksResolver,
    TaskCommentsResolver,
    ProjectCommentsResolver,
    ProjectArchiveResolver,
    TaskArchiveResolver,
    MyWorkResolver,
    TaskProjectResolver,
  ],
  exports: [ProjectsService, TasksService, CostShareApprovals, StageGates, DemoProjectsSeeder, DueRemindersSchedule],
})
export class ProjectsModule {}
