export { PlansModule } from './lib/plans.module';
export { plansMigrations } from './lib/migrations';
export { Plan } from './lib/plan/plan.entity';
export { PlanKind, PlanStatus } from './lib/plan/plan-status';
export { PlansService } from './lib/plan/plans.service';
export { PlanLifecycleService } from './lib/plan/plan-lifecycle.service';
export { CommentsService } from './lib/comment/comments.service';
export { ThreadsService } from './lib/comment/threads.service';
export { DemoPlansSeeder } from './lib/demo/demo-plans.seeder';
