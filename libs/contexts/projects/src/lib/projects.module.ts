import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GminasModule } from '@wspolnie/gminas';
import { IdentityModule } from '@wspolnie/identity';
import { PartnershipsModule } from '@wspolnie/partnerships';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { BudgetService } from './budget/budget.service';
import { ProjectsAccess } from './projects-access';
import { DemoProjectsSeeder } from './demo/demo-projects.seeder';
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
  imports: [TypeOrmModule.forFeature([Project, ProjectParticipant, ProjectFunding, ProjectIndicator, StageChange, Task]), GminasModule, IdentityModule, PartnershipsModule, RealtimeModule],
  providers: [ProjectsAccess, BudgetService, ProjectsService, TasksService, DemoProjectsSeeder, ProjectResolver, ProjectParticipantResolver, TaskResolver, ProjectTasksResolver],
  exports: [ProjectsService, TasksService, DemoProjectsSeeder],
})
export class ProjectsModule {}
