import { Injectable } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsLoader, CurrentActor, UserAccount } from '@wspolnie/identity';
import { type Actor, Can, type RequestContext } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import { projectsMessage } from '../projects-messages';
import { ArchiveInput, archiveChanges, setArchived } from './archiving';
import { Project } from './project.entity';
import { ProjectsService } from './projects.service';

/**
 * Archiving instead of deleting a project: it leaves the pipeline (and its tasks the boards)
 * but keeps its history; its tasks keep their own archived_at, so restoring the project brings
 * back exactly the tasks that were live.
 */
@Injectable()
export class ProjectArchive {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly projects: ProjectsService,
    private readonly events: EventLog,
  ) {}

  @Transactional()
  async set(actor: Actor | undefined, input: ArchiveInput, archive: boolean): Promise<Project> {
    const before = await this.projects.get(input.id);
    const after = await setArchived(this.txHost.tx, Project, {
      before,
      expectedVersion: input.expectedVersion,
      archive,
      actorId: actor?.userId ?? null,
      noun: projectsMessage('noun.project'),
      already: (project) => projectsMessage(archive ? 'project.alreadyArchived' : 'project.notArchived', { title: project.title }),
    });
    await this.events.append(after.partnershipId, {
      topic: 'project',
      subjectId: after.id,
      scopeId: after.id,
      action: archive ? 'project.archived' : 'project.restored',
      actorId: actor?.userId,
      changes: archiveChanges(before, after),
    });
    return after;
  }
}

@Resolver(() => Project)
export class ProjectArchiveResolver {
  constructor(
    private readonly archive: ProjectArchive,
    private readonly people: AccountsLoader,
  ) {}

  @Can('project.archive', { project: 'input.id' })
  @Mutation(() => Project, {
    description:
      'Archives a project: it leaves the pipeline and its tasks the boards, until restored; nothing is deleted. Coordinators, and officials of the lead gmina. A stale expectedVersion, or one already archived, answers CONFLICT.',
  })
  archiveProject(@Args('input') input: ArchiveInput, @CurrentActor() actor: Actor) {
    return this.archive.set(actor, input, true);
  }

  @Can('project.archive', { project: 'input.id' })
  @Mutation(() => Project, { description: 'Brings an archived project back to the pipeline, with the tasks that were not archived themselves.' })
  restoreProject(@Args('input') input: ArchiveInput, @CurrentActor() actor: Actor) {
    return this.archive.set(actor, input, false);
  }

  @ResolveField(() => UserAccount, { nullable: true, description: 'Who archived it (while archived).' })
  archivedBy(@Parent() project: Project, @Context() context: RequestContext) {
    return this.people.load(context, project.archivedById);
  }
}
