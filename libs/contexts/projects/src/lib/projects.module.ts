import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GminasModule } from '@wspolnie/gminas';
import { IdentityModule } from '@wspolnie/identity';
import { NotificationsModule } from '@wspolnie/notifications';
import { PartnershipsModule } from '@wspolnie/partnerships';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { BudgetService } from './budget/budget.service';
import { CostShareApprovals } from './budget/cost-share-approvals';
import { StageGates } from './pipeline/stage-gates';
import { ProjectsAccess } from './projects-access';
import { DemoProjectsSeeder } from './demo/demo-projects.seeder';
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
import { Task } from './task/task.entity';
import { ProjectTasksResolver, TaskResolver } from './task/task.resolver';
import { TasksService } from './task/tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Project, ProjectParticipant, ProjectFunding, ProjectIndicator, StageChange, Task, ProjectFollower]), GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, RealtimeModule],
  providers: [
    ProjectsAccess,
    BudgetService,
    CostShareApprovals,
    StageGates,
    FollowersService,
    ProjectNotices,
    ProjectsService,
    TasksService,
    DemoProjectsSeeder,
    ProjectResolver,
    ProjectParticipantResolver,
    ProjectFollowResolver,
    TaskResolver,
    ProjectTasksResolver,
  ],
  exports: [ProjectsService, TasksService, CostShareApprovals, StageGates, DemoProjectsSeeder],
})
export class ProjectsModule {}
