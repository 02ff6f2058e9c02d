import { Args, Context, Field, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsLoader, CurrentActor, UserAccount } from '@wspolnie/identity';
import { AppConfig } from '@wspolnie/platform-config';
import { type Actor, Can, groupByKey, type RequestContext, UuidScalar, VersionedInput } from '@wspolnie/platform-graphql';
import { Allow } from 'class-validator';
import { Project } from '../project/project.entity';
import { Task } from '../task/task.entity';
import { Attachment } from './attachment.entity';
import { downloadPath } from './attachments.controller';
import { ALLOWED_TYPES } from './file-kind';
import { AttachmentsService } from './attachments.service';

@InputType({ description: 'Names an attachment to remove, at the version the client saw.' })
export class ArchiveAttachmentInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;
}

@ObjectType({ description: 'Where and what the caller may upload to a project or task: POST multipart/form-data, one field `file`, with the bearer token.' })
export class AttachmentUpload {
  @Field({ description: 'The URL to POST the file to.' })
  url: string;

  @Field(() => Int, { description: 'The largest file taken, in bytes; a larger one answers 413.' })
  maxBytes: number;

  @Field(() => [String], { description: "The types taken, as found in the bytes (plain text and CSV as well, when valid UTF-8): for a file input's accept." })
  contentTypes: string[];
}

@Resolver(() => Attachment)
export class AttachmentResolver {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly people: AccountsLoader,
    private readonly config: AppConfig,
  ) {}

  @Can('attachment.upload', { projectFiles: 'projectId', taskFiles: 'taskId' })
  @Query(() => AttachmentUpload, { description: 'Whether the caller may attach files to the project (or the task), and how: FORBIDDEN when they may not.' })
  attachmentUpload(
    @Args('projectId', { type: () => UuidScalar, nullable: true }) projectId: string | null,
    @Args('taskId', { type: () => UuidScalar, nullable: true }) taskId: string | null,
  ): AttachmentUpload {
    const path = projectId ? `/projects/${projectId}/attachments` : `/tasks/${taskId}/attachments`;
    return { url: `${this.config.auth.publicUrl}${path}`, maxBytes: this.attachments.maxBytes, contentTypes: [...ALLOWED_TYPES, 'text/plain', 'text/csv'] };
  }

  @Can('attachment.archive', { attachment: 'input.id' })
  @Mutation(() => Attachment, {
    description: 'Removes an attachment from its project or task (it is archived: the row and the file are kept). A stale version answers CONFLICT with the attachment as it is now.',
  })
  archiveAttachment(@Args('input') input: ArchiveAttachmentInput, @CurrentActor() actor: Actor) {
    return this.attachments.archive(actor, input);
  }

  @ResolveField(() => String, { description: 'GET it with the bearer token: the bytes, under the original name and type.' })
  downloadUrl(@Parent() attachment: Attachment): string {
    return `${this.config.auth.publicUrl}${downloadPath(attachment.id)}`;
  }

  @ResolveField(() => UserAccount, { nullable: true })
  uploadedBy(@Parent() attachment: Attachment, @Context() context: RequestContext) {
    return this.people.load(context, attachment.uploadedById);
  }
}

/** Project.attachments and Task.attachments: one query for every project (or task) of a request. */
@Resolver(() => Project)
export class ProjectAttachmentsResolver {
  constructor(private readonly files: AttachmentsService) {}

  @Can('attachment.read', { projectFiles: 'parent.id' })
  @ResolveField(() => [Attachment], { description: "The project's files, its tasks' included, oldest first (removed ones left out)." })
  attachments(@Parent() project: Project, @Context() context: RequestContext) {
    return context.loaders.get<string, Attachment[]>(this, async (ids) => groupByKey(ids, await this.files.ofProjects(ids), (attachment) => attachment.projectId)).load(project.id);
  }
}

@Resolver(() => Task)
export class TaskAttachmentsResolver {
  constructor(private readonly files: AttachmentsService) {}

  @Can('attachment.read', { taskFiles: 'parent.id' })
  @ResolveField(() => [Attachment], { description: "The task's files, oldest first (removed ones left out)." })
  attachments(@Parent() task: Task, @Context() context: RequestContext) {
    return context.loaders.get<string, Attachment[]>(this, async (ids) => groupByKey(ids, await this.files.ofTasks(ids), (attachment) => attachment.taskId ?? '')).load(task.id);
  }
}
