import { Injectable } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsLoader, CurrentActor, UserAccount } from '@wspolnie/identity';
import { type Actor, Can, type RequestContext } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import { ArchiveInput, archiveChanges, setArchived } from '../project/archiving';
import { Task } from './task.entity';
import { taskMessage } from './task-messages';
import { TasksService } from './tasks.service';

/** Archiving instead of deleting a task: it leaves the board and my work, and keeps its history. */
@Injectable()
export class TaskArchive {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly tasks: TasksService,
    private readonly events: EventLog,
  ) {}

  @Transactional()
  async set(actor: Actor | undefined, input: ArchiveInput, archive: boolean): Promise<Task> {
    const before = await this.tasks.get(input.id);
    const after = await setArchived(this.txHost.tx, Task, {
      before,
      expectedVersion: input.expectedVersion,
      archive,
      actorId: actor?.userId ?? null,
      noun: taskMessage('noun.task'),
      already: (task) => taskMessage(archive ? 'alreadyArchived' : 'notArchived', { title: task.title }),
    });
    await this.events.append(after.partnershipId, {
      topic: 'task',
      subjectId: after.id,
      scopeId: after.projectId,
      action: archive ? 'task.archived' : 'task.restored',
      actorId: actor?.userId,
      changes: archiveChanges(before, after),
    });
    return after;
  }
}

@Resolver(() => Task)
export class TaskArchiveResolver {
  constructor(
    private readonly archive: TaskArchive,
    private readonly people: AccountsLoader,
  ) {}

  @Can('task.archive', { task: 'input.id' })
  @Mutation(() => Task, { description: 'Archives a task: it leaves the board and my work until restored; nothing is deleted. A stale expectedVersion, or one already archived, answers CONFLICT.' })
  archiveTask(@Args('input') input: ArchiveInput, @CurrentActor() actor: Actor) {
    return this.archive.set(actor, input, true);
  }

  @Can('task.archive', { task: 'input.id' })
  @Mutation(() => Task, { description: 'Brings an archived task back to its board, at the place it had.' })
  restoreTask(@Args('input') input: ArchiveInput, @CurrentActor() actor: Actor) {
    return this.archive.set(actor, input, false);
  }

  @ResolveField(() => UserAccount, { nullable: true, description: 'Who archived it (while archived).' })
  archivedBy(@Parent() task: Task, @Context() context: RequestContext) {
    return this.people.load(context, task.archivedById);
  }
}
