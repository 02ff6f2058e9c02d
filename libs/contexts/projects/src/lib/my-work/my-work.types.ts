import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, ConnectionArgs } from '@wspolnie/platform-pagination';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Task } from '../task/task.entity';
import type { WorkWeek } from './week';

export enum MyTaskBucket {
  OPEN = 'OPEN',
  DUE_THIS_WEEK = 'DUE_THIS_WEEK',
  OVERDUE = 'OVERDUE',
}

export enum MyTaskSort {
  DUE_ON = 'DUE_ON',
  PRIORITY = 'PRIORITY',
  UPDATED_AT = 'UPDATED_AT',
  PROJECT = 'PROJECT',
}

export enum MyProjectSort {
  TITLE = 'TITLE',
  UPDATED_AT = 'UPDATED_AT',
  STAGE = 'STAGE',
}

registerEnumType(MyTaskBucket, {
  name: 'MyTaskBucket',
  description: 'Which of your open tasks; days are Warsaw days (Europe/Warsaw), weeks run Monday to Sunday.',
  valuesMap: {
    OPEN: { description: 'Every task assigned to you that is not done.' },
    DUE_THIS_WEEK: { description: 'Due from today to Sunday of this week, both included.' },
    OVERDUE: { description: 'Due before today.' },
  },
});
registerEnumType(MyTaskSort, {
  name: 'MyTaskSort',
  valuesMap: {
    DUE_ON: { description: 'Soonest due first; tasks without a due date last.' },
    PRIORITY: { description: 'Most urgent first, then soonest due.' },
    UPDATED_AT: { description: 'Most recently changed first.' },
    PROJECT: { description: 'By project title (Polish order), then soonest due.' },
  },
});
registerEnumType(MyProjectSort, {
  name: 'MyProjectSort',
  valuesMap: {
    TITLE: { description: 'By title, in Polish order.' },
    UPDATED_AT: { description: 'Most recently changed first.' },
    STAGE: { description: 'By pipeline stage in its order, then title.' },
  },
});

@ObjectType()
export class TaskConnection extends Connection(Task) {}

@ObjectType({ description: 'How many of your open tasks are in each bucket (one task can be in two).' })
export class MyTaskCounts {
  @Field(() => Int)
  open: number;

  @Field(() => Int, { description: 'Due from today to Sunday of this week (Warsaw days).' })
  dueThisWeek: number;

  @Field(() => Int, { description: 'Due before today (Warsaw days).' })
  overdue: number;
}

@ObjectType({
  description:
    'Your work across every partnership where you hold a role now: tasks assigned to you that are not done, and projects a gmina you act for takes part in. Archived tasks and projects, and the tasks of archived projects, are left out.',
})
export class MyWork {
  readonly userId: string;
  readonly week: WorkWeek;
}

@InputType()
export class MyTasksFilter {
  @Field(() => MyTaskBucket, { defaultValue: MyTaskBucket.OPEN })
  @IsEnum(MyTaskBucket)
  bucket: MyTaskBucket = MyTaskBucket.OPEN;
}

@ArgsType()
export class MyTasksArgs extends ConnectionArgs {
  @Field(() => MyTasksFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MyTasksFilter)
  filter?: MyTasksFilter | null;

  @Field(() => MyTaskSort, { defaultValue: MyTaskSort.DUE_ON })
  @IsEnum(MyTaskSort)
  sort: MyTaskSort = MyTaskSort.DUE_ON;
}

@ArgsType()
export class MyProjectsArgs extends ConnectionArgs {
  @Field(() => MyProjectSort, { defaultValue: MyProjectSort.TITLE })
  @IsEnum(MyProjectSort)
  sort: MyProjectSort = MyProjectSort.TITLE;
}
