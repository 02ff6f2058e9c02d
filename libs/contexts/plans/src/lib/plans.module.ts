import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DiscussionModule } from '@wspolnie/discussion';
import { IdentityModule } from '@wspolnie/identity';
import { NotificationsModule } from '@wspolnie/notifications';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { ThreadStep } from './comment/comment-history.entity';
import { CommentRules } from './comment/comment-rules';
import { CommentThread } from './comment/comment-thread.entity';
import { CommentThreadResolver, PlanThreadsResolver } from './comment/comment.resolver';
import { CommentsService } from './comment/comments.service';
import { PlanThreadSubject } from './comment/plan-thread-subject';
import { ThreadsService } from './comment/threads.service';
import { DemoPlansSeeder } from './demo/demo-plans.seeder';
import { PlanChangesResolver } from './plan/plan-changes.resolver';
import { PlanFieldsResolver } from './plan/plan-fields.resolver';
import { PlanLifecycleService } from './plan/plan-lifecycle.service';
import { PlanAuthor, PlanProject } from './plan/plan-links.entity';
import { PlanRound } from './plan/plan-round.entity';
import { Plan } from './plan/plan.entity';
import { PlanResolver } from './plan/plan.resolver';
import { PlansService } from './plan/plans.service';
import { PlansAccess } from './plans-access';
import { CommentsExportController } from './report/comments-export.controller';
import { CommentsExportService } from './report/comments-export.service';
import { ConsultationReportService } from './report/consultation-report.service';
import { ConsultationGminaResolver, ConsultationReportResolver } from './report/report.resolver';
import { PlanRevision } from './revision/plan-revision.entity';
import { PlanSection } from './revision/plan-section.entity';
import { PlanRevisionResolver, PlanRevisionsResolver, PlanSectionResolver } from './revision/revision.resolver';
import { RevisionsService } from './revision/revisions.service';
import { ThreadCarryOver } from './revision/thread-carry-over';

const ENTITIES = [Plan, PlanAuthor, PlanProject, PlanRound, PlanRevision, PlanSection, CommentThread, ThreadStep];

@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES), IdentityModule, NotificationsModule, RealtimeModule, DiscussionModule],
  controllers: [CommentsExportController],
  providers: [
    PlansAccess,
    PlansService,
    PlanLifecycleService,
    RevisionsService,
    ThreadCarryOver,
    CommentRules,
    PlanThreadSubject,
    CommentsService,
    ThreadsService,
    DemoPlansSeeder,
    PlanResolver,
    PlanFieldsResolver,
    PlanChangesResolver,
    PlanRevisionsResolver,
    PlanRevisionResolver,
    PlanSectionResolver,
    CommentThreadResolver,
    PlanThreadsResolver,
    ConsultationReportService,
    CommentsExportService,
    ConsultationReportResolver,
    ConsultationGminaResolver,
  ],
  exports: [PlansService, PlanLifecycleService, CommentsService, ThreadsService, DemoPlansSeeder],
})
export class PlansModule {}
