export { ProjectsModule } from './lib/projects.module';
export { Project } from './lib/project/project.entity';
export { ProjectsService } from './lib/project/projects.service';
export { ProjectStage, STAGE_TRANSITIONS } from './lib/pipeline/project-stage';
export { projectsMigrations } from './lib/migrations';
export { Task, TaskStatus, TaskPriority } from './lib/task/task.entity';
export { TasksService } from './lib/task/tasks.service';
export { DemoProjectsSeeder } from './lib/demo/demo-projects.seeder';
