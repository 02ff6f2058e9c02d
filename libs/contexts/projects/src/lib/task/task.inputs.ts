import { Field, ID, InputType } from '@nestjs/graphql';
import { IfPresent, LocalDateScalar, NonBlankText, Text, VersionedInput } from '@wspolnie/platform-graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { TaskPriority, TaskStatus } from './task.entity';

@InputType()
export class CreateTaskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId: string;

  @Field()
  @NonBlankText('title', 200)
  title: string;

  @Field(() => String, { defaultValue: '' })
  @Text('description', 10000)
  description = '';

  @Field(() => TaskStatus, { defaultValue: TaskStatus.TODO })
  @IsEnum(TaskStatus)
  status: TaskStatus = TaskStatus.TODO;

  @Field(() => TaskPriority, { defaultValue: TaskPriority.NORMAL })
  @IsEnum(TaskPriority)
  priority: TaskPriority = TaskPriority.NORMAL;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  dueOn?: string | null;
}

/** Names the task a change is for, at the version the client saw. */
@InputType({ isAbstract: true })
abstract class TaskChange extends VersionedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a task id' })
  id: string;
}

@InputType({ description: 'Fields left out stay as they are; null clears assignee and due date.' })
export class UpdateTaskInput extends TaskChange {
  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('title', 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @Text('description', 10000)
  description?: string;

  @Field(() => TaskPriority, { nullable: true })
  @IfPresent()
  @IsEnum(TaskPriority, { message: 'priority must not be null' })
  priority?: TaskPriority;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  dueOn?: string | null;
}

@InputType({ description: 'Moves a task to a column, right after another task of it (or to the top).' })
export class MoveTaskInput extends TaskChange {
  @Field(() => TaskStatus)
  @IsEnum(TaskStatus)
  status: TaskStatus;

  @Field(() => ID, { nullable: true, description: 'The task to place it after; null puts it at the top of the column.' })
  @IsOptional()
  @IsUUID('all', { message: 'afterTaskId must be a task id' })
  afterTaskId?: string | null;
}
