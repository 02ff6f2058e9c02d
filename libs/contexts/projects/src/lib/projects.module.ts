import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GminasModule } from '@wspolnie/gminas';
import { IdentityModule } from '@wspolnie/identity';
import { PartnershipsModule } from '@wspolnie/partnerships';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { BudgetService } from './budget/budget.service';
import { ProjectFunding } from './budget/project-funding.entity';
import { ProjectParticipant } from './budget/project-participant.entity';
import { StageChange } from './pipeline/stage-change.entity';
import { Project } from './project/project.entity';
import { ProjectParticipantResolver, ProjectResolver } from './project/project.resolver';
import { ProjectsService } from './project/projects.service';

@Module({
  imports: [TypeOrmModule.forFeature([Project, ProjectParticipant, ProjectFunding, StageChange]), GminasModule, IdentityModule, PartnershipsModule, RealtimeModule],
  providers: [BudgetService, ProjectsService, ProjectResolver, ProjectParticipantResolver],
  exports: [ProjectsService],
})
export class ProjectsModule {}
