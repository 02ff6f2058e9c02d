import { Field, InputType } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { IfPresent, LocalDateScalar, NonBlankText, Text, UuidScalar, VersionedInput, withMessage } from '@wspolnie/platform-graphql';
import { Allow, IsEnum, IsOptional } from 'class-validator';
import { TaskPriority, TaskStatus } from './task.entity';

@InputType()
export class CreateTaskInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
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

  @Field(() => UuidScalar, { nullable: true })
  @IsOptional()
  assigneeId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  dueOn?: string | null;
}

/** Names the task a change is for, at the version the client saw. */
@InputType({ isAbstract: true })
abstract class TaskChange extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
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
  @IsEnum(TaskPriority, withMessage(errorMessage('required', { field: 'priority' })))
  priority?: TaskPriority;

  @Field(() => UuidScalar, { nullable: true })
  @IsOptional()
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

  @Field(() => UuidScalar, { nullable: true, description: 'The task to place it after; null puts it at the top of the column.' })
  @IsOptional()
  afterTaskId?: string | null;
}
